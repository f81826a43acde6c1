// End-to-end suite: builds nothing itself (`make e2e` builds the release bundle first); serves
// dist/ on a local port, drives Debian's Chromium, prints "N passed, M failed".
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { serveStatic, launchBrowser, openPage, assertPrivate, assert, run } from './harness.mjs';
import { journeyTests } from './journeys.mjs';
import { stateTests } from './state.mjs';
import { a11yTests } from './a11y.mjs';
import { embedTests } from './embed.mjs';
import { reloadTests } from './reload.mjs';
import { firstLoadFiles } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `trunk build --release` (make e2e does) first');
  process.exit(1);
}

const server = await serveStatic(dist);
const browser = await launchBrowser();
const env = { browser, origin: server.origin, cleanup: [] };

const tests = [
  ['the app renders its first heading with no console error and no stray request', async () => {
    const { context, page, log } = await openPage(browser, server.origin);
    await page.goto(server.origin + '/');
    const heading = page.locator('h1');
    await heading.waitFor({ state: 'visible', timeout: 20000 });
    log.loaded = true;
    assert((await heading.textContent()).includes('clear your California record'), 'heading text');
    await page.waitForTimeout(500);
    assertPrivate(log);
    const kinds = log.requests.map((u) => path.extname(new URL(u).pathname) || '/');
    assert(kinds.includes('.wasm'), `the wasm module was not fetched: ${log.requests.join(', ')}`);
    // The first load is exactly what the size budget counts; the results module follows once the
    // first page has painted (idle time), without waiting for the visitor to start.
    const deferred = new Set(log.deferred);
    const requested = log.requests.filter((u) => !deferred.has(u)).map((u) => new URL(u).pathname.slice(1) || 'index.html').sort();
    assert(JSON.stringify(requested) === JSON.stringify(firstLoadFiles(dist)),
      `first load ${requested.join(', ')} is not the budgeted ${firstLoadFiles(dist).join(', ')}`);
    for (let i = 0; i < 100 && log.deferred.length < 2; i++) await page.waitForTimeout(100);
    assert(log.deferred.length === 2, `on the start page, the results module loads at idle: ${log.deferred.join(', ')}`);
    assertPrivate(log);
    await context.close();
  }],
  ...journeyTests(env),
  ...stateTests(env),
  ...reloadTests(env),
  ...a11yTests(env),
  ...(await embedTests(env)),
];

// `node run.mjs some words` runs only the tests whose names contain those words.
const only = process.argv.slice(2).join(' ').toLowerCase();
const selected = only ? tests.filter(([name]) => name.toLowerCase().includes(only)) : tests;

const started = Date.now();
const ok = await run(selected);
console.log(`run time ${((Date.now() - started) / 1000).toFixed(1)} s`);
await browser.close();
server.stop();
env.cleanup.forEach((stop) => stop());
process.exit(ok ? 0 : 1);

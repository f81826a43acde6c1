// End-to-end suite: builds nothing itself (`make e2e` builds the release bundle first); serves
// dist/ on a local port, drives Debian's Chromium, prints "N passed, M failed".
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { serveStatic, launchBrowser, openPage, assertPrivate, assert, run, appReady } from './harness.mjs';
import { journeyTests } from './journeys.mjs';
import { stateTests } from './state.mjs';
import { a11yTests } from './a11y.mjs';
import { embedTests } from './embed.mjs';
import { reloadTests } from './reload.mjs';
import { kitTests } from './kit.mjs';
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
    await appReady(page);
    const heading = page.locator('.rr h1');
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
  ['the start page is in the HTML before any script runs (English and Spanish); the app takes it over with no blank frame, layout shift, console error or CSP violation', async () => {
    const html = await (await fetch(server.origin + '/')).text();
    assert(/<h1[^>]*>Check if you can clear your California record<\/h1>/.test(html), 'the English heading is in the HTML');
    assert(html.includes('>Averigüe si puede limpiar sus antecedentes penales en California</h1>'), 'the Spanish heading is in the HTML');
    // No script at all: the prerendered page is what shows.
    const off = await browser.newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(server.origin + '/');
    assert((await still.getByRole('heading', { level: 1 }).innerText()) === 'Check if you can clear your California record', 'the heading with JavaScript off');
    await off.close();
    // The app taking over: watched from before any script, every animation frame.
    const { context, page, log } = await openPage(browser, server.origin);
    await context.addInitScript(() => {
      window.__shift = 0; window.__violations = []; window.__blankFrames = 0; window.__frames = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      const frame = () => {
        const host = document.getElementById('record-relief');
        if (host) { window.__frames++; if (!host.querySelector('.rr h1')) window.__blankFrames++; }
        if (window.__frames < 600) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      requestAnimationFrame(() => { window.__firstFrame = performance.now(); });
    });
    await page.goto(server.origin + '/');
    await appReady(page);
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => ({ shift: window.__shift, violations: window.__violations, blank: window.__blankFrames, frames: window.__frames }));
    assert(seen.frames > 0 && seen.blank === 0, `frames without the heading: ${JSON.stringify(seen)}`);
    assert(seen.shift === 0, `layout shift ${seen.shift}`);
    assert(seen.violations.length === 0, `CSP violations: ${seen.violations.join(', ')}`);
    assert(log.consoleErrors.length === 0, `console errors: ${log.consoleErrors.join(' | ')}`);
    // The app is fetched only once the start page's first frame has been rendered (src/embed/pre.js
    // starts it; no <script type=module> or preload in the HTML), so its download and compile do
    // not hold the first paint back; the start script carries the integrity hashes.
    assert(!/<script[^>]*type="?module/.test(html) && !/rel="?(modulepreload|preload)/.test(html), 'no module script or preload in the HTML');
    assert(/<script src="\.\/pre-[0-9a-f]+\.js" integrity="sha384-[^"]+"[^>]*data-rr-boot="\.\/boot-[0-9a-f]+\.js" data-rr-boot-integrity="sha384-[^"]+" data-rr-glue="\.\/record-relief-[0-9a-f]+\.js" data-rr-glue-integrity="sha384-/.test(html), 'pre.js names the app loader and its glue with their integrity hashes');
    const boot = await (await fetch(server.origin + '/' + /data-rr-boot="\.\/(boot-[0-9a-f]+\.js)"/.exec(html)[1])).text();
    assert(/fetch\(new URL\('\.\/record-relief-[0-9a-f]+_bg\.wasm', import\.meta\.url\), \{ integrity: 'sha384-/.test(boot), 'the loader fetches the wasm with its integrity hash');
    const order = await page.evaluate(() => ({
      paint: window.__firstFrame,
      app: performance.getEntriesByType('resource').filter((r) => /\/(boot|record-relief)-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.name)).map((r) => [r.name.split('/').pop(), r.startTime]),
    }));
    assert(order.paint > 0 && order.app.length === 3, `the first frame and the app's three files: ${JSON.stringify(order)}`);
    assert(order.app.every(([, at]) => at >= order.paint), `the app was fetched before the first frame: ${JSON.stringify(order)}`);
    await context.close();
  }],

  ['a changed app file is refused (Subresource Integrity on the glue and the wasm): the start page stays', async () => {
    // Unchanged, the app takes the page over well within the wait below.
    const control = await openPage(browser, server.origin);
    await control.page.goto(server.origin + '/');
    await control.page.waitForTimeout(2500);
    assert(await control.page.locator('.rr-prerender').count() === 0, 'the app took over the unchanged page');
    await control.context.close();
    for (const file of [/record-relief-[0-9a-f]+_bg\.wasm$/, /record-relief-[0-9a-f]+\.js$/]) {
      const { context, page } = await openPage(browser, server.origin);
      await context.route(file, async (route) => {
        const response = await route.fetch();
        const body = Buffer.concat([await response.body(), Buffer.from(file.source.includes('wasm') ? [0] : '\n;')]);
        await route.fulfill({ response, body });
      });
      await page.goto(server.origin + '/');
      await page.waitForTimeout(2500);
      assert(await page.locator('.rr-prerender h1:visible').count() === 1, `the prerendered page stays when ${file} is changed`);
      await context.close();
    }
  }],
  ['before the app arrives: the fragment picks the Spanish start page, a tab coming back to answers shows no start page, and "Start now" is not lost', async () => {
    const { context, page } = await openPage(browser, server.origin);
    // The app's module held back: what shows is the prerendered page and src/embed/pre.js.
    let release;
    const held = new Promise((r) => { release = r; });
    await context.route(/record-relief-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(server.origin + '/#lang=es');
    const visible = page.locator('h1:visible');
    await visible.waitFor();
    assert((await visible.innerText()) === 'Averigüe si puede limpiar sus antecedentes penales en California', `Spanish first: ${await visible.innerText()}`);
    assert(await page.locator('h1:visible').count() === 1, 'one visible heading');
    // "Empezar" before the app is there: the app starts at the first question.
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    release();
    await page.getByRole('heading', { level: 1, name: '¿Tiene un caso penal que no ha terminado?' }).waitFor({ timeout: 20000 });
    // Now a tab coming back (answers in sessionStorage), the module held again: no start page shows.
    let again;
    const heldAgain = new Promise((r) => { again = r; });
    await context.unroute(/record-relief-[0-9a-f]+_bg\.wasm$/);
    await context.route(/record-relief-[0-9a-f]+_bg\.wasm$/, async (route) => { await heldAgain; await route.continue(); });
    await page.reload();
    await page.waitForTimeout(300);
    assert(await page.locator('.rr-prerender h1:visible').count() === 0, 'no start page on a tab coming back to answers');
    again();
    await page.getByRole('heading', { level: 1, name: '¿Tiene un caso penal que no ha terminado?' }).waitFor({ timeout: 20000 });
    await context.close();
  }],
  ...journeyTests(env),
  ...stateTests(env),
  ...reloadTests(env),
  ...kitTests(env),
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

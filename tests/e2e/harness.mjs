// A small test harness for the end-to-end suite: a static server for dist/, Debian's Chromium
// through playwright-core, and the privacy checks every test gets (no request to another origin,
// none after the app has loaded, no console error).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Serves a folder with Python's static server (it sends .wasm as application/wasm). */
export async function serveStatic(dir) {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], {
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(origin + '/');
      if (res.ok) return { origin, stop: () => child.kill() };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`static server for ${dir} did not start`);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * The results module (engine, texts, catalog) is fetched after the first page, on purpose: a
 * plain GET of one of our own hashed files, with no fragment or body and no query but the
 * loader's retry counter (`?attempt=2` after a failed fetch). Any other request after load is a leak.
 */
export function isDeferredModule(req) {
  const url = new URL(req.url());
  return req.method() === 'GET' && !req.postData() && (!url.search || /^\?attempt=\d+$/.test(url.search)) && !url.hash
    && /^\/(?:.*\/)?results-[0-9a-f]{16}(?:_bg\.wasm|\.js)$/.test(url.pathname);
}

/** Records a request: every URL, and, after load, anything but the deferred results module. */
export function recordRequest(log, req) {
  log.requests.push(req.url());
  if (isDeferredModule(req)) log.deferred.push(req.url());
  else if (log.loaded) log.afterLoad.push(req.url());
}

/**
 * Opens a fresh context on `origin`, recording requests and console errors. Requests to any
 * other origin are aborted (a leak fails closed) and reported.
 */
export async function openPage(browser, origin, { viewport } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: viewport || { width: 1280, height: 900 } });
  const log = { requests: [], foreign: [], afterLoad: [], deferred: [], consoleErrors: [], loaded: false };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/') || url === origin) return route.continue();
    log.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => recordRequest(log, req));
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') log.consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => log.consoleErrors.push(String(err)));
  return { context, page, log };
}

/** The checks every journey ends with. */
export function assertPrivate(log) {
  if (log.foreign.length) throw new Error(`requests left the origin: ${log.foreign.join(', ')}`);
  if (log.afterLoad.length) throw new Error(`requests after the app loaded: ${log.afterLoad.join(', ')}`);
  if (log.consoleErrors.length) throw new Error(`console errors: ${log.consoleErrors.join(' | ')}`);
}

/**
 * Waits until the app has taken over the prerendered start page in `scope` (a page, a frame
 * locator, or a locator): the page's heading is there and no `.rr-prerender` is left.
 */
export async function appReady(scope, timeout = 20000) {
  await scope.locator('.rr h1').first().waitFor({ state: 'visible', timeout });
  await scope.locator('.rr-prerender').first().waitFor({ state: 'detached', timeout });
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Runs named async tests in order and prints a closing "N passed, M failed" line. */
export async function run(tests) {
  let passed = 0;
  let failed = 0;
  for (const [name, fn] of tests) {
    const started = Date.now();
    try {
      await fn();
      passed++;
      console.log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      console.log(`FAIL ${name}\n     ${String(err && err.stack || err).split('\n').join('\n     ')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}

// The embedding kit, end to end: the widget served on one origin, a law-firm page on another.
// iframe mode (default), inline mode in a Shadow DOM, hostile configuration, and the
// Content-Security-Policy of the hosted widget enforced as a header.
import http from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { freePort, assert, recordRequest, appReady } from './harness.mjs';
import { root, dist, ownFiles, Session, words } from './lib.mjs';
import { shopliftingJourney } from './journeys.mjs';
import AxeBuilder from '@axe-core/playwright';
import { reloadOnEveryPage } from './reload.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json',
};

/** A tiny static server whose headers each test controls. */
async function serve(handler) {
  const port = await freePort();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    const out = handler(url.pathname);
    if (!out) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'Content-Type': out.type || TYPES[path.extname(url.pathname)] || 'text/html; charset=utf-8', ...(out.headers || {}) });
    res.end(out.body);
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

const widgetCsp = (ancestors) => "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  `connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}`;

/** The widget's dist/, with the headers EMBEDDING.md asks a static host to send. */
function widgetFiles(hostOrigin) {
  return (p) => {
    const file = path.join(dist, p === '/' ? 'index.html' : p.slice(1));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return null;
    return {
      body: readFileSync(file),
      headers: { 'Content-Security-Policy': widgetCsp(hostOrigin), 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache' },
    };
  };
}

const SNIPPET_ATTRS = 'data-firm-name="Ortega &amp; Smith LLP" data-firm-address="1200 Van Ness Ave, Suite 300, Fresno, CA 93721" ' +
  'data-phone="(559) 555-0100 ext 22" data-contact-url="https://ortega-smith.example/book" data-accent="#7a1f1f" ' +
  'data-firm-message="Free 15-minute consultation" data-email="intake@ortega-smith.example"';

function hostPage(widgetOrigin, body, extraCss = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Law firm</title>
<link rel="stylesheet" href="/host.css"><style>${extraCss}</style></head>
<body><h1>Ortega &amp; Smith LLP</h1><p id="host-p">Our practice.</p><button id="host-b" type="button">Call us</button>
${body}<script src="${widgetOrigin}/embed.js" async></script></body></html>`;
}

/** The firm's site; its own CSP allows the widget's origin the way EMBEDDING.md says. */
function hostFiles(widgetOrigin, pages) {
  const csp = `default-src 'self'; script-src 'self' ${widgetOrigin} 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline' ${widgetOrigin}; ` +
    `connect-src ${widgetOrigin}; frame-src ${widgetOrigin}; img-src 'self'`;
  return (p) => {
    if (p === '/host.css') return { body: readFileSync(path.join(root, 'docs', 'demo', 'host.css')) };
    if (p === '/demo.html') {
      const html = readFileSync(path.join(root, 'docs', 'demo', 'host.html'), 'utf8').replace('WIDGET_ORIGIN', widgetOrigin);
      return { body: html, headers: { 'Content-Security-Policy': csp } };
    }
    const page = pages[p];
    return page ? { body: page, headers: { 'Content-Security-Policy': csp } } : null;
  };
}

/** A browser context that records every request and CSP violation, and blocks other origins. */
async function openContext(env, origins, { viewport = { width: 1100, height: 900 } } = {}) {
  const context = await env.browser.newContext({ serviceWorkers: 'block', viewport });
  const log = { requests: [], foreign: [], afterLoad: [], deferred: [], errors: [], warnings: [], loaded: false, messages: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (origins.some((o) => url.startsWith(o + '/'))) return route.continue();
    log.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (r) => recordRequest(log, r));
  // Record CSP violations in every document (host page and frames) and what the host receives.
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  return { context, page, log };
}

/** Every request went to the host page or to the widget's own static files; none after load. */
function assertOnlyOwnFiles(log, hostOrigin, widgetOrigin, hostPaths) {
  assert(log.foreign.length === 0, `requests left both origins: ${log.foreign.join(', ')}`);
  const own = ownFiles();
  for (const u of log.requests) {
    const url = new URL(u);
    const ok = (url.origin === widgetOrigin && own.has(url.pathname)) || (url.origin === hostOrigin && hostPaths.includes(url.pathname));
    assert(ok, `unexpected request ${u}`);
  }
  assert(log.afterLoad.length === 0, `requests after the widget loaded: ${log.afterLoad.join(', ')}`);
}

/** One shoplifting conviction from the start page to the results, inside `scope` (frame or host). */
async function toResults(scope, lang = 'en', { atFirstQuestion } = {}) {
  const s = Session.within(scope, lang);
  await shopliftingJourney(s, { atFirstQuestion });
  return s;
}

/** Polls `read()` until `ok(value)` holds (a message or a resize takes a frame or two); the last value. */
async function settle(page, read, ok) {
  let value = await read();
  for (let i = 0; i < 40 && !ok(value); i++) {
    await page.waitForTimeout(50);
    value = await read();
  }
  return value;
}

async function violations(page) {
  const out = [];
  for (const frame of page.frames()) {
    try { out.push(...(await frame.evaluate(() => window.__violations || []))); } catch { /* navigated away */ }
  }
  return out;
}

export async function embedTests(env) {
  // Two origins: the widget's, and the firm's (ports differ, so origins differ).
  let hostOrigin = null;
  const widget = await serve((p) => widgetFiles(hostOrigin)(p));
  const pages = {};
  const host = await serve((p) => hostFiles(widget.origin, pages)(p));
  hostOrigin = host.origin;
  const origins = [widget.origin, host.origin];
  pages['/iframe.html'] = hostPage(widget.origin, `<div id="rr" data-record-relief ${SNIPPET_ATTRS}></div>`);
  pages['/inline.html'] = hostPage(widget.origin, `<div id="rr" data-record-relief data-mode="inline" ${SNIPPET_ATTRS}></div>`,
    'html { font-size: 62.5% } * { color: red; font-size: 30px }');
  pages['/hostile.html'] = hostPage(widget.origin,
    `<div id="rr" data-record-relief data-firm-name="&lt;img src=x onerror=&quot;parent.__pwned=1&quot;&gt;Evil &amp; Co"
      data-firm-address="${'A'.repeat(500)}" data-phone="call us" data-contact-url="javascript:alert(1)" data-accent="#ffff00"></div>`);
  // A firm's page with a 64 px sticky header, the widget told its height, and more page below.
  const STICKY = 'header.site { position: sticky; top: 0; height: 64px; margin: 0; background: #222; color: #fff; z-index: 100 } .more { height: 3000px }';
  pages['/iframe-sticky.html'] = hostPage(widget.origin,
    `<header class="site">Ortega &amp; Smith</header><div id="rr" data-record-relief data-top-offset="64" ${SNIPPET_ATTRS}></div><div class="more"></div>`, STICKY);
  pages['/inline-sticky.html'] = hostPage(widget.origin,
    `<header class="site">Ortega &amp; Smith</header><div id="rr" data-record-relief data-mode="inline" data-top-offset="64" ${SNIPPET_ATTRS}></div><div class="more">More of the firm's page</div>`, STICKY);
  pages['/iframe-es.html'] = hostPage(widget.origin, `<div id="rr" data-record-relief data-lang="es" ${SNIPPET_ATTRS}></div>`);
  pages['/inline-es.html'] = hostPage(widget.origin, `<div id="rr" data-record-relief data-mode="inline" data-lang="es" ${SNIPPET_ATTRS}></div>`,
    'html { font-size: 62.5% }');
  pages['/inline-en.html'] = hostPage(widget.origin, `<div id="rr" data-record-relief data-mode="inline" ${SNIPPET_ATTRS}></div>`,
    'html { font-size: 62.5% }');
  pages['/empty.html'] = hostPage(widget.origin, `<div id="rr" data-record-relief data-firm-name="   "></div>`);
  env.cleanup.push(() => { widget.stop(); host.stop(); });

  return [
    ['embed (iframe): appears, carries the firm, resizes with content, a journey completes, the host cannot read answers', async () => {
      const { context, page, log } = await openContext(env, origins);
      await page.goto(host.origin + '/iframe.html');
      const iframe = page.locator('#rr iframe');
      await iframe.waitFor();
      const frame = page.frameLocator('#rr iframe');
      await appReady(frame);
      log.loaded = true;
      assert((await iframe.getAttribute('src')).includes('#firm-name='), 'settings travel in the fragment');
      assert(!(await iframe.getAttribute('src')).includes('?'), 'no query string');
      const footer = await frame.locator('.rr-firm').innerText();
      for (const text of ['Ortega & Smith LLP', '1200 Van Ness Ave, Suite 300, Fresno, CA 93721', '(559) 555-0100', 'Contact us']) {
        assert(footer.includes(text), `footer shows ${text}: ${footer}`);
      }
      const accent = await frame.getByRole('button', { name: 'Start now' }).evaluate((b) => getComputedStyle(b).backgroundColor);
      assert(accent === 'rgb(122, 31, 31)', `firm accent on the button: ${accent}`);
      // The frame follows its content: a question page, then the same page with the error summary.
      await frame.getByRole('button', { name: 'Start now' }).click();
      await frame.getByRole('heading', { level: 1, name: 'Do you have a criminal case that is not finished?' }).waitFor();
      await page.waitForTimeout(300);
      const before = (await iframe.boundingBox()).height;
      await frame.getByRole('button', { name: 'Continue' }).click();
      await frame.getByRole('alert').waitFor();
      await page.waitForFunction((h) => document.querySelector('#rr iframe').getBoundingClientRect().height > h + 40, before);
      // A journey inside the frame: no convictions, one arrest never charged.
      const choose = async (heading, option) => {
        await frame.getByRole('heading', { level: 1, name: heading }).waitFor();
        await frame.getByRole('radio', { name: option, exact: true }).check();
        await frame.getByRole('button', { name: 'Continue' }).click();
      };
      await choose('Do you have a criminal case that is not finished?', 'No');
      await choose('Are you on probation, parole or other supervision right now?', 'No');
      await choose('Are you in jail or prison, or serving a sentence, right now?', 'No');
      await choose('Do you have to register as a sex offender (Penal Code 290)?', 'No');
      await choose('Are you a U.S. citizen?', 'Yes');
      await choose('Have you been convicted of a crime in California?', 'No');
      await choose('Were you ever arrested for something that did not lead to a conviction?', 'Yes');
      await frame.getByRole('heading', { level: 1, name: 'What were you arrested for?' }).waitFor();
      await frame.getByLabel('Code section or words').fill('242');
      await frame.getByRole('radio', { name: 'Battery (PC 242)' }).check();
      await frame.getByRole('button', { name: 'Continue' }).click();
      await choose('Was the arrest for a felony or a misdemeanor?', 'Misdemeanor');
      await frame.getByRole('heading', { level: 1, name: 'When were you arrested?' }).waitFor();
      await frame.getByLabel('Year').fill(String(new Date().getFullYear() - 3));
      await frame.getByRole('button', { name: 'Continue' }).click();
      await choose('What happened after the arrest?', 'No charges were filed');
      await choose('Do you have another arrest to add?', 'No');
      await frame.getByRole('button', { name: 'See my results' }).click();
      await frame.locator('.rr-plan-step[data-remedies~="pc_851_91"]').waitFor();
      // The firm, where the decision is: its panel after the plan, with its own line, its phone
      // (the extension after a pause), its booking link, and the summary the visitor may email.
      const talk = frame.getByRole('region', { name: 'Talk to Ortega & Smith LLP about this' });
      await talk.waitFor();
      assert((await talk.innerText()).includes('Free 15-minute consultation'), 'the firm\'s own line');
      assert(await talk.locator('a.rr-talk-call').getAttribute('href') === 'tel:5595550100,22', 'the phone with its extension');
      await talk.getByText('Email this summary to Ortega & Smith LLP').click();
      const preview = await talk.locator('.rr-email-preview').innerText();
      assert(preview.includes('Your plan') && preview.includes('1. Now'), `the email's text is shown first: ${preview}`);
      const mailto = await talk.locator('a.rr-email-open').getAttribute('href');
      assert(mailto.startsWith('mailto:intake@ortega-smith.example?subject=') && decodeURIComponent(mailto).includes(preview.split('\n')[2]), `mailto: ${mailto}`);
      await frame.locator('.rr-card[data-remedy="pc_851_91"][data-outcome="eligible"]').waitFor({ state: 'attached' });
      // The host page tries to read the answers, and cannot.
      const attempts = await page.evaluate(() => {
        const f = document.querySelector('#rr iframe');
        const tryIt = (fn) => { try { const v = fn(); return v === null || v === undefined ? 'null' : 'READ: ' + String(v).slice(0, 80); } catch (e) { return 'blocked: ' + e.name; } };
        return {
          document: tryIt(() => f.contentDocument && f.contentDocument.body.innerText),
          storage: tryIt(() => f.contentWindow.sessionStorage.getItem('record-relief')),
          text: tryIt(() => f.contentWindow.document.body.innerText),
          own: tryIt(() => sessionStorage.getItem('record-relief')),
        };
      });
      for (const [what, result] of Object.entries(attempts)) {
        assert(!result.startsWith('READ'), `the host read the answers through ${what}: ${result}`);
      }
      // The only messages the host page received are the frame's height (never an answer).
      const messages = await page.evaluate(() => window.__messages);
      assert(messages.length > 0, 'the frame reported its height');
      for (const m of messages) {
        const keys = Object.keys(JSON.parse(m)).sort().join(',');
        assert(keys === 'height,type' && m.includes('record-relief:height'), `unexpected message to the host: ${m}`);
      }
      assert((await violations(page)).length === 0, `CSP violations: ${await violations(page)}`);
      assert(log.errors.length === 0, `console errors: ${log.errors.join(' | ')}`);
      assertOnlyOwnFiles(log, host.origin, widget.origin, ['/iframe.html', '/host.css']);
      await context.close();
    }],

    ['embed (inline): renders in a shadow root; host CSS does not reach it and its CSS does not reach the host', async () => {
      const { context, page, log } = await openContext(env, origins);
      await page.goto(host.origin + '/inline.html');
      const heading = page.locator('#rr h1'); // CSS locators pierce open shadow roots
      await appReady(page.locator('#rr'));
      log.loaded = true;
      const inShadow = await page.evaluate(() => {
        const h = document.querySelector('#rr');
        return { shadow: !!h.shadowRoot, mode: h.shadowRoot && h.shadowRoot.mode, inLight: !!h.querySelector('h1'), inside: !!h.shadowRoot.querySelector('h1') };
      });
      assert(inShadow.shadow && inShadow.mode === 'open' && inShadow.inside && !inShadow.inLight, `mounted in a shadow root: ${JSON.stringify(inShadow)}`);
      const style = await heading.evaluate((h) => ({ color: getComputedStyle(h).color, size: getComputedStyle(h).fontSize }));
      assert(style.color !== 'rgb(255, 0, 0)' && style.size !== '30px', `host CSS leaked in: ${JSON.stringify(style)}`);
      // A theme's `html { font-size: 62.5% }` does not shrink the widget: its heading stays 2.25 × 16 px.
      assert(style.size === '36px', `the heading follows the host's root font size: ${style.size}`);
      // Tap targets at least 44 px tall.
      const start = await page.locator('#rr').getByRole('button', { name: 'Start now' }).boundingBox();
      assert(start.height >= 44, `the Start button is ${start.height} px tall`);
      const body = await page.locator('#rr .rr-lead').evaluate((p) => getComputedStyle(p).fontFamily);
      assert(!body.includes('Georgia'), `host font leaked in: ${body}`);
      // The host keeps its own look: its rules still win on its elements, no widget sheet in its document.
      const hostLook = await page.evaluate(() => ({
        p: getComputedStyle(document.querySelector('#host-p')).color,
        size: getComputedStyle(document.querySelector('#host-p')).fontSize,
        button: getComputedStyle(document.querySelector('#host-b')).backgroundColor,
        sheets: [...document.styleSheets].map((s) => s.href || 'inline').filter((h) => h.includes('widget-')),
      }));
      assert(hostLook.p === 'rgb(255, 0, 0)' && hostLook.size === '30px', `host styles changed: ${JSON.stringify(hostLook)}`);
      assert(hostLook.button === 'rgb(255, 105, 180)', `host button changed: ${hostLook.button}`);
      assert(hostLook.sheets.length === 0, `widget stylesheet in the host document: ${hostLook.sheets}`);
      // It works: start the questions.
      await page.getByRole('button', { name: 'Start now' }).click();
      await page.getByRole('heading', { level: 1, name: 'Do you have a criminal case that is not finished?' }).waitFor();
      // The results module loads from the widget's origin, with its integrity hashes, into this page.
      const exports = await page.evaluate(async () => Object.keys(await globalThis.__recordReliefResults()).sort().join(','));
      // Data only: the widget's one Yew app renders every page from what these return.
      assert(exports === 'case_file,declaration,default,initSync,kit,names,read_saved,screen,search', `results module exports: ${exports}`);
      assert(log.deferred.length === 2 && log.deferred.every((u) => u.startsWith(widget.origin + '/')), `results module: ${log.deferred.join(', ')}`);
      assert((await violations(page)).length === 0, `CSP violations: ${await violations(page)}`);
      assert(log.errors.length === 0, `console errors: ${log.errors.join(' | ')}`);
      assertOnlyOwnFiles(log, host.origin, widget.origin, ['/inline.html', '/host.css']);
      await context.close();
    }],

    ...[['iframe', '/iframe.html', (page) => page.frameLocator('#rr iframe')], ['inline', '/inline.html', (page) => page.locator('#rr')]].map(([mode, file, scopeOf]) => [
      `embed (${mode}): a reload of the firm's page on every page type brings the same page back, working`, async () => {
        const { context, page, log } = await openContext(env, origins);
        const scope = scopeOf(page);
        const reload = async () => {
          log.loaded = false;
          await page.reload();
          await appReady(scope);
          await page.waitForLoadState('load');
          log.loaded = true;
        };
        await page.goto(host.origin + file);
        await appReady(scope);
        log.loaded = true;
        await reloadOnEveryPage(scope, reload);
        assert((await violations(page)).length === 0, `CSP violations: ${await violations(page)}`);
        assert(log.errors.length === 0, `console errors: ${log.errors.join(' | ')}`);
        assertOnlyOwnFiles(log, host.origin, widget.origin, [file, '/host.css']);
        await context.close();
      }]),

    ['embed (inline): the prerendered start page shows in the shadow root, styled, before the app arrives; the app takes it over', async () => {
      const { context, page, log } = await openContext(env, origins);
      let release;
      const held = new Promise((r) => { release = r; });
      await context.route(/record-relief-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
      await page.goto(host.origin + '/inline.html');
      const early = page.locator('#rr .rr-prerender h1');
      await early.waitFor({ state: 'visible', timeout: 20000 });
      assert((await early.innerText()) === 'Check if you can clear your California record', 'the prerendered heading');
      const look = await early.evaluate((h) => getComputedStyle(h).color);
      assert(look !== 'rgb(255, 0, 0)', `styled by the widget's sheet, not the host's: ${look}`);
      release();
      await appReady(page.locator('#rr'));
      assert(await page.locator('#rr h1').count() === 1, 'one heading after the takeover');
      log.loaded = true;
      assert((await violations(page)).length === 0, `CSP violations: ${await violations(page)}`);
      assert(log.errors.length === 0, `console errors: ${log.errors.join(' | ')}`);
      await context.close();
    }],

    ['embed: hostile configuration is shown as text, unsafe links and unreadable colours are refused, the owner is told', async () => {
      const { context, page, log } = await openContext(env, origins);
      await page.goto(host.origin + '/hostile.html');
      const frame = page.frameLocator('#rr iframe');
      await appReady(frame);
      const name = await frame.locator('.rr-firm-name').textContent();
      assert(name === '<img src=x onerror="parent.__pwned=1">Evil & Co', `markup shown as text: ${name}`);
      assert(await frame.locator('.rr-firm img').count() === 0, 'no element made from the firm name');
      assert(!(await page.evaluate(() => window.__pwned)), 'no script ran');
      const address = await frame.locator('.rr-firm-address').textContent();
      assert(address.length === 201 && address.endsWith('…'), `over-long address shortened: ${address.length}`);
      assert(await frame.locator('.rr-firm-contact').count() === 0, 'javascript: link refused');
      assert(await frame.locator('.rr-firm-phone').count() === 0, 'a phone that is not a number is left out');
      const accent = await frame.getByRole('button', { name: 'Start now' }).evaluate((b) => getComputedStyle(b).backgroundColor);
      assert(accent === 'rgb(29, 79, 145)', `unreadable accent replaced by the default: ${accent}`);
      const told = log.warnings.filter((w) => w.includes('Record Relief configuration'));
      for (const topic of ['contact-url', 'accent', 'phone', 'firm-address']) {
        assert(told.some((w) => w.includes(topic)), `the site owner is told about ${topic}: ${told.join(' | ')}`);
      }
      await context.close();

      const second = await openContext(env, origins);
      await second.page.goto(host.origin + '/empty.html');
      const f2 = second.page.frameLocator('#rr iframe');
      await appReady(f2);
      assert(await f2.locator('.rr-firm').count() === 0, 'an empty firm name gives a neutral footer');
      assert(await f2.locator('.rr-disclaimer').count() === 1, 'the not-legal-advice notice stays');
      assert(second.log.warnings.some((w) => w.includes('neutral footer')), 'the owner is told the name is missing');
      await second.context.close();
    }],

    ['embed: the hosted widget runs under its strict CSP header with no violation; the demo page shows both modes', async () => {
      const { context, page, log } = await openContext(env, origins);
      await page.goto(widget.origin + '/');
      await appReady(page);
      const csp = (await page.request.get(widget.origin + '/')).headers()['content-security-policy'];
      assert(csp && csp.includes("script-src 'self' 'wasm-unsafe-eval'") && csp.includes('frame-ancestors'), `CSP header: ${csp}`);
      const html = await (await page.request.get(widget.origin + '/')).text();
      assert(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'no inline script in index.html');
      assert(!/\sstyle=/.test(html), 'no inline style attribute in index.html');
      for (const m of html.matchAll(/<(script|link)[^>]*(src|href)="\.\/([^"]+)"[^>]*>/g)) {
        if (m[0].includes('modulepreload') || m[0].includes('stylesheet') || m[1] === 'script' || m[0].includes('preload')) {
          assert(m[0].includes('integrity="sha384-'), `Subresource Integrity on ${m[3]}`);
        }
      }
      assert((await violations(page)).length === 0, `CSP violations: ${await violations(page)}`);
      assert(log.errors.length === 0, `console errors: ${log.errors.join(' | ')}`);
      // The demo law-firm page, with both modes side by side.
      await page.goto(host.origin + '/demo.html');
      await appReady(page.frameLocator('#rr-iframe iframe'));
      await appReady(page.locator('#rr-inline'));
      assert((await violations(page)).length === 0, `CSP violations on the demo page: ${await violations(page)}`);
      assert(log.errors.length === 0, `console errors: ${log.errors.join(' | ')}`);
      await context.close();
    }],

    ...[['iframe', '/iframe-sticky.html', (page) => page.frameLocator('#rr iframe'), '#rr iframe', { width: 390, height: 844 }],
      ['inline', '/inline-sticky.html', (page) => page.locator('#rr'), '#rr', { width: 1100, height: 900 }]].map(([mode, file, scopeOf, box, viewport]) => [
      `embed (${mode}, ${viewport.width} px): Quick exit stays in view below the firm's sticky header as its page scrolls, and never leaves the widget`, async () => {
        const { context, page, log } = await openContext(env, origins, { viewport });
        await page.goto(host.origin + file);
        const scope = scopeOf(page);
        await appReady(scope);
        log.loaded = true;
        await toResults(scope);
        const bar = scope.locator('.rr-topbar').first();
        const widget = page.locator(box);
        // The firm's page scrolls until the widget's top is far above the window.
        const start = await widget.boundingBox();
        await page.evaluate((y) => window.scrollBy(0, y), start.y + 900);
        const pinned = await settle(page, () => bar.boundingBox(), (b) => Math.abs(b.y - 64) <= 2);
        assert(Math.abs(pinned.y - 64) <= 2, `the top bar sits just below the 64 px header: ${JSON.stringify(pinned)}`);
        // Nothing of the firm's page covers it: a tap on Quick exit reaches the widget.
        const exit = await scope.locator('.rr-exit').boundingBox();
        const reaches = await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('#rr'), [exit.x + exit.width / 2, exit.y + exit.height / 2]);
        assert(reaches, 'Quick exit is not under the header');
        // Past the widget's end, the bar stays inside the widget.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const inside = async () => {
          const [b, w] = [await bar.boundingBox(), await widget.boundingBox()];
          return b.y + b.height <= w.y + w.height + 1;
        };
        assert(await settle(page, inside, (ok) => ok), 'the top bar stays within the widget');
        // Back at the top, the bar is back in its place.
        await page.evaluate(() => window.scrollTo(0, 0));
        const home = await settle(page, async () => [await bar.boundingBox(), await widget.boundingBox()], ([b, w]) => b.y - w.y < 40);
        assert(home[0].y - home[1].y < 40, `the top bar back at the widget's top: ${JSON.stringify(home)}`);
        assert((await violations(page)).length === 0, `CSP violations: ${await violations(page)}`);
        assert(log.errors.length === 0, `console errors: ${log.errors.join(' | ')}`);
        await context.close();
      }]),

    ['embed (inline): "Print" prints only the widget, not the firm\'s page; the browser\'s own Print still prints the page', async () => {
      const { context, page, log } = await openContext(env, origins);
      await page.goto(host.origin + '/inline-sticky.html');
      const scope = page.locator('#rr');
      await appReady(scope);
      log.loaded = true;
      await toResults(scope);
      // The browser's print dialog cannot open here: print() fires "beforeprint", as a browser does.
      await page.evaluate(() => { window.print = () => { window.dispatchEvent(new Event('beforeprint')); }; });
      const shown = () => page.evaluate(() => Object.fromEntries(['h1', '#host-p', 'header.site', '.more', '#rr']
        .map((sel) => [sel, getComputedStyle(document.querySelector(sel)).display])));
      await scope.getByRole('button', { name: 'Print or save as PDF' }).click();
      await page.emulateMedia({ media: 'print' });
      let display = await shown();
      assert(['h1', '#host-p', 'header.site', '.more'].every((sel) => display[sel] === 'none') && display['#rr'] !== 'none',
        `printing from the widget hides the firm's page: ${JSON.stringify(display)}`);
      assert(await scope.locator('.rr-plan').isVisible(), 'the plan is printed');
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      display = await shown();
      assert(display.h1 === 'block' && display['.more'] === 'block', `after printing, the page is whole again: ${JSON.stringify(display)}`);
      assert(await page.locator('[data-rr-print-path]').count() === 0, 'no marks left on the firm\'s page');
      // The browser's own Print (not the widget's button) prints the firm's page as it is.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      assert((await shown()).h1 === 'block', 'the browser\'s Print menu prints the whole page');
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      assert((await violations(page)).length === 0, `CSP violations: ${await violations(page)}`);
      assert(log.errors.length === 0, `console errors: ${log.errors.join(' | ')}`);
      await context.close();
    }],

    // Every mode with every language and every width, in pairs (each pair of the three appears).
    ...[['iframe', 'en', { width: 390, height: 844 }], ['iframe', 'es', { width: 1100, height: 900 }],
      ['inline', 'en', { width: 1100, height: 900 }], ['inline', 'es', { width: 390, height: 844 }]].map(([mode, lang, viewport]) => [
      `axe: embedded ${mode}, ${lang === 'es' ? 'Spanish' : 'English'}, ${viewport.width} px — the start page, a question and the results (every detail open) have no WCAG 2.1 A/AA violation`, async () => {
        const { context, page, log } = await openContext(env, origins, { viewport });
        const file = mode === 'iframe' ? (lang === 'es' ? '/iframe-es.html' : '/iframe.html') : `/inline-${lang}.html`;
        await page.goto(host.origin + file);
        const scope = mode === 'iframe' ? page.frameLocator('#rr iframe') : page.locator('#rr');
        await appReady(scope);
        log.loaded = true;
        const problems = [];
        const audit = async (where) => {
          const result = await new AxeBuilder({ page }).include('#rr').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          // axe really looked inside the widget (the frame's document or the shadow root).
          assert(result.passes.length >= 10 && result.passes.some((r) => r.nodes.some((n) => JSON.stringify(n.target).includes('.rr'))),
            `${where}: axe checked almost nothing (${result.passes.length} rules passed)`);
          problems.push(...result.violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`));
        };
        const w = words(lang);
        await scope.getByRole('heading', { level: 1, name: w.AppTitle, exact: true }).waitFor();
        await audit('start');
        await toResults(scope, lang, { atFirstQuestion: () => audit('a question') });
        for (const summary of await scope.locator('.rr details > summary').all()) await summary.click();
        await audit('results (every detail open)');
        assert(problems.length === 0, `accessibility problems:\n  ${problems.join('\n  ')}`);
        assert(log.errors.length === 0, `console errors: ${log.errors.join(' | ')}`);
        await context.close();
      }]),
  ];
}

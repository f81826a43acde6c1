// `make bench`: one table comparing Record Relief with a minimal Yew app (the framework's floor),
// built with the same toolchain in the same run: the first screen (what a first visit downloads),
// the whole journey (everything a visitor's flow can fetch: the first screen and the results
// module) and the first contentful paint in headless Chromium (median of 21 alternating loads);
// then what each part of each wasm module costs (by the names in its name section), and the
// engine's criterion figures. Timings are measured here and printed, never asserted in a test.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveStatic, launchBrowser } from './harness.mjs';
import { root, dist, firstLoadFiles } from './lib.mjs';
import { breakdown, withNames } from './wasm-sizes.mjs';

const floorDir = path.join(root, 'tests', 'fixtures', 'hello');
const floorDist = path.join(floorDir, 'dist');
// 21 (or BENCH_LOADS): the medians of 9 moved by 10–20 ms from run to run on this 2-core machine.
const LOADS = Number(process.env.BENCH_LOADS) || 21;

function build() {
  const env = { ...process.env, TRUNK_OFFLINE: 'true' };
  // The floor has its own lockfile: fetch its crates (crates.io) before the offline build.
  execFileSync('cargo', ['fetch', '--locked', '--quiet'], { cwd: floorDir, env, stdio: 'ignore' });
  execFileSync('trunk', ['build', '--release', '--offline'], { cwd: root, env, stdio: 'ignore' });
  execFileSync('trunk', ['build', '--release', '--offline'], { cwd: floorDir, env, stdio: 'ignore' });
  // Record Relief's build minifies its wasm-bindgen glue with terser (tests/tools/post_build.py);
  // the floor's gets the same, so the two compare like for like.
  // Its integrity hash in index.html follows, as in our hook.
  const sri = (file) => 'sha384-' + createHash('sha384').update(readFileSync(file)).digest('base64');
  const index = path.join(floorDist, 'index.html');
  let html = readFileSync(index, 'utf8');
  for (const f of readdirSync(floorDist).filter((n) => n.endsWith('.js'))) {
    const file = path.join(floorDist, f);
    const before = sri(file);
    execFileSync('terser', [file, '--module', '--compress', '--mangle', '--output', file], { env });
    html = html.replaceAll(before, sri(file));
  }
  writeFileSync(index, html);
}

/** Sizes of the files a first visit downloads (see `firstLoadFiles`), or of `files`. */
function sizes(dir, files = firstLoadFiles(dir)) {
  return files
    .map((f) => {
      const data = readFileSync(path.join(dir, f));
      return {
        file: f,
        raw: data.length,
        gzip: zlib.gzipSync(data, { level: 9 }).length,
        brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    })
    .sort((a, b) => b.raw - a.raw);
}

const total = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/**
 * Three timings per load, in milliseconds from navigation start, as the page itself records them
 * (so the test driver's round trips do not count): `heading`, when the first page's <h1> is in
 * the document (a MutationObserver installed before any script runs; its callback comes after
 * the task that rendered it, layout included); `paint`, the browser's first contentful paint
 * (the Paint Timing API), which includes style, layout and paint for both apps alike; and
 * `ready`, when the app's own page is in place (ours: the prerendered markup taken over by the
 * app, which starts after the first paint; the floor: its heading). The apps
 * load alternately, LOADS times each, so a busy machine slows both alike.
 */
async function loadTimes(browser, dirs) {
  const servers = await Promise.all(dirs.map((d) => serveStatic(d)));
  const times = dirs.map(() => ({ heading: [], paint: [], ready: [] }));
  for (let i = 0; i < LOADS; i++) {
    for (const [k, server] of servers.entries()) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.addInitScript(() => {
        const seen = () => {
          if (!window.__firstHeading && document.querySelector('h1')) window.__firstHeading = performance.now();
          // The app's own page in place: the prerendered markup (.rr-prerender) has given way.
          if (!window.__ready && document.querySelector('h1') && !document.querySelector('.rr-prerender')) window.__ready = performance.now();
        };
        new MutationObserver(seen).observe(document, { subtree: true, childList: true });
      });
      const page = await context.newPage();
      await page.goto(server.origin + '/', { waitUntil: 'commit' });
      await page.locator('h1').first().waitFor({ state: 'visible', timeout: 30000 });
      await page.waitForFunction(() => window.__firstHeading > 0 && window.__ready > 0, null, { timeout: 30000 });
      times[k].heading.push(await page.evaluate(() => window.__firstHeading));
      times[k].ready.push(await page.evaluate(() => window.__ready));
      times[k].paint.push(await page.evaluate(() => new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (fcp) resolve(fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
      })));
      await context.close();
    }
  }
  servers.forEach((s) => s.stop());
  return times;
}

function criterion() {
  const out = execFileSync('cargo', ['bench', '--bench', 'screening', '--', '--warm-up-time', '1', '--measurement-time', '3'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return out.split('\n').filter((l) => l.includes('time:')).map((l) => l.replace(/\s+/g, ' ').trim());
}

/** The engine inside headless Chromium (wasm, release profile), as the widget runs it. */
function wasmEngine() {
  const env = { ...process.env, CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER: 'wasm-bindgen-test-runner' };
  const out = execFileSync('cargo', ['test', '--release', '--target', 'wasm32-unknown-unknown', '--test', 'wasm_bench', '--', '--nocapture'],
    { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return out.split('\n').filter((l) => l.includes('wasm screening:')).map((l) => l.trim());
}

build();
const app = sizes(dist);
const later = sizes(dist, readdirSync(dist).filter((f) => f.startsWith('results-')));
const floor = sizes(floorDist);
// BENCH_COMPARE=<another build's dist/> adds a row for it, measured in the same run (before/after).
const compare = process.env.BENCH_COMPARE;
const browser = await launchBrowser();
const [appTimes, floorTimes, compareTimes] = await loadTimes(browser, compare ? [dist, floorDist, compare] : [dist, floorDist]);
await browser.close();
const engine = criterion();
const wasm = wasmEngine();

const at = total(app);
const jt = total([...app, ...later]);
const ft = total(floor);
const fcp = (t) => `${median(t.paint).toFixed(0)} ms`;
console.log(`\nRecord Relief against the Yew hello-world floor, same toolchain, same run (KB = 1024 bytes, gzip -9; FCP: median of ${LOADS} alternating loads, headless Chromium, local server)\n`);
console.log('| app | first screen | whole journey | first contentful paint |');
console.log('|---|---|---|---|');
console.log(`| Record Relief | ${kb(at.gzip).trim()} KB | ${kb(jt.gzip).trim()} KB | ${fcp(appTimes)} |`);
console.log(`| Yew hello-world floor | ${kb(ft.gzip).trim()} KB | ${kb(ft.gzip).trim()} KB | ${fcp(floorTimes)} |`);
if (compare) {
  const ct = total(sizes(compare));
  const cj = total(sizes(compare, readdirSync(compare).filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'embed.js')));
  console.log(`| compared build (${compare}) | ${kb(ct.gzip).trim()} KB | ${kb(cj.gzip).trim()} KB | ${fcp(compareTimes)} |`);
}

const line = (name, r) => console.log(`${name.padEnd(44)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
console.log(`\n${'asset (KB)'.padEnd(44)} ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
console.log('Record Relief, first screen');
app.forEach((r) => line('  ' + r.file, r));
line('  total', at);
console.log('Record Relief, the results module (fetched once the first page has painted)');
later.forEach((r) => line('  ' + r.file, r));
line('  whole journey', jt);
console.log('Yew hello world (floor, JS glue minified the same way)');
floor.forEach((r) => line('  ' + r.file, r));
line('  total', ft);
console.log(`ratio (first screen / floor)                 ${(at.raw / ft.raw).toFixed(2).padStart(7)} ${(at.gzip / ft.gzip).toFixed(2).padStart(7)} ${(at.brotli / ft.brotli).toFixed(2).padStart(7)}`);

console.log(`\nload, ms from navigation, median of ${LOADS} alternating loads`);
for (const [what, key] of [['first heading in the document', 'heading'], ['first contentful paint', 'paint'], ['the app in place (prerendered page taken over; the floor: its heading)', 'ready']]) {
  const am = median(appTimes[key]);
  const fm = median(floorTimes[key]);
  console.log(`  ${what}`);
  console.log(`    Record Relief ${am.toFixed(0).padStart(5)} ms   (all: ${appTimes[key].map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`    floor         ${fm.toFixed(0).padStart(5)} ms   (all: ${floorTimes[key].map((t) => t.toFixed(0)).join(', ')})`);
  if (compare) console.log(`    compared      ${median(compareTimes[key]).toFixed(0).padStart(5)} ms   (all: ${compareTimes[key].map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`    ratio         ${(am / fm).toFixed(2).padStart(5)}`);
}

// What each part costs, from the name section of a copy built with names kept.
const release = path.join(root, 'target', 'wasm32-unknown-unknown', 'release');
for (const [title, file] of [['the widget (first screen)', 'record-relief.wasm'], ['the results module', 'record-relief-results.wasm'], ['the floor', null]]) {
  const source = file ? path.join(release, file) : path.join(floorDir, 'target', 'wasm32-unknown-unknown', 'release', 'hello-floor.wasm');
  let b;
  try { b = breakdown(withNames(source), { depth: 2, top: 14 }); } catch (err) { console.log(`\n${title}: no breakdown (${err.message.split('\n')[0]})`); continue; }
  console.log(`\nwhat ${title} costs (raw bytes of cargo's output, before wasm-bindgen and wasm-opt, by its name section): code ${b.code}, data ${b.data} (${b.dataGzip} gzip)`);
  for (const [name, size] of b.owners) console.log(`  ${String(size).padStart(8)}  ${name}`);
}

console.log('\nengine (criterion, native):');
engine.forEach((l) => console.log('  ' + l));
console.log('engine in the browser (wasm, headless Chromium):');
wasm.forEach((l) => console.log('  ' + l.replace(/^.*wasm screening: /, '')));

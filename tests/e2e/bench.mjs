// `make bench`: one table comparing Record Relief's first load with a minimal Yew app (the
// framework's floor), built with the same toolchain in the same run; load timings in headless
// Chromium (median of 9 loads each); and the engine's criterion figures. Timings are measured
// here and printed, never asserted in a test.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveStatic, launchBrowser } from './harness.mjs';
import { root, dist } from './lib.mjs';

const floorDir = path.join(root, 'tests', 'fixtures', 'hello');
const floorDist = path.join(floorDir, 'dist');
const LOADS = 9;

function build() {
  const env = { ...process.env, TRUNK_OFFLINE: 'true' };
  // The floor has its own lockfile: fetch its crates (crates.io) before the offline build.
  execFileSync('cargo', ['fetch', '--locked', '--quiet'], { cwd: floorDir, env, stdio: 'ignore' });
  execFileSync('trunk', ['build', '--release', '--offline'], { cwd: root, env, stdio: 'ignore' });
  execFileSync('trunk', ['build', '--release', '--offline'], { cwd: floorDir, env, stdio: 'ignore' });
}

/** The files a first visit downloads (the embed loader is not part of a visit to the widget). */
function firstLoad(dir) {
  return readdirSync(dir)
    .filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'embed.js')
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

/** Milliseconds from navigation start to the first heading being visible, over LOADS fresh loads. */
async function loadTimes(browser, dir, selector) {
  const server = await serveStatic(dir);
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.origin + '/', { waitUntil: 'commit' });
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 30000 });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  server.stop();
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
const app = firstLoad(dist);
const floor = firstLoad(floorDist);
const browser = await launchBrowser();
const appTimes = await loadTimes(browser, dist, 'h1');
const floorTimes = await loadTimes(browser, floorDist, 'h1');
await browser.close();
const engine = criterion();
const wasm = wasmEngine();

const line = (name, r) => console.log(`${name.padEnd(44)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
console.log(`\n${'first-load asset (KB)'.padEnd(44)} ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
console.log('Record Relief');
app.forEach((r) => line('  ' + r.file, r));
const at = total(app);
line('  total', at);
console.log('Yew hello world (floor)');
floor.forEach((r) => line('  ' + r.file, r));
const ft = total(floor);
line('  total', ft);
console.log(`ratio (Record Relief / floor)                ${(at.raw / ft.raw).toFixed(2).padStart(7)} ${(at.gzip / ft.gzip).toFixed(2).padStart(7)} ${(at.brotli / ft.brotli).toFixed(2).padStart(7)}`);
const am = median(appTimes);
const fm = median(floorTimes);
console.log(`\ntime to first heading, median of ${LOADS} loads (local server, headless Chromium)`);
console.log(`  Record Relief   ${am.toFixed(0).padStart(5)} ms   (all: ${appTimes.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`  floor           ${fm.toFixed(0).padStart(5)} ms   (all: ${floorTimes.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`  ratio           ${(am / fm).toFixed(2).padStart(5)}`);
console.log('\nengine (criterion, native):');
engine.forEach((l) => console.log('  ' + l));
console.log('engine in the browser (wasm, headless Chromium):');
wasm.forEach((l) => console.log('  ' + l.replace(/^.*wasm screening: /, '')));

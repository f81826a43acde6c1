// The first-load size budget, checked by `make test` (a size is deterministic; timings are not,
// so they stay in `make bench`). Counts what a first visit downloads (see `firstLoadFiles`; the
// e2e suite checks a real first visit requests exactly these), compressed with gzip -9.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist, firstLoadFiles, root } from './lib.mjs';
import { parseWasm, owner, withNames, demangle } from './wasm-sizes.mjs';

/**
 * The first load (issue 6: ≤ 160,000 bytes) and the whole journey (the first load and the results
 * module: everything a visitor's flow can fetch), gzip -9: what issue 11 reached (first load
 * 156,100 bytes, whole journey 350,585), plus issue 12 so far ("Your plan", the firm's panel, US
 * dates, confirmations, Shift×3, the picker's code forms and "Show all", the scope and the
 * declaration tip, less the report's words moved out of the first load: 9,001 bytes in the first
 * load, 19,851 in the journey; then "Before you file", Quick exit kept in view when embedded,
 * printing only the widget inline: 2,900 more in the journey; the Spanish review's wording and
 * glossary, 1,300 more), plus a little room; then issue 11's size work (176,814 and 403,226 before
 * it): the catalog's search words without what the names say, one text for the catalog instead
 * of pointer tables, one small sort, the widget's messages named as constants in the results
 * module, wasm-opt --low-memory-unused, the main module's import and export names
 * shortened, two lists instead of hash maps, the results page's words sent with the report
 * (168,076 and 350,454 after), plus a little room. The journey then grew by 6.8 KB for the
 * second statute review's 33 new explanations in two languages (357,111), and by 3.3 KB for the
 * later rounds' (360,365). Lower them as the bundle shrinks.
 */
const BUDGET_BYTES = 169_000;
const JOURNEY_BUDGET_BYTES = 361_000;

const rows = firstLoadFiles(dist).map((file) => {
  const data = readFileSync(path.join(dist, file));
  return { file, raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
});
const total = rows.reduce((t, r) => t + r.gzip, 0);
for (const r of rows) console.log(`  ${r.file.padEnd(44)} ${String(r.raw).padStart(8)} raw ${String(r.gzip).padStart(8)} gzip`);
console.log(`first load: ${total} bytes gzip; budget ${BUDGET_BYTES} bytes (${(100 * total / BUDGET_BYTES).toFixed(1)} %)`);
if (rows.length < 4) {
  console.error(`size budget: expected the page, its scripts, wasm and stylesheet in ${dist}; found ${rows.map((r) => r.file).join(', ')}`);
  process.exit(1);
}
if (total > BUDGET_BYTES) {
  console.error(`size budget exceeded by ${total - BUDGET_BYTES} bytes`);
  process.exit(1);
}
const later = readdirSync(dist).filter((f) => f.startsWith('results-')).map((file) => zlib.gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
const journey = total + later.reduce((t, n) => t + n, 0);
console.log(`whole journey (with the results module): ${journey} bytes gzip; budget ${JOURNEY_BUDGET_BYTES} bytes (${(100 * journey / JOURNEY_BUDGET_BYTES).toFixed(1)} %)`);
if (later.length !== 2) {
  console.error(`size budget: expected the results module's two files in ${dist}; found ${later.length}`);
  process.exit(1);
}
if (journey > JOURNEY_BUDGET_BYTES) {
  console.error(`journey budget exceeded by ${journey - JOURNEY_BUDGET_BYTES} bytes`);
  process.exit(1);
}

// One copy of Yew on the page: the results module is data only (no Yew, no DOM code). Its cargo
// output (names kept) must name no function of yew, web-sys or gloo.
const results = path.join(root, 'target', 'wasm32-unknown-unknown', 'release', 'record-relief-results.wasm');
const ui = parseWasm(withNames(results)).functions
  .filter((f) => !/describe/.test(demangle(f.name)) && /^(yew|web_sys|gloo)/.test(owner(f.name, 1)));
console.log(`results module: ${ui.length} functions of yew, web-sys or gloo`);
if (ui.length) {
  console.error(`the results module carries UI code: ${ui.slice(0, 5).map((f) => demangle(f.name)).join(', ')}`);
  process.exit(1);
}

// The results module names a few of the widget's messages as constants (`Msg::X.texts()`); a
// message picked at run time there would bring the widget's whole table along (6 KB gzip). (The
// results page's own words, `ReportMsg`, belong there: they come with the report.)
const { data } = parseWasm(withNames(results));
for (const text of ['Skip to the question', 'Leaves this page at once and clears your answers']) {
  if (data.includes(Buffer.from(text))) {
    console.error(`the results module carries the widget's message table ("${text}"): name its messages with \`lang.pick(const { Msg::X.texts() })\``);
    process.exit(1);
  }
}
console.log("results module: not the widget's message table");
// And the other way round: the results page's words come with the report, not in the first load.
const main = path.join(root, 'target', 'wasm32-unknown-unknown', 'release', 'record-relief.wasm');
if (parseWasm(withNames(main)).data.includes(Buffer.from('Important limits to know'))) {
  console.error("the first load carries the results page's words (ReportMsg): take them from ResultsView::word");
  process.exit(1);
}
console.log("first load: not the results page's words");

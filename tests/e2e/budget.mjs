// The first-load size budget, checked by `make test` (a size is deterministic; timings are not,
// so they stay in `make bench`). Counts what a first visit downloads (see `firstLoadFiles`; the
// e2e suite checks a real first visit requests exactly these), compressed with gzip -9.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist, firstLoadFiles } from './lib.mjs';

/** Issue 6: total first-load gzip ≤ 160 KB (counted strictly: 160,000 bytes). */
const BUDGET_BYTES = 160_000;

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

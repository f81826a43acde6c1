// `node tests/e2e/measure-results.mjs [dist]` (after `make release`): the three-record journey of issue 12 on a phone
// (390 × 844) — the plan as a visitor sees it, the page length collapsed and with every record open,
// and a full-page screenshot in /tmp/three-phone.png. A measurement, not a test.
import { serveStatic, launchBrowser } from './harness.mjs';
import { Session } from './lib.mjs';
import { threeRecords } from './journeys.mjs';
const server = await serveStatic(process.argv[2] || new URL('../../dist', import.meta.url).pathname);
const browser = await launchBrowser();
const s = await Session.open({ browser, origin: server.origin }, { viewport: { width: 390, height: 844 } });
await threeRecords(s);
await s.page.waitForTimeout(300);
const h = await s.page.evaluate(() => document.documentElement.scrollHeight);
console.log(`page ${h} px = ${(h / 844).toFixed(1)} phone screens (390 x 844)`);
const planTop = await s.page.locator('.rr-plan').evaluate((e) => e.getBoundingClientRect().top + scrollY);
console.log(`"Your plan" starts at ${planTop.toFixed(0)} px`);
console.log((await s.plan()).map((p, i) => `${i + 1}. ${p}`).join('\n'));
await s.page.screenshot({ path: '/tmp/three-phone.png', fullPage: true });
// One screenshot per phone screen, as a visitor scrolls (/tmp/three-phone-1.png, -2, …).
const screens = Math.ceil(h / 844);
for (let i = 0; i < screens; i++) {
  await s.page.evaluate((y) => window.scrollTo(0, y), i * 844);
  await s.page.waitForTimeout(100);
  await s.page.screenshot({ path: `/tmp/three-phone-${i + 1}.png` });
}
await s.page.evaluate(() => window.scrollTo(0, 0));
await s.openDetails();
const h2 = await s.page.evaluate(() => document.documentElement.scrollHeight);
console.log(`with every record's details open: ${(h2 / 844).toFixed(1)} phone screens`);
await s.context.close(); await browser.close(); server.stop();

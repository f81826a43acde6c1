// Accessibility: a keyboard-only journey, and axe-core (WCAG 2.0/2.1 A and AA) on every page
// type in English and Spanish, and at 320 CSS pixels wide.
import AxeBuilder from '@axe-core/playwright';
import { assert } from './harness.mjs';
import { withSession, today, addYears, parts } from './lib.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// --- Keyboard only ------------------------------------------------------------------------------

/** What has focus: tag, type, id, and its accessible text (label for inputs). */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'BODY' };
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return {
      tag: el.tagName,
      type: el.getAttribute('type') || '',
      id: el.id,
      checked: !!el.checked,
      text: (label ? label.textContent : el.textContent || '').trim(),
    };
  });
}

/** Presses Tab until `want(focused)` holds; fails after `max` presses. */
async function tabTo(page, want, what, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (want(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

const isButton = (text) => (f) => f.tag === 'BUTTON' && f.text === text;

/** Each new page puts focus on its h1, so keyboard and screen-reader users start at the question. */
async function expectFocusOnHeading(s, text) {
  await s.at(text);
  await s.page.waitForFunction((t) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent.trim() === t, text, { timeout: 5000 });
}

/** A radio page: Tab into the group, arrow to `option`, Tab to Continue, Enter. */
async function kbChoose(s, heading, option) {
  const { page } = s;
  await expectFocusOnHeading(s, s.text(heading));
  const want = s.text(option);
  let f = await tabTo(page, (f) => f.type === 'radio', 'the answers');
  for (let i = 0; f.text !== want; i++) {
    assert(i < 8, `arrow keys never reached "${want}"`);
    await page.keyboard.press('ArrowDown');
    f = await focused(page);
  }
  if (!f.checked) await page.keyboard.press('Space');
  assert((await focused(page)).checked, `"${want}" is chosen`);
  await tabTo(page, isButton(s.w.Continue), 'Continue');
  await page.keyboard.press('Enter');
}

/** A date page: type the day, arrow through the months, type the year, Enter to submit. */
async function kbDate(s, heading, { day, month, year }) {
  const { page } = s;
  await expectFocusOnHeading(s, s.text(heading));
  // In the order the page asks: Month Day Year in English, Day Month Year in Spanish.
  const dayField = async () => { await tabTo(page, (f) => f.text === s.w.DateDay, 'Day'); await page.keyboard.type(day); };
  const monthField = async () => {
    await tabTo(page, (f) => f.text === s.w.DateMonth, 'Month');
    for (let i = 0; i < Number(month); i++) await page.keyboard.press('ArrowDown');
  };
  if (s.lang === 'es') { await dayField(); await monthField(); } else { await monthField(); await dayField(); }
  await tabTo(page, (f) => f.text === s.w.DateYear, 'Year');
  await page.keyboard.type(year);
  await page.keyboard.press('Enter');
}

export function a11yTests(env) {
  return [
    ['keyboard only (Tab, arrows, Space, Enter, typing): from Start to the results', withSession(env, async (s) => {
      const { page, w } = s;
      const t = today();
      // The page the visitor arrives on takes no focus (the browser starts at the top, and an
      // embedding page is not scrolled to the widget); each later page focuses its heading.
      await s.at(w.AppTitle);
      assert(await page.evaluate(() => document.activeElement === document.body), 'no focus moved on arrival');
      await tabTo(page, isButton(w.StartButton), 'Start now');
      await page.keyboard.press('Enter');
      for (const [q, a] of [['QPending', 'No'], ['QSupervised', 'No'], ['QServing', 'No'], ['QRegistered', 'No'],
        ['QCitizen', 'Yes'], ['QHasConvictions', 'Yes']]) await kbChoose(s, q, a);

      // The offence picker: type in the search box, Tab into the results, Space, Continue.
      await expectFocusOnHeading(s, w.QOffense);
      await tabTo(page, (f) => f.text === w.OffenseSearchLabel || f.type === 'search', 'the search box');
      await page.keyboard.type('459.5');
      await page.getByRole('status').filter({ hasText: 'Matching offenses' }).waitFor();
      let f = await tabTo(page, (f) => f.type === 'radio', 'the results');
      assert(f.text === 'Shoplifting ($950 or less) (PC 459.5)', `first result: ${f.text}`);
      await page.keyboard.press('Space');
      await tabTo(page, isButton(w.Continue), 'Continue');
      await page.keyboard.press('Enter');

      await kbChoose(s, 'QLevel', 'LevelMisdemeanor');
      const convicted = parts(addYears(t, -3));
      await kbDate(s, 'QConvictedOn', convicted);
      await kbChoose(s, 'QSentence', 'SentProbation');
      await kbChoose(s, 'QProbationOutcome', 'OutCompleted');
      await kbDate(s, 'QProbationEnd', parts(addYears(t, -1)));
      await kbChoose(s, 'QValue', 'No');
      await kbChoose(s, 'QUnder18', 'No');
      await kbDate(s, 'QOffenseOn', parts(addYears(t, -4)));

      // Relief: tick a box with Space and untick it again, then Continue.
      await expectFocusOnHeading(s, w.QRelief);
      f = await tabTo(page, (f) => f.type === 'checkbox', 'the first checkbox');
      await page.keyboard.press('Space');
      assert((await focused(page)).checked, 'Space ticks a checkbox');
      await page.keyboard.press('Space');
      await tabTo(page, isButton(w.Continue), 'Continue');
      await page.keyboard.press('Enter');

      await kbChoose(s, 'QAnotherConviction', 'No');
      await kbChoose(s, 'QHasArrests', 'No');
      await expectFocusOnHeading(s, w.CheckTitle);
      // The dates typed by keyboard are all there.
      const check = await page.locator('.rr-main').innerText();
      const shownConvicted = `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][convicted.month - 1]} ${convicted.day}, ${convicted.year}`;
      assert(check.includes(shownConvicted), `the sentence date "${shownConvicted}" is on the check page:\n${check}`);
      await tabTo(page, isButton(w.CheckSubmit), 'See my results', 80);
      await page.keyboard.press('Enter');
      await expectFocusOnHeading(s, w.ResultsTitle);
      await s.expectCard('pc_1203_4', 'eligible', ['If you qualify, the court must grant it.']);
    })],

    ['axe: every page type in English has no WCAG 2.1 A/AA violation, and no tap target under 44 × 44 px', withSession(env, (s) => auditEveryPage(s))],
    ['axe: every page type in Spanish has no WCAG 2.1 A/AA violation, and no tap target under 44 × 44 px', withSession(env, (s) => auditEveryPage(s), { lang: 'es' })],
    ['axe at 320 px wide: every page type, no violation and no sideways scrolling', withSession(env, (s) => auditEveryPage(s, { reflow: true }),
      { viewport: { width: 320, height: 640 } })],
  ];
}

// --- axe on every page type -----------------------------------------------------------------------

/** Runs axe on the page as it is; returns readable lines for each violation. */
async function axe(s, where) {
  const result = await new AxeBuilder({ page: s.page }).withTags(TAGS).analyze();
  // A sanity check that axe really looked at the widget (not an empty or blocked page).
  assert(result.passes.length >= 10 && result.passes.some((r) => r.nodes.some((n) => n.target.join(' ').includes('.rr'))),
    `${where}: axe checked almost nothing (${result.passes.length} rules passed)`);
  return result.violations.map((v) => `[${s.lang}] ${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
}

/** At 320 px nothing may need horizontal scrolling (WCAG 1.4.10 Reflow). */
async function reflow(s, where) {
  const wide = await s.page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = [...document.querySelectorAll('.rr *')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > width + 1;
    }).map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}`);
    return { scroll: document.documentElement.scrollWidth, width, over: over.slice(0, 5) };
  });
  return wide.scroll > wide.width ? [`${where}: scrolls sideways (${wide.scroll} > ${wide.width}): ${wide.over.join(', ')}`] : [];
}

/** Every button, disclosure and answer label is at least 44 × 44 CSS px (WCAG 2.5.5); links
 * inside sentences are exempt there, as they are here. */
async function tapTargets(s, where) {
  const small = await s.page.evaluate(() => [...document.querySelectorAll('.rr button, .rr summary, .rr .rr-radio label, .rr .rr-checkbox label, .rr select, .rr input[type="text"], .rr input[type="search"]')]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.height < 44 - 0.5 || r.width < 44 - 0.5)
    .map(({ el, r }) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`));
  return small.length ? [`${where}: tap targets under 44 × 44 px: ${small.slice(0, 6).join(', ')}`] : [];
}

async function auditEveryPage(s, { reflow: checkReflow = false } = {}) {
  const { page } = s;
  const problems = [];
  const audit = async (where) => {
    problems.push(...await axe(s, where));
    problems.push(...await tapTargets(s, where));
    if (checkReflow) problems.push(...await reflow(s, where));
  };
  const w = () => s.w;

  await s.at(w().AppTitle);
  await audit('start');

  await page.getByRole('button', { name: w().StartButton, exact: true }).click();
  await s.at(w().QPending);
  await audit('radio question');

  // Error state: Continue with no answer.
  await s.continue();
  await page.getByRole('alert').waitFor();
  assert((await page.getByRole('alert').innerText()).includes(w().ErrorChooseOne), 'the error summary names the problem');
  assert((await page.title()).startsWith(w().ErrorPrefix), `the title starts with "${w().ErrorPrefix}": ${await page.title()}`);
  await audit('radio question with an error');

  await s.choose('QPending', 'No');
  for (const q of ['QSupervised', 'QServing', 'QRegistered']) await s.choose(q, 'No');
  await s.choose('QCitizen', 'Yes');
  await s.choose('QHasConvictions', 'Yes');

  // The offence picker with results, and "I don't know the code" with its kinds.
  await s.at(w().QOffense);
  await page.getByRole('searchbox', { name: w().OffenseSearchLabel }).fill(s.lang === 'es' ? 'robo' : 'theft');
  const results = page.getByRole('group', { name: w().OffenseResults }).getByRole('radio');
  await results.nth(2).waitFor();
  await audit('offence picker with results');
  await s.continue();
  await page.getByRole('alert').waitFor();
  await audit('offence picker with an error');
  await page.getByRole('radio', { name: w().OffenseDontKnow, exact: true }).check();
  await page.getByRole('radio', { name: w().CatTheft, exact: true }).waitFor();
  await audit('offence picker, "I don\'t know the code"');
  await page.getByRole('searchbox', { name: w().OffenseSearchLabel }).fill('459.5');
  await results.first().check();
  await s.continue();

  await s.choose('QLevel', 'LevelMisdemeanor');
  // The date question, empty and then with an error.
  await s.at(w().QConvictedOn);
  await audit('date question');
  await s.continue();
  await page.getByRole('alert').waitFor();
  assert((await page.getByRole('alert').innerText()).includes(w().ErrorYearMissing), 'the date error');
  await audit('date question with an error');
  await s.date('QConvictedOn', parts(addYears(today(), -3)));
  await s.choose('QSentence', 'SentProbation');
  await s.choose('QProbationOutcome', 'OutCompleted');
  // A date question offering "I don't know the date".
  await s.at(w().QProbationEnd);
  await audit('date question with "I don\'t know"');
  await s.date('QProbationEnd', parts(addYears(today(), -1)));
  await s.choose('QValue', 'No');
  await s.choose('QUnder18', 'No');
  await s.date('QOffenseOn', 'unsure');
  await s.at(w().QRelief);
  await audit('checkbox question');
  await s.relief([]);
  await s.choose('QAnotherConviction', 'No');
  await s.choose('QHasArrests', 'No');

  await s.at(w().CheckTitle);
  await audit('check answers');
  await page.getByRole('button', { name: w().CheckSubmit }).click();
  await s.at(w().ResultsTitle);
  // Open every disclosure so the hidden text is checked too.
  for (const summary of await page.locator('.rr details > summary').all()) await summary.click();
  await audit('results (all details open)');

  assert(problems.length === 0, `accessibility problems:\n  ${problems.join('\n  ')}`);
}

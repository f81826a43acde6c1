// The filing kit and the declaration builder, end to end: from the results to papers a clerk can
// use, printed, with nothing sent anywhere (the session fails on any request after load).
import { assert } from './harness.mjs';
import { withSession, today, addYears, parts } from './lib.mjs';

const DUI = 'Driving under the influence (DUI) (VC 23152)';
const DUI_ES = 'Manejar bajo la influencia (DUI) (VC 23152)';

/** One misdemeanor DUI, probation completed two years ago: the judge decides the dismissal. */
async function duiToResults(s) {
  const convicted = addYears(today(), -5);
  await s.begin();
  await s.aboutYou();
  await s.choose('QHasConvictions', 'Yes');
  await s.offense('QOffense', '23152', s.lang === 'es' ? DUI_ES : DUI);
  await s.choose('QLevel', 'LevelMisdemeanor');
  await s.date('QConvictedOn', parts(convicted));
  await s.choose('QSentence', 'SentProbation');
  await s.choose('QProbationOutcome', 'OutCompleted');
  await s.date('QProbationEnd', parts(addYears(convicted, 3)));
  await s.choose('QUnder18', 'No');
  await s.relief([]);
  await s.choose('QAnotherConviction', 'No');
  await s.choose('QHasArrests', 'No');
  await s.seeResults();
  return convicted;
}

/** The worksheet's rows as "label: text". */
async function rows(page) {
  return (await page.locator('.rr-ws-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

export function kitTests(env) {
  return [
    ['filing kit: "Prepare my papers" → a CR-180 worksheet filled from the answers (blanks where we do not know), then a declaration, printed; nothing leaves the page', withSession(env, async (s) => {
      const convicted = await duiToResults(s);
      const page = s.page;
      await page.getByRole('button', { name: 'Prepare my papers' }).click();
      await s.at('Your filing kit');
      // Before anything is typed: blanks that say where to find the fact.
      let ws = await rows(page);
      assert(ws.some((r) => r.startsWith('Case number') && r.includes('On your court papers')), `a blank case number: ${ws.join(' | ')}`);
      const [y, m, d] = [convicted.getFullYear(), convicted.getMonth() + 1, convicted.getDate()];
      const written = `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`;
      for (const want of [`Item 1: date of conviction ✎ ${written}`, 'Item 1: Code ✎ Vehicle', 'Item 1: Section ✎ 23152',
        'Item 1: Type of offense ✎ misdemeanor', 'Item 1: eligible for PC 17(b) ✎ no', 'Item 2 ☑ Tick the box: felony or misdemeanor with probation granted (PC 1203.4).',
        'Item 2c ☑ Tick: relief should be granted in the interests of justice.']) {
        assert(ws.some((r) => r.startsWith(want)), `worksheet row "${want}": ${ws.join(' | ')}`);
      }
      // Item 2 says "check all that apply": the finished probation too, and 2c because the judge decides.
      assert(ws.some((r) => r.startsWith('Item 2a ☑ Tick: you fulfilled the conditions of probation')), `the finished probation ticked: ${ws.join(' | ')}`);
      assert((await page.locator('.rr-sheet').first().innerText()).includes('Where to file'), 'where to file comes first');
      assert((await page.locator('.rr-rules-date').innerText()).includes('Rev. January 1, 2024'), 'the form revision is printed');
      // The optional fields fill the worksheet, and stay on this device only.
      await page.getByLabel('Your name (as on the case)').fill('Maria Lopez');
      await page.getByLabel('County of the court').fill('Fresno');
      await page.getByLabel(`Case number for Conviction 1: ${DUI}`).fill('F21-00123');
      ws = await rows(page);
      assert(ws.includes('Case number ✎ F21-00123') && ws.includes('County ✎ Fresno') && ws.includes('Your name (as on the case) ✎ Maria Lopez'),
        `the worksheet takes the typed facts: ${ws.join(' | ')}`);
      // Printed: the papers, not the fields or the buttons.
      await page.emulateMedia({ media: 'print' });
      assert(!(await page.getByLabel('County of the court').isVisible()), 'the fields do not print');
      assert(!(await page.getByRole('button', { name: 'Print my papers' }).isVisible()), 'the buttons do not print');
      assert(await page.locator('.rr-sheet').nth(1).isVisible(), 'the worksheet prints');
      assert(await page.locator('.rr-sheet').nth(1).evaluate((e) => getComputedStyle(e).breakBefore) === 'page', 'each paper starts a page');
      await page.emulateMedia({ media: 'screen' });
      // A reload keeps the page and what was typed.
      await s.reload();
      await s.at('Your filing kit');
      assert(await page.getByLabel('County of the court').inputValue() === 'Fresno', 'the county survives a reload');
      // The declaration builder.
      await page.getByRole('button', { name: 'Write my declaration' }).click();
      await s.at('Your declaration');
      assert(await page.getByText('For example: Since 2021 I have worked full time at a bakery').count() === 1, 'each prompt has an example');
      await page.getByLabel('Work: what work have you done since the conviction?').fill('I have worked at a warehouse since 2022.');
      await page.getByLabel('Treatment and recovery, if it applies: programs you finished, time sober.').fill('I finished the DUI program and have been sober for four years.');
      const declaration = page.locator('.rr-declaration');
      await declaration.getByText('I have worked at a warehouse since 2022.').waitFor();
      const text = (await declaration.innerText()).replace(/\s+/g, ' ');
      for (const want of ['Superior Court of California, County of Fresno', 'Case number: F21-00123', 'DECLARATION OF MARIA LOPEZ', 'My name is Maria Lopez.',
        'I finished the DUI program and have been sober for four years.',
        'I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.', '(signature)']) {
        assert(text.includes(want), `the declaration says "${want}": ${text}`);
      }
      assert((await declaration.locator('ol > li').count()) === 5, 'numbered paragraphs: who, what, two answers, the close');
      // Printing: only the declaration, no form fields or buttons.
      await page.emulateMedia({ media: 'print' });
      assert(!(await page.getByLabel('Work: what work have you done since the conviction?').isVisible()), 'the prompts do not print');
      assert(await declaration.isVisible(), 'the declaration prints');
      await page.emulateMedia({ media: 'screen' });
      // Written in Spanish: the frame in Spanish, with the courts' need for English said.
      await page.getByRole('radio', { name: 'Español' }).check();
      await declaration.getByText('Declaro bajo pena de perjurio', { exact: false }).waitFor();
      assert((await page.locator('.rr-kit-note').innerText()).includes('inglés'), 'a Spanish declaration says courts need English');
      // Back to the kit, and Clear takes the papers' facts away with the answers.
      await page.getByRole('button', { name: 'Back to my papers' }).click();
      await s.at('Your filing kit');
      await page.getByRole('button', { name: s.w.ClearAnswers }).click();
      const stored = await s.storage();
      assert(Object.keys(stored.session).length === 0 && Object.keys(stored.local).length === 0, `nothing stored after Clear: ${JSON.stringify(stored)}`);
    })],

    ['filing kit in Spanish: the worksheet tells what to write on the English form, in English', withSession(env, async (s) => {
      await duiToResults(s);
      await s.page.getByRole('button', { name: 'Preparar mis papeles' }).click();
      await s.at('Sus papeles para presentar');
      const ws = await rows(s.page);
      assert(ws.some((r) => r.startsWith('Punto 1: Code (código) ✎ Vehicle')), `the form's words in English: ${ws.join(' | ')}`);
      assert(ws.some((r) => r.startsWith('Punto 1: Type of offense (tipo de delito) ✎ misdemeanor')), ws.join(' | '));
      assert((await s.page.locator('.rr-sheet').nth(1).innerText()).includes('Petition for Dismissal'), 'the official English title beside the Spanish');
    }, { lang: 'es' })],
  ];
}

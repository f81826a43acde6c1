// Journeys from the start page to the results, one record story each, asserting what the results
// page shows: the cards' remedy and outcome attributes and the words a person reads.
import { assert } from './harness.mjs';
import { withSession, words, today, addYears, addMonths, parts, shown } from './lib.mjs';

const SHOPLIFTING = 'Shoplifting ($950 or less) (PC 459.5)';
const SHOPLIFTING_ES = 'Hurto en tienda ($950 o menos) (PC 459.5)';
const DUI = 'Driving under the influence (DUI) (VC 23152)';
const BURGLARY_2 = 'Second-degree (commercial) burglary (PC 460(b))';
const PETTY_THEFT_PRIOR = 'Petty theft with a prior (PC 666)';
const CANNABIS = 'Marijuana cultivation (HS 11358)';
const BATTERY = 'Battery (PC 242)';
const PETTY_THEFT = 'Petty theft (PC 488)';
const BURGLARY = 'Burglary (degree not known) (PC 459)';
const DV = 'Injuring a spouse or partner (domestic violence) (PC 273.5)';
const PHONE = { width: 390, height: 844 };

/** The pages of one misdemeanour shoplifting conviction, probation finished a year ago (either language). */
export async function shopliftingCompleted(s, { probationEnded = addYears(today(), -1) } = {}) {
  const convicted = addYears(probationEnded, -2);
  await s.offense('QOffense', '459.5', s.lang === 'es' ? SHOPLIFTING_ES : SHOPLIFTING);
  await s.choose('QLevel', 'LevelMisdemeanor');
  await s.date('QConvictedOn', parts(convicted));
  await s.choose('QSentence', 'SentProbation');
  await s.choose('QProbationOutcome', 'OutCompleted');
  await s.date('QProbationEnd', parts(probationEnded));
  await s.choose('QValue', 'No');
  await s.choose('QUnder18', 'No');
  await s.date('QOffenseOn', parts(addMonths(convicted, -3)));
  await s.relief([]);
}

/** Start → about you → one conviction, told by `conviction`, then no arrests.
 * `atFirstQuestion()` runs on the first question's page (an audit, say). */
async function oneConviction(s, conviction, { about, superStrike, atFirstQuestion } = {}) {
  await s.begin();
  if (atFirstQuestion) {
    await s.at(s.w.QPending);
    await atFirstQuestion();
  }
  await s.aboutYou(about);
  await s.choose('QHasConvictions', 'Yes');
  await conviction(s);
  await s.choose('QAnotherConviction', 'No');
  // Asked only for a Proposition 47 or 64 felony (PC 1170.18(i); HS 11358(d), 11359(c)).
  if (superStrike) await s.choose('QSuperStrike', superStrike);
  await s.choose('QHasArrests', 'No');
}

/**
 * The three-record journey of issue 12 (also measured by measure-results.mjs): citizenship "not
 * sure"; the shoplifting above; a DUI whose probation end date is not known; an uncharged battery.
 */
export async function threeRecords(s) {
  const t = today();
  await s.begin();
  await s.aboutYou({ QCitizen: 'NotSure' });
  await s.choose('QHasConvictions', 'Yes');
  await shopliftingCompleted(s);
  await s.choose('QAnotherConviction', 'Yes');
  await s.offense('QOffense', 'DUI', DUI);
  await s.choose('QLevel', 'LevelMisdemeanor');
  await s.date('QConvictedOn', parts(addYears(t, -4)));
  await s.choose('QSentence', 'SentProbation');
  await s.choose('QProbationOutcome', 'OutCompleted');
  await s.date('QProbationEnd', 'unsure');
  await s.choose('QUnder18', 'No');
  await s.relief([]);
  await s.choose('QAnotherConviction', 'No');
  await s.choose('QHasArrests', 'Yes');
  await s.offense('QArrestOffense', 'battery', BATTERY);
  await s.choose('QArrestLevel', 'LevelMisdemeanor');
  await s.date('QArrestedOn', parts(addYears(t, -2)));
  await s.choose('QArrestOutcome', 'ArrNotCharged');
  await s.choose('QAnotherArrest', 'No');
  await s.seeResults();
}

/** Start to results for that one shoplifting conviction (also used by the save/open test). */
export async function shopliftingJourney(s, { atFirstQuestion } = {}) {
  await oneConviction(s, shopliftingCompleted, { atFirstQuestion });
  await s.seeResults();
}

export function journeyTests(env) {
  return [
    ['journey: misdemeanour shoplifting, probation completed → PC 1203.4 now, the court must grant it', withSession(env, async (s) => {
      await shopliftingJourney(s);
      const section = s.record(`Options for Conviction 1: ${SHOPLIFTING}`);
      await section.waitFor();
      // The heading gets focus, so a screen reader starts at the results.
      assert(await s.page.evaluate(() => document.activeElement?.tagName) === 'H1', 'focus on the results heading');
      assert(await s.page.title() === 'Your results – Record Relief', `document title: ${await s.page.title()}`);
      // "Your plan" first: the one thing to do, where, the forms, the fee, and who decides.
      const plan = await s.plan();
      // Clean Slate is due too: one step says the order (check first, petition only if needed).
      assert(plan[0] === `Now — Conviction 1: ${SHOPLIFTING}: the state should clear it on its own: ask the DOJ for your record and look for "relief granted"; `
        + 'if it has not, ask the court where you were convicted to dismiss the case: forms CR-180 and CR-181, no filing fee. If you qualify, the court must grant it.',
        `the plan's first step: ${plan.join(' | ')}`);
      assert(!plan.slice(1).some((step) => step.includes('Conviction 1') && !step.startsWith('Still to find out')), `one step for the record: ${plan.join(' | ')}`);
      // The pardon is for the person: once, not per record.
      assert(plan.filter((step) => step.includes('pardon')).length <= 1, `the pardon once: ${plan.join(' | ')}`);
      // What the tool covers, said plainly.
      assert((await s.page.getByRole('region', { name: 'Before you file' }).textContent()).includes('Not federal cases'), 'the scope statement');
      // Nothing about gun rights for a record that bans no gun.
      assert(!(await s.page.locator('.rr-card[data-remedy="pc_1203_4"]').innerText()).includes('gun rights'), 'no gun-rights line without a firearm issue');
      // A mandatory dismissal needs no declaration tip.
      assert(!(await s.page.locator('.rr-card[data-remedy="pc_1203_4"]').innerText()).includes('MC-030'), 'no declaration tip where the court must grant');
      // No firm configured: where free help is, after the plan.
      const help = s.page.getByRole('region', { name: 'Free help' });
      assert((await help.innerText()).includes('public defender'), 'the free-help panel');
      assert(await help.getByRole('link').getAttribute('href') === 'https://selfhelp.courts.ca.gov/', 'the courts\' self-help site');
      // The details wait, collapsed, under the record.
      assert(!(await s.page.locator('.rr-card[data-remedy="pc_1203_4"]').isVisible()), 'the cards start collapsed');
      await s.expectCard('pc_1203_4', 'eligible', ['You may qualify now', 'If you qualify, the court must grant it.', 'Why', 'What to do next'], section);
    })],

    ['offence picker: codes written as records and people write them (23152b, 459pc, 11377(a), a swapped digit), and "Show all" beyond the first 8', withSession(env, async (s) => {
      const { page, w } = s;
      await s.begin();
      await s.aboutYou();
      await s.choose('QHasConvictions', 'Yes');
      await s.at(w.QOffense);
      const box = page.getByRole('searchbox', { name: w.OffenseSearchLabel, exact: true });
      const first = page.locator('.rr-picker-results .rr-radio label').first();
      for (const [typed, code] of [['23152b', '(VC 23152(b))'], ['459pc', '(PC 459)'], ['11377(a)', '(HS 11377(a))'], ['vc 23125', '(VC 23152)']]) {
        await box.fill(typed);
        await page.waitForFunction(([c]) => document.querySelector('.rr-picker-results .rr-radio label')?.textContent.includes(c), [code]);
        assert((await first.innerText()).includes(code), `${typed}: the first match is ${await first.innerText()}`);
      }
      await box.fill('theft');
      const status = page.locator('.rr-picker-status');
      await status.filter({ hasText: ' of ' }).waitFor();
      const total = Number((await status.innerText()).split(' of ')[1]);
      assert(total > 8 && (await page.locator('.rr-picker-results input[type=radio]').count()) === 8 + 1, `8 shown of ${total}`);
      await page.getByRole('button', { name: `${w.OffenseShowAll} ${total}` }).click();
      await page.waitForFunction((n) => document.querySelectorAll('.rr-picker-results input[type=radio]').length === n + 1, total);
    })],

    ['journey in Spanish: the "Español" button, Spanish words throughout, lang="es", same results', withSession(env, async (s) => {
      const root = s.page.locator('.rr');
      assert(await root.getAttribute('lang') === 'en', 'the widget starts in English');
      await s.page.getByRole('button', { name: 'Español' }).click();
      s.lang = 'es';
      s.w = words('es');
      await s.page.locator('.rr[lang="es"]').waitFor();
      await s.at('Averigüe si puede limpiar sus antecedentes penales en California');
      // The switch now offers English, itself marked as English for screen readers.
      const back = s.page.getByRole('button', { name: 'Read in English' });
      assert(await back.getAttribute('lang') === 'en' && (await back.innerText()).trim() === 'English', 'the switch back to English');
      assert(await s.page.getByRole('button', { name: 'Salida rápida' }).count() === 1, 'Quick exit in Spanish');
      await s.page.getByRole('button', { name: 'Empezar', exact: true }).click();
      await s.at('¿Tiene un caso penal que no ha terminado?');
      for (const label of ['Sí', 'No', 'No sé']) {
        assert(await s.page.getByRole('radio', { name: label, exact: true }).count() === 1, `radio "${label}"`);
      }
      const progress = await s.page.getByRole('navigation', { name: 'Progreso' }).innerText();
      assert(/^Pregunta 1 de unas \d+$/.test(progress.trim()), `progress in Spanish: ${progress}`);
      await s.page.getByRole('radio', { name: 'No', exact: true }).check();
      await s.page.getByRole('button', { name: 'Continuar', exact: true }).click();
      await s.at('¿Está ahora en libertad condicional (probation), en libertad bajo palabra (parole) o bajo otra supervisión?');
      await s.choose('QSupervised', 'No');
      await s.choose('QServing', 'No');
      await s.choose('QRegistered', 'No');
      await s.choose('QCitizen', 'Sí');
      await s.choose('¿Tiene alguna condena por un delito en California?', 'Sí');
      await s.at('¿Por qué delito fue la condena?');
      assert(await s.page.getByRole('searchbox', { name: 'Sección del código o palabras' }).count() === 1, 'Spanish search label');
      await shopliftingCompleted(s);
      await s.choose('¿Tiene otra condena que agregar?', 'No');
      await s.choose('QHasArrests', 'No');
      await s.at('Revise sus respuestas');
      const check = await s.page.locator('.rr-main').innerText();
      for (const t of ['Sobre usted', 'Condena 1', 'Hurto en tienda ($950 o menos) (PC 459.5)', 'Delito menor (misdemeanor)', 'Cambiar']) {
        assert(check.includes(t), `the check page should show "${t}"`);
      }
      await s.page.getByRole('button', { name: 'Ver mis resultados' }).click();
      await s.at('Sus resultados');
      assert(await root.getAttribute('lang') === 'es', 'lang="es" on the widget root');
      assert(await s.page.title() === 'Sus resultados – Record Relief', `document title: ${await s.page.title()}`);
      const section = s.record('Opciones para Condena 1: Hurto en tienda ($950 o menos) (PC 459.5)');
      await s.expectCard('pc_1203_4', 'eligible', ['Podría calificar ahora', 'Si califica, la corte tiene que concederlo.', 'Por qué', 'Qué hacer después'], section);
      assert(await s.page.getByRole('button', { name: 'Guardar mis respuestas en un archivo' }).count() === 1, 'Spanish save button');
      // And back to English on the results page: same cards, English words.
      await back.click();
      await s.page.locator('.rr[lang="en"]').waitFor();
      await s.at('Your results');
      s.lang = 'en';
      s.w = words('en');
      await s.expectCard('pc_1203_4', 'eligible', ['You may qualify now', 'If you qualify, the court must grant it.']);
    })],

    ['journey: DUI VC 23152 with probation completed → PC 1203.4 now, the judge decides', withSession(env, async (s) => {
      const ended = addYears(today(), -2);
      await oneConviction(s, async (s) => {
        await s.offense('QOffense', 'DUI', DUI);
        await s.choose('QLevel', 'LevelMisdemeanor');
        await s.date('QConvictedOn', parts(addYears(ended, -3)));
        await s.choose('QSentence', 'SentProbation');
        await s.choose('QProbationOutcome', 'OutCompleted');
        await s.date('QProbationEnd', parts(ended));
        await s.choose('QUnder18', 'No');
        await s.relief([]);
      });
      await s.seeResults();
      // Where the judge decides: what a declaration can say, and the form it goes on.
      await s.expectCard('pc_1203_4', 'eligible', ['You may qualify now', 'The judge decides.', 'form MC-030 (Declaration)']);
      const text = await s.page.locator('.rr-card[data-remedy="pc_1203_4"]').innerText();
      // Nowhere "must grant": not in the decision, not in a reason (it said "so the court must grant the dismissal").
      assert(!/must grant/.test(text), `a DUI dismissal is not mandatory: ${text}`);
      assert((await s.plan()).some((step) => step.includes('dismiss the case') && step.endsWith('The judge decides.')), `the plan: ${(await s.plan()).join(' | ')}`);
    })],

    ['journey: felony second-degree burglary, state prison ended a year ago → PC 1203.41 on a later date', withSession(env, async (s) => {
      const t = today();
      const ended = addYears(t, -1);
      await oneConviction(s, async (s) => {
        await s.offense('QOffense', '460(b)', BURGLARY_2);
        await s.choose('QLevel', 'LevelFelony');
        await s.date('QConvictedOn', parts(addYears(t, -6)));
        await s.choose('QSentence', 'SentPrison');
        await s.date('QReleased', parts(addYears(t, -3)));
        await s.date('QSentenceEnd', parts(ended));
        // Second-degree burglary: whether it was shoplifting decides Prop 47 (PC 459.5).
        await s.choose('QShoplifting', 'No');
        await s.choose('QValue', 'Yes');
        await s.date('QOffenseOn', parts(addYears(t, -7)));
        await s.relief([]);
      }, { superStrike: 'No' });
      // A felony: the Certificate of Rehabilitation needs the years of residence.
      await s.date('QResidence', { year: String(t.getFullYear() - 30) });
      await s.seeResults();
      const on = addYears(ended, 2);
      await s.expectCard('pc_1203_41', 'eligible_later', [`You may qualify on ${shown(on)}`, 'The judge decides.']);
    })],

    ['journey in Spanish, a prison term, not a U.S. citizen → "Su plan" starts with the immigration warning, before any form', withSession(env, async (s) => {
      const t = today();
      const ended = addYears(t, -3);
      await oneConviction(s, async (s) => {
        await s.offense('QOffense', '460(b)', 'Robo en comercio (burglary de segundo grado) (PC 460(b))');
        await s.choose('QLevel', 'LevelFelony');
        await s.date('QConvictedOn', parts(addYears(t, -8)));
        await s.choose('QSentence', 'SentPrison');
        await s.date('QReleased', parts(addYears(t, -5)));
        await s.date('QSentenceEnd', parts(ended));
        await s.choose('QShoplifting', 'No');
        await s.choose('QValue', 'Yes');
        await s.date('QOffenseOn', parts(addYears(t, -9)));
        await s.relief([]);
      }, { about: { QCitizen: 'No' }, superStrike: 'No' });
      await s.date('QResidence', { year: String(t.getFullYear() - 30) });
      await s.seeResults();
      const plan = await s.plan();
      assert(plan[0].startsWith(`${s.w.PlanBefore}: ${s.w.PlanImmigration}`), `the warning first: ${plan.join(' | ')}`);
      const firstForm = plan.findIndex((step) => step.includes('CR-180'));
      assert(firstForm > 0, `a form comes after the warning: ${plan.join(' | ')}`);
      // A US date order in Spanish stays day first.
      assert(plan.some((step) => / de \d{4}/.test(step) || step.startsWith(s.w.PlanNow)), `dates in Spanish: ${plan.join(' | ')}`);
    }, { lang: 'es' })],

    ['journey: a pending charge → the dismissal is under "Not yet", with what ends the bar, not under "does not fit"', withSession(env, async (s) => {
      await oneConviction(s, shopliftingCompleted, { about: { QPending: 'Yes' } });
      await s.seeResults();
      // Contract, "Bars known today": not_eligible now, but a bar that ends is shown as "Not yet".
      const card = await s.expectCard('pc_1203_4', 'not_eligible',
        [s.w.OutcomeNotYet, 'Check again when that case ends']);
      assert(await s.page.getByRole('heading', { name: s.w.NotYetTitle, exact: true }).count() === 1, 'a "Not yet" heading');
      const notFit = s.page.locator('.rr-not-fit');
      if (await notFit.count()) {
        assert(!(await notFit.innerText()).includes('Dismissal'), 'the dismissal is not under "does not fit"');
      }
      assert(await card.isVisible(), 'the card is shown, not folded away');
    })],

    ['journey: a burglary asks whether the place was a home; "not sure" leaves the answers that turn on it open', withSession(env, async (s) => {
      const t = today();
      await oneConviction(s, async (s) => {
        await s.offense('QOffense', '459', BURGLARY);
        await s.choose('QLevel', 'LevelFelony');
        await s.date('QConvictedOn', parts(addYears(t, -6)));
        await s.choose('QSentence', 'SentProbation');
        await s.choose('QProbationOutcome', 'OutCompleted');
        await s.date('QProbationEnd', parts(addYears(t, -3)));
        // PC 460: a home is first-degree burglary (serious, no reduction); anything else second degree.
        await s.choose('QResidential', 'NotSure');
        await s.choose('QShoplifting', 'No');
        await s.choose('QValue', 'No');
        await s.date('QOffenseOn', parts(addYears(t, -7)));
        await s.relief([]);
      }, { superStrike: 'No' });
      await s.date('QResidence', { year: String(t.getFullYear() - 30) });
      await s.seeResults();
      // Reducing the felony (PC 17(b)) is possible for second degree only: it waits for the answer.
      const card = await s.expectCard('pc_17b', 'needs_info', [s.w.OutcomeNeedsInfo, 'a home where people live']);
      const link = card.getByRole('button', { name: s.w.AnswerIt, exact: true });
      assert(await link.count() >= 1, 'a link back to the question');
      await link.first().click();
      await s.at(s.w.QResidential);
    })],

    ['journey: a code not in our list, used as typed → asked whether it could have been a misdemeanor; the closed lists still answer', withSession(env, async (s) => {
      const t = today();
      await oneConviction(s, async (s) => {
        await s.offense('QOffense', 'pc 12345', `${s.w.OffenseUseTyped} PC 12345`);
        await s.choose('QLevel', 'LevelFelony');
        await s.date('QConvictedOn', parts(addYears(t, -6)));
        await s.choose('QSentence', 'SentProbation');
        await s.choose('QProbationOutcome', 'OutCompleted');
        await s.date('QProbationEnd', parts(addYears(t, -3)));
        await s.choose('QCouldBeMisdemeanor', 'No');
        await s.relief([]);
      });
      await s.date('QResidence', { year: String(t.getFullYear() - 30) });
      await s.at(s.w.CheckTitle);
      assert((await s.page.innerText('main, body')).includes(`PC 12345 (${s.w.OffenseNotListed})`), 'the check page names the code as typed');
      await s.seeResults();
      // On none of the closed lists (1203.4(b)…): the court must grant the dismissal.
      await s.expectCard('pc_1203_4', 'eligible', ['If you qualify, the court must grant it.']);
    })],

    ['journey: felony petty theft with a prior before November 2014, $950 or less → Proposition 47', withSession(env, async (s) => {
      await oneConviction(s, async (s) => {
        await s.offense('QOffense', '666', PETTY_THEFT_PRIOR);
        await s.choose('QLevel', 'LevelFelony');
        await s.date('QConvictedOn', { day: '14', month: '3', year: '2013' });
        await s.choose('QSentence', 'SentProbation');
        await s.choose('QProbationOutcome', 'OutCompleted');
        await s.date('QProbationEnd', { day: '14', month: '3', year: '2016' });
        await s.choose('QValue', 'No');
        await s.date('QOffenseOn', { day: '2', month: '1', year: '2013' });
        await s.relief([]);
      }, { superStrike: 'No' });
      await s.date('QResidence', { year: '1990' });
      await s.seeResults();
      // Offence, level, date, value and no "super strike" prior (PC 1170.18(i)) all fit; after the
      // 2022 deadline a late application needs good cause, so the judge decides.
      const card = await s.expectCard('prop_47', 'eligible',
        ['Proposition 47 reduction (PC 1170.18)', 'You may qualify now', 'The judge decides.', 'good cause']);
      assert(!(await card.innerText()).includes('after November 4, 2014'), 'the offence date fits');
      // The same record with the offence after Prop 47 took effect: the card moves to "does not fit".
      await s.page.getByRole('button', { name: 'Change my answers' }).click();
      await s.at('Check your answers');
      await s.page.getByRole('link', { name: 'Change When did the offense happen?' }).click();
      await s.date('QOffenseOn', { day: '2', month: '1', year: '2015' });
      await s.seeResults();
      assert((await s.card('prop_47').count()) === 0, 'no Prop 47 card for an offence after November 2014');
      const notFit = s.page.locator('details.rr-not-fit');
      await notFit.getByText(s.w.NotFitTitle).click();
      assert((await notFit.innerText()).includes('The offense happened after November 4, 2014'), 'the reason it does not fit');
    })],

    ['journey: cannabis cultivation HS 11358 before November 2016 → Proposition 64', withSession(env, async (s) => {
      await oneConviction(s, async (s) => {
        await s.offense('QOffense', '11358', CANNABIS);
        await s.choose('QLevel', 'LevelFelony');
        await s.date('QConvictedOn', { month: '6', year: '2015' });
        await s.choose('QSentence', 'SentProbation');
        await s.choose('QProbationOutcome', 'OutCompleted');
        await s.date('QProbationEnd', { month: '6', year: '2018' });
        await s.date('QOffenseOn', { month: '2', year: '2015' });
        await s.relief([]);
      }, { superStrike: 'No' });
      await s.date('QResidence', { year: '1995' });
      await s.seeResults();
      await s.expectCard('prop_64', 'eligible', ['Proposition 64', 'You may qualify now']);
    })],

    ['journey: battery arrest never charged, over a year ago → PC 851.91 and PC 851.93', withSession(env, async (s) => {
      await s.begin();
      await s.aboutYou();
      await s.choose('QHasConvictions', 'No');
      await s.choose('QHasArrests', 'Yes');
      await s.offense('QArrestOffense', '242', BATTERY);
      await s.choose('QArrestLevel', 'LevelMisdemeanor');
      await s.date('QArrestedOn', parts(addMonths(today(), -18)));
      await s.choose('QArrestOutcome', 'ArrNotCharged');
      await s.choose('QAnotherArrest', 'No');
      await s.seeResults();
      const section = s.record(`Options for Arrest 1: ${BATTERY}`);
      await s.expectCard('pc_851_91', 'eligible', ['You may qualify now'], section);
      const auto = await s.expectCard('pc_851_93', 'eligible', ['The state does it on its own; no form needed.'], section);
      assert(await auto.isVisible(), 'the automatic-relief card is shown');
      // The plan says it first: check the record for the state's own relief, then petition if needed.
      const plan = await s.plan();
      assert(plan.some((step) => step.startsWith(`Now — Arrest 1: ${BATTERY}: the state should mark the arrest on its own: ask the DOJ for your record and look for "relief granted"; if it has not, ask the court to seal the arrest`)),
        `automatic relief first in the plan: ${plan.join(' | ')}`);
      assert((await s.page.locator('.rr-card[data-remedy="pc_1203_4"]').count()) === 0, 'no conviction remedy for an arrest');
    })],

    ['journey: "I\'m not sure" answers → "We need one more fact", with where to find it and a link back', withSession(env, async (s) => {
      await oneConviction(s, async (s) => {
        await s.offense('QOffense', '459.5', SHOPLIFTING);
        await s.choose('QLevel', 'LevelMisdemeanor');
        await s.date('QConvictedOn', { year: String(today().getFullYear() - 4) });
        await s.choose('QSentence', 'SentProbation');
        await s.choose('QProbationOutcome', 'NotSure');
        await s.date('QProbationEnd', 'unsure');
        await s.choose('QValue', 'NotSure');
        await s.choose('QUnder18', 'NotSure');
        await s.date('QOffenseOn', 'unsure');
        await s.relief([]);
      }, { about: { QPending: 'NotSure' } });
      await s.seeResults();
      const card = await s.expectCard('pc_1203_4', 'needs_info', ['We need one more fact', 'Where to find it']);
      // "Answer this question" goes to the missing fact's question, and answering returns to check.
      await card.getByRole('button', { name: 'Answer this question' }).first().click();
      const heading = await s.heading();
      assert([s.w.QPending, s.w.QProbationOutcome, s.w.QProbationEnd].includes(heading), `"Answer this question" led to: ${heading}`);
      assert(await s.page.getByRole('radio', { name: s.w.NotSure, exact: true }).isChecked() || heading === s.w.QProbationEnd,
        'the question shows the answer already given');
      // Answering it returns to "Check your answers", not to the next question.
      if (heading === s.w.QProbationEnd) await s.date('QProbationEnd', 'unsure');
      else await s.choose(heading, 'NotSure');
      await s.at(s.w.CheckTitle);
    })],

    ['journey: two convictions, probation still running in one → the other\'s PC 1203.4 waits for its end', withSession(env, async (s) => {
      const t = today();
      const runningEnds = addYears(t, 1);
      await s.begin();
      await s.aboutYou({ QSupervised: 'Yes' });
      await s.choose('QHasConvictions', 'Yes');
      await shopliftingCompleted(s);
      await s.choose('QAnotherConviction', 'Yes');
      await s.offense('QOffense', 'petty theft', PETTY_THEFT);
      await s.choose('QLevel', 'LevelMisdemeanor');
      await s.date('QConvictedOn', parts(addMonths(t, -6)));
      await s.choose('QSentence', 'SentProbation');
      await s.choose('QProbationOutcome', 'OutOngoing');
      await s.date('QProbationEnd', parts(runningEnds));
      await s.choose('QValue', 'No');
      await s.choose('QUnder18', 'No');
      await s.relief([]);
      await s.choose('QAnotherConviction', 'No');
      await s.choose('QHasArrests', 'No');
      await s.seeResults();
      const first = s.record(`Options for Conviction 1: ${SHOPLIFTING}`);
      await s.expectCard('pc_1203_4', 'eligible_later', [`You may qualify on ${shown(runningEnds)}`], first);
      const second = s.record(`Options for Conviction 2: ${PETTY_THEFT}`);
      await s.expectCard('pc_1203_4', 'eligible_later', [`You may qualify on ${shown(runningEnds)}`], second);
    })],

    ['journey on a phone: three records, some "not sure" → one plan (immigration first, a step per record, the pardon once, the unknowns last), the details collapsed, under 8 screens', withSession(env, async (s) => {
      await threeRecords(s);
      const plan = await s.plan();
      const all = plan.join(' | ');
      assert(plan[0].startsWith('Before you file anything: If you are not a U.S. citizen, or not sure: talk to an immigration lawyer first.'), `immigration first: ${all}`);
      for (const record of [`Conviction 1: ${SHOPLIFTING}`, `Conviction 2: ${DUI}`, `Arrest 1: ${BATTERY}`]) {
        assert(plan.some((step) => step.startsWith(`Now — ${record}:`)), `a step for ${record}: ${all}`);
      }
      const pardon = plan.filter((step) => step.includes('pardon'));
      assert(pardon.length === 1 && pardon[0].includes('your convictions') && pardon[0].endsWith('The Governor decides.'), `the pardon once, for the person: ${all}`);
      // What is still unknown comes after every action.
      const firstUnknown = plan.findIndex((step) => step.startsWith('Still to find out'));
      assert(firstUnknown > 0 && plan.slice(firstUnknown).every((step) => step.startsWith('Still to find out')), `the unknowns last: ${all}`);
      assert(plan.some((step) => step.startsWith(`Still to find out — Conviction 2: ${DUI}`)), `the DUI's missing date: ${all}`);
      // Before you file: the record, the costs, how long, what this covers — each collapsed.
      const help = s.page.getByRole('region', { name: 'Before you file' });
      assert(JSON.stringify(await help.locator('summary').allInnerTexts()) === JSON.stringify(['Get your record first', 'Costs at the court', 'How long it takes', 'What this covers']),
        `the "Before you file" topics: ${await help.locator('summary').allInnerTexts()}`);
      await help.getByText('Get your record first').click();
      assert((await help.innerText()).includes('form BCIA 8016RR'), 'how to ask the DOJ for the record');
      assert(await help.getByRole('link', { name: "The DOJ's page on getting your own record" }).getAttribute('href') === 'https://oag.ca.gov/fingerprints/record-review', 'the DOJ link');
      // Collapsed, the page is a few phone screens (it was about 17 before the plan).
      assert(!(await s.page.locator('.rr-card').first().isVisible()), 'the cards start collapsed');
      const height = await s.page.evaluate(() => document.documentElement.scrollHeight);
      assert(height <= 8 * PHONE.height, `the results are ${(height / PHONE.height).toFixed(1)} phone screens long`);
      // At the very bottom, Quick exit is still in reach.
      await s.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await s.page.waitForTimeout(100);
      const exit = await s.page.locator('.rr-exit').boundingBox();
      assert(exit && exit.y >= 0 && exit.y + exit.height <= 80, `Quick exit in view at the bottom of the page: ${JSON.stringify(exit)}`);
      // The DUI's details say what is missing and who can tell: for the immigration motion only a
      // lawyer, so no "Answer this question" that would lead nowhere.
      await s.openDetails();
      const dui = s.record(`Options for Conviction 2: ${DUI}`);
      const vacate = dui.locator('.rr-card[data-remedy="pc_1473_7"][data-outcome="needs_info"]');
      assert((await vacate.innerText()).includes('Only a lawyer can tell'), `the immigration motion's missing fact: ${await s.cards()}`);
      assert(await vacate.getByRole('button', { name: s.w.AnswerIt, exact: true }).count() === 0, 'no question to go back to');
    }, { viewport: PHONE })],

    ['journey: on domestic-violence probation until its end (PC 273.5) → the wait first, early termination now (the judge decides), the dismissal from the end date, the gun limit said', withSession(env, async (s) => {
      const t = today();
      const convicted = addMonths(t, -18);
      const ends = addYears(convicted, 3);
      await s.begin();
      await s.aboutYou({ QSupervised: 'Yes' });
      await s.choose('QHasConvictions', 'Yes');
      await s.offense('QOffense', '273.5', DV);
      await s.choose('QLevel', 'LevelMisdemeanor');
      await s.date('QConvictedOn', parts(convicted));
      await s.choose('QSentence', 'SentProbation');
      await s.choose('QProbationOutcome', 'OutOngoing');
      await s.date('QProbationEnd', parts(ends));
      await s.choose('QUnder18', 'No');
      await s.relief([]);
      await s.choose('QAnotherConviction', 'No');
      await s.choose('QHasArrests', 'No');
      await s.seeResults();
      const plan = await s.plan();
      const all = plan.join(' | ');
      assert(plan[0].startsWith('Before you file anything: While a charge is pending, a sentence is running, or you are on probation or parole'), `the wait first: ${all}`);
      const early = plan.find((step) => step.includes('to end it early'));
      assert(early && early.startsWith(`Now — Conviction 1: ${DV}:`) && early.endsWith('The judge decides.'), `early termination now, the judge decides: ${all}`);
      const dismissal = plan.find((step) => step.includes('dismiss the case'));
      assert(dismissal && dismissal.startsWith(`From ${shown(ends)} — Conviction 1: ${DV}:`), `the dismissal from the end of probation: ${all}`);
      assert(!plan.some((step) => step.startsWith('Now') && step.includes('dismiss the case')), `no dismissal now: ${all}`);
      // The firearm ban is a limit the person must hear (PC 29805; lifetime for a 273.5 misdemeanor).
      assert(await s.page.locator('.rr-notice-item[data-code="firearms"]').count() === 1, 'the firearms notice');
      await s.openDetails();
      const section = s.record(`Options for Conviction 1: ${DV}`);
      await section.locator('.rr-card[data-remedy="pc_1203_4"] .rr-card-more > summary').click();
      await s.expectCard('pc_1203_4', 'eligible_later', [`You may qualify on ${shown(ends)}`, 'It does not restore gun rights.'], section);
      await s.expectCard('pc_1203_3', 'eligible', ['The judge decides'], section);
      // Nothing on the page says the probation is over.
      const text = await section.innerText();
      assert(!/you finished probation|you completed probation/i.test(text), 'no past-tense "finished" for a running probation');
    })],

    ['questions fit the record: the count goes up one at a time and never back, a misdemeanor is not offered prison, English dates are Month Day Year, a probation end before the conviction is refused', withSession(env, async (s) => {
      const t = today();
      const w = s.w;
      assert((await s.page.locator('.rr-page').innerText()).includes(w.StartTime), 'the time estimate on the start page');
      // Each question page's "Question N of about M", read as each page appears.
      const counts = [];
      const at = s.at.bind(s);
      s.at = async (heading) => {
        await at(heading);
        const count = s.page.locator('.rr-progress-count');
        if (await count.count() && counts.at(-1)?.heading !== heading) counts.push({ heading, text: (await count.innerText()).trim() });
      };
      await s.begin();
      await s.aboutYou();
      await s.choose('QHasConvictions', 'Yes');
      await s.offense('QOffense', '459.5', SHOPLIFTING);
      await s.choose('QLevel', 'LevelMisdemeanor');
      const convicted = addYears(t, -3);
      await s.date('QConvictedOn', parts(convicted));
      await s.at(w.QSentence);
      for (const felonyOnly of ['SentPrison', 'SentCountyJail', 'SentSplit']) {
        assert(await s.page.getByRole('radio', { name: w[felonyOnly], exact: true }).count() === 0, `a misdemeanor is not offered "${w[felonyOnly]}"`);
      }
      await s.choose('QSentence', 'SentProbation');
      await s.choose('QProbationOutcome', 'OutCompleted');
      await s.at(w.QProbationEnd);
      // US order in English: Month, Day, Year.
      const order = await s.page.locator('.rr-page label').allInnerTexts();
      const fields = order.map((l) => l.trim()).filter((l) => [w.DateMonth, w.DateDay, w.DateYear].includes(l));
      assert(JSON.stringify(fields) === JSON.stringify([w.DateMonth, w.DateDay, w.DateYear]), `date fields in order: ${fields}`);
      await s.date('QProbationEnd', parts(addMonths(convicted, -2)));
      await s.page.getByRole('alert').waitFor();
      assert((await s.page.getByRole('alert').innerText()).includes(w.ErrorBeforeConviction), 'an end before the conviction is refused, with why');
      await s.date('QProbationEnd', parts(addYears(convicted, 2)));
      await s.choose('QValue', 'No');
      await s.choose('QUnder18', 'No');
      await s.date('QOffenseOn', parts(addMonths(convicted, -3)));
      await s.relief([]);
      // A second record, a felony: prison is offered there.
      await s.choose('QAnotherConviction', 'Yes');
      await s.offense('QOffense', '460(b)', BURGLARY_2);
      await s.choose('QLevel', 'LevelFelony');
      await s.at(w.QConvictedOn);
      await s.date('QConvictedOn', parts(addYears(t, -2)));
      await s.at(w.QSentence);
      assert(await s.page.getByRole('radio', { name: w.SentPrison, exact: true }).count() === 1, 'a felony is offered state prison');
      const numbers = counts.map((c) => Number(/(\d+)/.exec(c.text)[1]));
      assert(numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1), `the count goes up one at a time: ${counts.map((c) => c.text).join(', ')}`);
      assert(counts.every((c) => /^Question \d+ of about \d+$/.test(c.text)), `"Question N of about M": ${counts.map((c) => c.text).join(', ')}`);
    })],
  ];
}

// A reload anywhere brings back the same page, whole: phones discard background tabs and reload
// them, and a firm's page reloads its iframe. Every page type is reloaded in turn (start, a
// question, the offence page, check, results), standalone here and inside the iframe and the
// inline embed (see embed.mjs); and the results module blocked, then allowed: "Try again" recovers.
import { assert } from './harness.mjs';
import { Session, withSession } from './lib.mjs';
import { shopliftingCompleted, shopliftingJourney } from './journeys.mjs';

const SHOPLIFTING = 'Shoplifting ($950 or less) (PC 459.5)';

/**
 * Walks one shoplifting conviction from the start page to the results in `scope` (the page, the
 * iframe's frame locator, or the inline host), calling `reload()` on each page type and checking
 * the same page comes back, working.
 */
export async function reloadOnEveryPage(scope, reload) {
  const s = Session.within(scope);
  const w = s.w;
  const again = async (heading) => {
    await reload();
    await s.at(heading);
  };
  await s.at(w.AppTitle);
  await again(w.AppTitle);
  await s.begin();
  await again(w.QPending);
  await s.aboutYou();
  await s.choose('QHasConvictions', 'Yes');
  await again(w.QOffense);
  // The picker still searches after the reload (it did not before: the search never came).
  await shopliftingCompleted(s);
  await again(w.QAnotherConviction);
  await s.choose('QAnotherConviction', 'No');
  await s.choose('QHasArrests', 'No');
  await again(w.CheckTitle);
  // The offence's name (from the results module) is on the check page, not only its code.
  await scope.getByText(SHOPLIFTING).first().waitFor();
  await s.seeResults();
  await again(w.ResultsTitle);
  await scope.locator('.rr-plan-step[data-remedies~="pc_1203_4"]').waitFor();
  await scope.locator('.rr-card[data-remedy="pc_1203_4"][data-outcome="eligible"]').waitFor({ state: 'attached' });
  assert(await scope.getByText(w.ResultsLoadFailed).count() === 0, 'no "could not be loaded" after the reload');
  // A second reload (a tab discarded twice) is no different.
  await again(w.ResultsTitle);
  await scope.locator('.rr-plan-step[data-remedies~="pc_1203_4"]').waitFor();
  return s;
}

export function reloadTests(env) {
  return [
    ['reload on every page type (start, a question, the offence page, check, results) brings the same page back, working', withSession(env, async (s) => {
      await reloadOnEveryPage(s.page, () => s.reload());
      // Browser Back still walks the questions after all those reloads.
      await s.page.goBack();
      await s.at(s.w.CheckTitle);
    })],

    ['the results module blocked on a reload of the results page: "Try again" recovers it without a reload; Change and Back keep working', async () => {
      // Not `withSession`: the blocked fetches log console errors, on purpose.
      const s = await Session.open(env);
      try {
      const { page, w } = s;
      await shopliftingJourney(s);
      // Offline: the module cannot be fetched (the page itself comes from the cache of the test server).
      const block = (route) => route.abort('internetdisconnected');
      await s.context.route(/\/results-[0-9a-f]{16}/, block);
      await s.reload();
      await s.at(w.ResultsTitle);
      const alert = page.getByRole('alert').filter({ hasText: w.ResultsLoadFailed });
      await alert.waitFor();
      const tryAgain = page.getByRole('button', { name: w.TryAgain, exact: true });
      // "Change my answers" and browser Back work while the module is missing.
      await page.getByRole('button', { name: w.EditAnswers, exact: true }).click();
      await s.at(w.CheckTitle);
      await page.goBack();
      await s.at(w.ResultsTitle);
      await tryAgain.click(); // still offline: it says so again, and stays usable
      await alert.waitFor();
      // Back online: "Try again" brings the results, with no reload.
      await s.context.unroute(/\/results-[0-9a-f]{16}/, block);
      const navigations = [];
      page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations.push(f.url()); });
      await tryAgain.click();
      await page.locator('.rr-plan-step').first().waitFor();
      await s.expectCard('pc_1203_4', 'eligible', ['You may qualify now']);
      assert(navigations.length === 0, `the page was not reloaded: ${navigations.join(', ')}`);
      assert(await page.getByText(w.ResultsLoadFailed).count() === 0, 'the failure message is gone');
      assert(s.log.foreign.length === 0, `requests left the origin: ${s.log.foreign.join(', ')}`);
      } finally {
        await s.context.close().catch(() => {});
      }
    }],
  ];
}

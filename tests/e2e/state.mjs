// State and privacy on the device: browser history, reloads, "Clear my answers", "Quick exit",
// and saving / opening a case file.
import { readFile } from 'node:fs/promises';
import { assert } from './harness.mjs';
import { withSession, Session, assertOnlyOwnFiles, parts, addMonths, today } from './lib.mjs';
import { shopliftingJourney } from './journeys.mjs';

const EXIT_URL = 'https://www.google.com/';
const SHOPLIFTING = 'Shoplifting ($950 or less) (PC 459.5)';

async function checked(s, name) {
  return s.page.getByRole('radio', { name, exact: true }).isChecked();
}

const SHOPLIFTING_NAME = 'Shoplifting ($950 or less) (PC 459.5)';

/**
 * The first answers in session storage (the widget's one key), or null. The widget stores them
 * as compact text (src/wizard/codec.rs): "rr4", then each "About you" answer as "-" (none) or
 * "+" and a letter (a Yes, b No, c Unsure), then the number of convictions and a colon.
 */
async function savedDraft(s) {
  const { session } = await s.storage();
  const text = session['record-relief'];
  if (!text) return null;
  const m = /^rr4((?:-|\+[a-c]){6})(\d+):/.exec(text);
  if (!m) throw new Error(`session storage is not the widget's format: ${text}`);
  const keys = ['pending_charges', 'supervised', 'serving', 'registered', 'citizen', 'has_convictions'];
  const draft = { convictions: new Array(Number(m[2])).fill(null) };
  m[1].match(/-|\+[a-c]/g).forEach((v, i) => { draft[keys[i]] = v === '-' ? null : { a: 'Yes', b: 'No', c: 'Unsure' }[v[1]]; });
  return draft;
}

/** Nothing in either storage of the widget's origin. */
async function assertStorageEmpty(s, when) {
  const { session, local } = await s.storage();
  assert(Object.keys(session).length === 0, `sessionStorage ${when}: ${JSON.stringify(session)}`);
  assert(Object.keys(local).length === 0, `localStorage ${when}: ${JSON.stringify(local)}`);
}

export function stateTests(env) {
  return [
    ['check page: "Add another arrest" asks only the new record\'s questions, and "Remove" takes a record out', withSession(env, async (s) => {
      const { page, w } = s;
      await shopliftingJourney(s);
      await page.getByRole('button', { name: w.EditAnswers }).click();
      await s.at(w.CheckTitle);
      await page.getByRole('button', { name: w.AddArrest, exact: true }).click();
      await s.offense('QArrestOffense', '242', 'Battery (PC 242)');
      await s.choose('QArrestLevel', 'LevelMisdemeanor');
      await s.date('QArrestedOn', parts(addMonths(today(), -18)));
      await s.choose('QArrestOutcome', 'ArrNotCharged');
      // The new record's questions done, it returns to the check page.
      await s.at(w.CheckTitle);
      assert(await page.getByRole('heading', { level: 2, name: 'Arrest 1' }).count() === 1, 'the new arrest is listed');
      await page.getByRole('button', { name: `${w.Remove} Conviction 1` }).click();
      await s.at(w.CheckTitle);
      assert(await page.getByRole('heading', { level: 2, name: 'Conviction 1' }).count() === 0, 'the conviction is gone');
      await s.seeResults();
      assert(await s.card('pc_851_91', 'eligible').count() === 1, 'the arrest is screened');
      assert(await s.card('pc_1203_4').count() === 0, 'the removed conviction is not');
    })],
    ['browser Back and Forward move between questions, and a reload keeps the answers', withSession(env, async (s) => {
      const { page, w } = s;
      await s.begin();
      await s.choose('QPending', 'No');
      await s.choose('QSupervised', 'Yes');
      await s.at(w.QServing);
      // History entries hold only the question's key: no answer in the URL or the history state.
      assert(page.url() === env.origin + '/', `the URL changed: ${page.url()}`);
      assert(await page.evaluate(() => history.state) === 'serving', 'history state is the question key');

      await page.goBack();
      await s.at(w.QSupervised);
      assert(await checked(s, 'Yes'), 'the Supervised answer is still chosen after Back');
      await page.goBack();
      await s.at(w.QPending);
      assert(await checked(s, 'No'), 'the Pending answer is still chosen after Back');
      await page.goBack();
      await s.at(w.AppTitle);
      await page.goForward();
      await s.at(w.QPending);
      await page.goForward();
      await s.at(w.QSupervised);
      await page.goForward();
      await s.at(w.QServing);

      // A reload (sessionStorage) keeps the page and the answers.
      await s.choose('QServing', 'NotSure');
      await s.at(w.QRegistered);
      await s.reload();
      await s.at(w.QRegistered);
      await page.getByRole('link', { name: w.Back }).click(); // "‹ Back": the arrow is CSS content
      await s.at(w.QServing);
      assert(await checked(s, w.NotSure), 'the Serving answer survived the reload');
      await page.goBack(); // history still works after the reload
      await s.at(w.QRegistered);
      await page.goBack();
      await s.at(w.QServing);
      await page.goBack();
      await s.at(w.QSupervised);
      assert(await checked(s, 'Yes'), 'the Supervised answer survived the reload');
      const draft = await savedDraft(s);
      assert(draft && draft.pending_charges === 'No' && draft.supervised === 'Yes' && draft.serving === 'Unsure',
        `answers in session storage: ${JSON.stringify(draft)}`);
      assert(Object.keys((await s.storage()).local).length === 0, 'nothing in localStorage');
    })],

    ['"Clear my answers" leaves nothing in sessionStorage or localStorage', withSession(env, async (s) => {
      const { page, w } = s;
      await s.begin();
      await s.aboutYou();
      await s.choose('QHasConvictions', 'Yes');
      await s.at(w.QOffense);
      assert((await savedDraft(s))?.citizen === 'Yes', 'the answers are in session storage before clearing');
      await page.getByRole('button', { name: 'Clear my answers' }).click();
      await s.at(w.AppTitle);
      const status = page.getByRole('status').filter({ hasText: 'Your answers have been cleared from this device.' });
      await status.waitFor();
      await assertStorageEmpty(s, 'after "Clear my answers"');
      // A reload starts afresh: the answers are gone, not only hidden.
      await s.reload();
      await s.at(w.AppTitle);
      await s.begin();
      await s.at(w.QPending);
      for (const name of ['Yes', 'No', w.NotSure]) assert(!(await checked(s, name)), `"${name}" is not chosen after clearing`);
    })],

    ['"Quick exit" leaves for a neutral page and leaves nothing in storage', async () => {
      const s = await Session.open(env);
      try {
        const { page, w } = s;
        // What the widget's origin holds when a page of it next opens in this tab.
        await s.context.addInitScript(() => {
          try {
            window.__rrStorageAtStart = {
              session: Object.fromEntries(Object.entries(sessionStorage)),
              local: Object.fromEntries(Object.entries(localStorage)),
            };
          } catch { /* an error page of another origin */ }
        });
        await s.begin();
        await s.choose('QPending', 'Yes');
        await s.choose('QSupervised', 'Yes');
        await s.at(w.QServing);
        assert((await savedDraft(s))?.pending_charges === 'Yes', 'answers are stored before the exit');
        const exit = page.waitForRequest((r) => r.url() === EXIT_URL && r.isNavigationRequest(), { timeout: 5000 });
        await page.getByRole('button', { name: 'Quick exit' }).click();
        await exit; // the navigation was attempted (the harness aborts it: no test may reach the internet)
        await page.waitForTimeout(300);
        assert(s.log.foreign.length === 1 && s.log.foreign[0] === EXIT_URL, `requests left the origin: ${s.log.foreign.join(', ')}`);
        // Everything else is checked now, before the widget is opened again below.
        assertOnlyOwnFiles(s.log, env.origin, { allowForeign: [EXIT_URL] });

        // Open the widget's origin again in the same tab: its storage is empty.
        await s.load();
        const atStart = await page.evaluate(() => window.__rrStorageAtStart);
        assert(atStart, 'the init script ran');
        assert(Object.keys(atStart.session).length === 0, `sessionStorage after Quick exit: ${JSON.stringify(atStart.session)}`);
        assert(Object.keys(atStart.local).length === 0, `localStorage after Quick exit: ${JSON.stringify(atStart.local)}`);
        await s.at(w.AppTitle);
        await s.close({ allowForeign: [EXIT_URL] });
      } catch (err) {
        await s.context.close().catch(() => {});
        throw err;
      }
    }],

    ['pressing Shift three times is Quick exit too, from any page, and leaves nothing stored', async () => {
      const s = await Session.open(env);
      try {
        const { page, w } = s;
        await s.begin();
        await s.choose('QPending', 'No');
        await s.at(w.QSupervised);
        // Two presses, a pause: nothing happens.
        await page.keyboard.press('Shift');
        await page.keyboard.press('Shift');
        await page.waitForTimeout(1200);
        await page.keyboard.press('Shift');
        await s.at(w.QSupervised);
        await page.waitForTimeout(1200); // that lone press is out of the window too
        const exit = page.waitForRequest((r) => r.url() === EXIT_URL && r.isNavigationRequest(), { timeout: 5000 });
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        await exit; // the navigation was attempted (the harness aborts it)
        await page.waitForTimeout(300);
        assert(s.log.foreign.length === 1 && s.log.foreign[0] === EXIT_URL, `requests left the origin: ${s.log.foreign.join(', ')}`);
        assertOnlyOwnFiles(s.log, env.origin, { allowForeign: [EXIT_URL] });
      } finally {
        await s.context.close().catch(() => {});
      }
    }],

    ['Remove, Clear and Save ask first: Cancel keeps everything, OK goes ahead', withSession(env, async (s) => {
      const { page, w } = s;
      await shopliftingJourney(s);
      // Cancel: the visitor changed their mind.
      page.removeAllListeners('dialog');
      const asked = [];
      page.on('dialog', (d) => { asked.push(d.message()); d.dismiss(); });
      await page.getByRole('button', { name: w.SaveAnswers, exact: true }).click();
      await page.getByRole('button', { name: w.EditAnswers, exact: true }).click();
      await s.at(w.CheckTitle);
      await page.getByRole('button', { name: new RegExp(`^${w.Remove}`) }).first().click();
      await page.getByRole('button', { name: w.ClearAnswers, exact: true }).click();
      assert(JSON.stringify(asked) === JSON.stringify([w.ConfirmSave, w.ConfirmRemove, w.ConfirmClear]), `asked: ${asked.join(' | ')}`);
      await s.at(w.CheckTitle);
      assert((await page.getByText(SHOPLIFTING_NAME).count()) > 0, 'the record is still there');
      assert((await savedDraft(s))?.convictions.length === 1, 'nothing was cleared');
      // OK: the record goes.
      page.removeAllListeners('dialog');
      page.on('dialog', (d) => d.accept());
      await page.getByRole('button', { name: new RegExp(`^${w.Remove}`) }).first().click();
      await page.waitForFunction(() => !document.body.innerText.includes('Shoplifting ($950 or less)'));
    })],

    ['save the answers to a file, clear them, then open the file again', withSession(env, async (s) => {
      const { page, w } = s;
      await shopliftingJourney(s);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save my answers to a file' }).click(),
      ]);
      assert(download.suggestedFilename() === 'record-relief-answers.json', `file name: ${download.suggestedFilename()}`);
      const file = await download.path();
      const saved = JSON.parse(await readFile(file, 'utf8'));
      assert(saved.schema === 'record-relief/case@1', `schema: ${saved.schema}`);
      assert(saved.convictions?.length === 1 && saved.convictions[0].offense === 'PC 459.5', `convictions: ${JSON.stringify(saved.convictions)}`);
      assert(saved.person?.us_citizen === 'yes', `person: ${JSON.stringify(saved.person)}`);

      await page.getByRole('button', { name: 'Clear my answers' }).click();
      await s.at(w.AppTitle);
      assert(await savedDraft(s) === null || (await savedDraft(s)).convictions.length === 0, 'cleared before opening');

      await page.getByLabel('Open saved answers').setInputFiles(file);
      await s.at(w.CheckTitle);
      await page.getByRole('status').filter({ hasText: 'Your saved answers are loaded. Check them below.' }).waitFor();
      const text = await page.locator('.rr-main').innerText();
      for (const t of [SHOPLIFTING, 'Misdemeanor', 'Probation (formal or informal, with or without some jail)',
        'I finished it with no violation', 'Conviction 1']) {
        assert(text.includes(t), `the check page should show "${t}"; it shows:\n${text}`);
      }
      const row = (label) => page.locator('.rr-summary-row').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').first();
      assert((await row(w.QPending).innerText()).trim() === 'No', 'Pending answer loaded');
      assert((await row(w.QCitizen).innerText()).trim() === 'Yes', 'Citizen answer loaded');
      assert((await row(w.QOffense).innerText()).trim() === SHOPLIFTING, 'offence loaded');
      await s.seeResults();
      await s.expectCard('pc_1203_4', 'eligible', ['If you qualify, the court must grant it.']);
    })],

    ["the results module cannot be fetched (offline after the first page): the picker says so, 'Try again' recovers, and 'I don't know the code' works", async () => {
      // Offline from the first load on: the module, fetched once the start page has painted, fails.
      const s = await Session.open(env, { before: (context) => context.route(/\/results-[0-9a-f]{16}/, (route) => route.abort('internetdisconnected')) });
      try {
        const { page, w } = s;
        await s.begin();
        await s.aboutYou();
        await s.choose('QHasConvictions', 'Yes');
        await s.at(w.QOffense);
        await page.getByRole('searchbox', { name: w.OffenseSearchLabel, exact: true }).fill('shoplifting');
        await page.getByRole('status').filter({ hasText: w.OffenseLoadFailed }).waitFor();
        // Back online, "Try again" brings the search without a reload.
        await s.context.unroute(/\/results-[0-9a-f]{16}/);
        await page.getByRole('button', { name: w.TryAgain, exact: true }).click();
        await page.getByRole('radio', { name: 'Shoplifting ($950 or less) (PC 459.5)', exact: true }).waitFor();
        await s.context.route(/\/results-[0-9a-f]{16}/, (route) => route.abort('internetdisconnected'));
        // "I don't know the code" works without the list, too.
        await page.getByRole('radio', { name: w.OffenseDontKnow, exact: true }).check();
        await page.getByRole('radio', { name: w.CatTheft, exact: true }).check();
        await s.continue();
        assert(!(await page.getByText(w.OffenseLoadFailed).isVisible()), 'moved on from the picker');
      } finally {
        await s.context.close().catch(() => {});
      }
    }],

    ['opening a bad file (not JSON, or a field the strict reader refuses) shows the error', withSession(env, async (s) => {
      const { page, w } = s;
      const input = page.getByLabel('Open saved answers');
      await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('this is not JSON') });
      const alert = page.getByRole('alert');
      await alert.filter({ hasText: 'We could not open that file' }).waitFor();
      assert((await alert.innerText()).includes('The file is not a saved-answers file from this tool.'), 'the not-a-file message');
      await s.at(w.AppTitle); // still on the start page
      assert(await input.getAttribute('aria-describedby') === 'rr-open-file-error', 'the file input is described by its error');

      const bad = {
        schema: 'record-relief/case@1',
        person: { pending_charges: 'no' },
        convictions: [{ id: 'c1', offense: 'PC 459.5', level: 'misdemeanor', convicted_on: 'last spring', sentence: 'probation' }],
        arrests: [],
      };
      await input.setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
      await alert.filter({ hasText: 'convicted_on' }).waitFor();
      const message = await alert.innerText();
      assert(message.includes('convictions[0].convicted_on'), `the message names the field: ${message}`);
      await s.at(w.AppTitle);
      assert(await savedDraft(s) === null || (await savedDraft(s)).convictions.length === 0, 'nothing was loaded');
    })],
  ];
}

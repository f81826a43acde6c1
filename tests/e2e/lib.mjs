// Shared helpers for the end-to-end suite: the widget's own words (read from the Rust source, so a
// renamed label fails loudly), a session per test with the privacy checks, and small steps that
// answer one question page each through its accessible roles and labels.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, assertPrivate, assert, appReady } from './harness.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = path.join(root, 'dist');

// --- The widget's words ---------------------------------------------------------------------

/** `Msg` name → { en, es }, parsed from src/i18n/messages.rs. */
function parseMessages() {
  const src = readFileSync(path.join(root, 'src', 'i18n', 'messages.rs'), 'utf8');
  const body = src.slice(src.indexOf('messages! {'));
  const lit = '"((?:[^"\\\\]|\\\\.)*)"';
  const re = new RegExp(`(\\w+)\\s*=>\\s*\\[\\s*${lit}\\s*,\\s*${lit}\\s*,?\\s*\\]`, 'g');
  const unescape = (s) => s.replace(/\\(.)/g, '$1');
  const out = {};
  for (const m of body.matchAll(re)) {
    // One name across all the tables: the tests look words up by name alone.
    if (out[m[1]]) throw new Error(`message name ${m[1]} is used twice in messages.rs`);
    out[m[1]] = { en: unescape(m[2]), es: unescape(m[3]) };
  }
  return out;
}
const MESSAGES = parseMessages();
assert(Object.keys(MESSAGES).length > 150, 'could not read src/i18n/messages.rs');

/** The words of one language: `words('en').QPending`. A missing key throws. */
export function words(lang) {
  return new Proxy({}, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      const m = MESSAGES[key];
      if (!m) throw new Error(`no message ${key} in messages.rs`);
      return m[lang];
    },
  });
}

export const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
export const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
  'septiembre', 'octubre', 'noviembre', 'diciembre'];

// --- Dates (the widget's "today" is the device's local date, as here) -------------------------

export function today() {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}
export function addYears(date, n) {
  const d = new Date(date.getFullYear() + n, date.getMonth(), date.getDate());
  if (d.getDate() !== date.getDate()) d.setDate(0); // 29 February → 28 February
  return d;
}
export function addMonths(date, n) {
  const d = new Date(date.getFullYear(), date.getMonth() + n, 1);
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
  d.setDate(Math.min(date.getDate(), last));
  return d;
}
export function addDays(date, n) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + n);
}
/** The parts the date page takes. */
export function parts(date) {
  return { day: String(date.getDate()), month: String(date.getMonth() + 1), year: String(date.getFullYear()) };
}
/** As the widget shows a full date: "March 3, 2027" / "3 de marzo de 2027". */
export function shown(date, lang = 'en') {
  const [d, m, y] = [date.getDate(), date.getMonth(), date.getFullYear()];
  return lang === 'es' ? `${d} de ${ES_MONTHS[m]} de ${y}` : `${EN_MONTHS[m]} ${d}, ${y}`;
}

// --- One session per test ---------------------------------------------------------------------

/** The files the static server may serve: dist/ and its root. */
/**
 * The files a first visit to the widget downloads: the page, its scripts, the main wasm module
 * and the stylesheet. Not `embed.js` (the law firm's loader, not part of a visit to the widget)
 * and not the results module (`results-*`), which loads once the visitor has started. The e2e
 * suite checks that a first visit requests exactly these; the size budget and the bench count them.
 */
export function firstLoadFiles(dir) {
  return readdirSync(dir)
    .filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'embed.js' && !f.startsWith('results-'))
    .sort();
}

export function ownFiles() {
  return new Set(['/', ...readdirSync(dist).map((f) => '/' + f)]);
}

/**
 * Every request came from this origin and named one of the page's own static files; none after
 * the app loaded; no console error. `allowForeign` lists navigations a test deliberately
 * starts (Quick exit) and that the harness aborted.
 */
export function assertOnlyOwnFiles(log, origin, { allowForeign = [] } = {}) {
  const files = ownFiles();
  const strange = log.requests.filter((u) => {
    if (allowForeign.includes(u)) return false;
    if (!u.startsWith(origin + '/')) return true;
    return !files.has(new URL(u).pathname);
  });
  if (strange.length) throw new Error(`requests for something other than the page's own files: ${strange.join(', ')}`);
  if (allowForeign.length) {
    const rest = { ...log, foreign: log.foreign.filter((u) => !allowForeign.includes(u)),
      afterLoad: log.afterLoad.filter((u) => !allowForeign.includes(u)) };
    assertPrivate(rest);
  } else {
    assertPrivate(log);
  }
}

export class Session {
  constructor(env, opened) {
    this.env = env;
    this.context = opened.context;
    this.page = opened.page;
    this.log = opened.log;
    this.lang = 'en';
    this.w = words('en');
    // Confirmations (Remove, Clear, Save) are accepted, as a visitor who means it does; each
    // message is kept for the tests to check.
    this.dialogs = [];
    this.page.on('dialog', (dialog) => { this.dialogs.push(dialog.message()); dialog.accept(); });
  }

  /** The question helpers inside `scope` (an iframe's frame locator, or an inline host), for a
   * page opened some other way; no privacy log, no context of its own. */
  static within(scope, lang = 'en') {
    const s = Object.create(Session.prototype);
    Object.assign(s, { page: scope, lang, w: words(lang) });
    return s;
  }

  /** `before(context)` runs before the first load (to route requests, say). */
  static async open(env, { viewport, lang = 'en', before } = {}) {
    const s = new Session(env, await openPage(env.browser, env.origin, { viewport }));
    if (before) await before(s.context);
    await s.load();
    if (lang === 'es') await s.switchLanguage('es');
    return s;
  }

  /** Goes to the widget and waits until it has rendered; from then on no request may happen. */
  async load(url = this.env.origin + '/') {
    this.log.loaded = false;
    await this.page.goto(url);
    await appReady(this.page);
    await this.page.waitForLoadState('load');
    this.log.loaded = true;
  }

  /** Reloads the page: the reload's own fetches of the static files are allowed again. */
  async reload() {
    this.log.loaded = false;
    await this.page.reload();
    await appReady(this.page);
    await this.page.waitForLoadState('load');
    this.log.loaded = true;
  }

  async switchLanguage(lang) {
    if (lang === this.lang) return;
    const other = words(this.lang).LanguageSwitch;
    await this.page.getByRole('button', { name: other }).click();
    this.lang = lang;
    this.w = words(lang);
    await this.page.locator(`.rr[lang="${lang}"]`).waitFor();
  }

  /** The privacy checks, then the context is closed. */
  async close(opts) {
    try {
      await this.page.waitForTimeout(200); // let any late request show itself
      assertOnlyOwnFiles(this.log, this.env.origin, opts);
    } finally {
      await this.context.close();
    }
  }

  // --- Reading the page ---

  h1() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async heading() {
    return (await this.h1().textContent()).trim();
  }

  /** Waits until the page's h1 is exactly `text`. */
  async at(text) {
    await this.page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor({ timeout: 10000 });
  }

  async storage() {
    return this.page.evaluate(() => ({
      session: Object.fromEntries(Object.entries(sessionStorage)),
      local: Object.fromEntries(Object.entries(localStorage)),
    }));
  }

  // --- Answering, one page each ---

  async continue() {
    await this.page.getByRole('button', { name: this.w.Continue, exact: true }).click();
  }

  async begin() {
    await this.at(this.w.AppTitle);
    await this.page.getByRole('button', { name: this.w.StartButton, exact: true }).click();
  }

  /** A radio question: `heading` and `option` are message keys (or literal text). */
  async choose(heading, option) {
    await this.at(this.text(heading));
    await this.page.getByRole('radio', { name: this.text(option), exact: true }).check();
    await this.continue();
  }

  /** A date question: { day, month, year } (each optional) or 'unsure'. */
  async date(heading, value) {
    await this.at(this.text(heading));
    const w = this.w;
    if (value === 'unsure') {
      await this.page.getByRole('checkbox', { name: w.DateNotSure, exact: true }).check();
    } else {
      const { day = '', month = '', year = '' } = value;
      // Field by field, as a person does: each field gets focus, and leaving it commits it.
      await this.page.getByRole('textbox', { name: w.DateDay, exact: true }).fill(day);
      const monthField = this.page.getByRole('combobox', { name: w.DateMonth, exact: true });
      await monthField.focus();
      await monthField.selectOption(month);
      await this.page.getByRole('textbox', { name: w.DateYear, exact: true }).fill(year);
    }
    await this.continue();
  }

  /** The offence picker: type `query`, choose the result named `option` (or "I don't know the code"). */
  async offense(heading, query, option, kind) {
    await this.at(this.text(heading));
    await this.page.getByRole('searchbox', { name: this.w.OffenseSearchLabel, exact: true }).fill(query);
    await this.page.getByRole('radio', { name: this.text(option), exact: true }).check();
    if (kind) await this.page.getByRole('radio', { name: this.text(kind), exact: true }).check();
    await this.continue();
  }

  /** "Has a court already cleared or reduced this conviction?" — tick the given boxes. */
  async relief(checks = []) {
    await this.at(this.w.QRelief);
    for (const c of checks) await this.page.getByRole('checkbox', { name: this.text(c), exact: true }).check();
    await this.continue();
  }

  /** The five "About you" questions; `answers` overrides any of them (message keys). */
  async aboutYou(answers = {}) {
    const a = { QPending: 'No', QSupervised: 'No', QServing: 'No', QRegistered: 'No', QCitizen: 'Yes', ...answers };
    for (const q of ['QPending', 'QSupervised', 'QServing', 'QRegistered', 'QCitizen']) await this.choose(q, a[q]);
  }

  /** From the check page to the results. */
  async seeResults() {
    await this.at(this.w.CheckTitle);
    await this.page.getByRole('button', { name: this.w.CheckSubmit, exact: true }).click();
    await this.at(this.w.ResultsTitle);
  }

  /** A message key in the current language, or the text itself. */
  text(keyOrText) {
    try {
      return this.w[keyOrText];
    } catch {
      return keyOrText;
    }
  }

  // --- Results ---

  card(remedy, outcome) {
    const sel = outcome ? `.rr-card[data-remedy="${remedy}"][data-outcome="${outcome}"]` : `.rr-card[data-remedy="${remedy}"]`;
    return this.page.locator(sel);
  }

  /** The section of results for one record ("Options for Conviction 1: …"). */
  record(title) {
    return this.page.getByRole('region', { name: title });
  }

  /** Opens each record's details (collapsed under "Your plan"), as a visitor does with a tap. */
  async openDetails() {
    const closed = this.page.locator('.rr-record-details:not([open]) > summary');
    for (let n = await closed.count(); n > 0; n = await closed.count()) await closed.first().click();
  }

  /** "Your plan" as text, one step per line. */
  async plan() {
    return (await this.page.locator('.rr-plan-step').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** The cards on the page as [remedy, outcome] pairs, for messages. */
  async cards() {
    return this.page.$$eval('.rr-card', (els) => els.map((e) => `${e.closest('section')?.querySelector('h2')?.textContent}: ${e.dataset.remedy}=${e.dataset.outcome}`));
  }

  /** Asserts one card exists (within `scope`), and that its text includes each of `texts`. */
  async expectCard(remedy, outcome, texts = [], scope = this.page) {
    await this.openDetails();
    const sel = `.rr-card[data-remedy="${remedy}"][data-outcome="${outcome}"]`;
    const card = scope.locator(sel);
    const n = await card.count();
    if (n !== 1) throw new Error(`expected one ${sel}, found ${n}; the page shows: ${(await this.cards()).join('; ')}`);
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    for (const t of texts) assert(text.includes(t), `${sel} should say "${t}"; it says: ${text}`);
    return card;
  }
}

/** Runs `fn` with a fresh session and always closes it (with the privacy checks). */
export function withSession(env, fn, opts = {}) {
  return async () => {
    const s = await Session.open(env, opts);
    let failed = false;
    try {
      await fn(s);
    } catch (err) {
      failed = true;
      await s.context.close().catch(() => {});
      throw err;
    } finally {
      if (!failed) await s.close(opts.closeOpts);
    }
  };
}

/**
 * The case page in the browser: the form, the results and the downloads. Bundled with esbuild into
 * page.js (scripts/build-page.mjs), which `poortwachter serve` answers at `/page.js` and
 * `poortwachter page --out DIR` writes beside index.html, with the two scripts page.js loads after
 * its first drawing: the English words (`page-en.js`) and the renderers of the downloads and the
 * explanation of a date (`page-exports.js`), src/page/chunks.ts. page.js holds everything the first
 * view of a case draws, the picture too (the size of page.js: docs/performance.md).
 *
 * Nothing here sends case data: the engine runs in this script, downloads are Blobs made here, the
 * later scripts are plain files from the page's own origin, and the case lives in the form and the
 * URL fragment (which a browser never sends to a server).
 *
 * @module
 */
import { escapeXml as esc } from '../format/report-common.js';
import { renderTimelineSvg } from '../format/svg.js';
import { enCatalogue } from '../i18n/en.js';
import { eventTypeLabel, type Lang, pathName } from '../i18n/index.js';
import { enIssues, enSuggestions } from '../i18n/issues.js';
import { pageEn } from '../i18n/page-en.js';
import { type PageWords, pageNl } from '../i18n/page-nl.js';
import { MILESTONE_RULES } from '../law/milestones.js';
import type { CaseEvent, CaseEventType, CaseTimeline, InputIssue } from '../types.js';
import { CHUNK_FILES, type ChunkName, type Chunks, loadedChunk } from './chunks.js';
import { computeCase, type PageResult } from './compute.js';
import { readFragment, writeFragment } from './fragment.js';
import {
  CASEMANAGER_TYPES,
  type CaseModel,
  COURSE_TYPES,
  EMPTY_CASE,
  type EventField,
  fieldsOf,
  fromCaseInput,
  STEP_TYPES,
  toCaseInput,
  VANGNET_GRONDEN,
} from './model.js';
import { dossierHtml, findingsHtml, stepsHtml, summaryHtml, wageHtml } from './view.js';

const WORDS: Readonly<Record<Lang, PageWords>> = { nl: pageNl, en: pageEn };

/** Today in Europe/Amsterdam as YYYY-MM-DD (the default as-of date), without a date library: Swedish writes dates the ISO way. */
function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/** The page's state: one object, changed only by the handlers below. */
const app: {
  model: CaseModel;
  asOf: string;
  lang: Lang;
  input: Record<string, unknown>;
  result: PageResult | null;
  hash: string;
  fileIssues: readonly InputIssue[];
  fileName: string;
  /** The case file opened last and the as-of date it was checked on (its issues are made again when the English words come). */
  file: { readonly input: unknown; readonly asOf: string } | null;
} = { model: EMPTY_CASE, asOf: today(), lang: 'nl', input: {}, result: null, hash: '', fileIssues: [], fileName: '', file: null };

const $ = (id: string): HTMLElement | null => document.getElementById(id);
const w = (): PageWords => WORDS[app.lang];

// --- the later scripts ----------------------------------------------------------------------------

const loading = new Map<ChunkName, Promise<unknown>>();

/**
 * A later script (src/page/chunks.ts), loaded once from beside page.js: a `<script>` of the page's
 * own origin, which the CSP allows (it allows no request from script). Rejects when it cannot be
 * loaded (offline before it came); the next call tries again.
 */
function loadChunk<K extends ChunkName>(name: K): Promise<Chunks[K]> {
  const have = loadedChunk(name);
  if (have !== undefined) return Promise.resolve(have);
  const pending = loading.get(name) as Promise<Chunks[K]> | undefined;
  if (pending !== undefined) return pending;
  const promise = new Promise<Chunks[K]>((resolve, reject) => {
    const script = document.createElement('script');
    const self = document.querySelector<HTMLScriptElement>('script[src$="page.js"]');
    script.src = new URL(CHUNK_FILES[name], self?.src ?? document.baseURI).href;
    const fail = (): void => {
      loading.delete(name);
      script.remove();
      reject(new Error(CHUNK_FILES[name]));
    };
    script.addEventListener('load', () => {
      const chunk = loadedChunk(name);
      if (chunk === undefined) fail();
      else resolve(chunk);
    });
    script.addEventListener('error', fail);
    document.head.append(script);
  });
  loading.set(name, promise);
  return promise;
}

/**
 * Whether the words of `lang` are here: Dutch always; English once page-en.js has run. (In page.js
 * the English catalogue and words are empty until then, scripts/build-page.mjs; from the sources,
 * in the tests, they are whole.)
 */
const hasWords = (lang: Lang): boolean => lang === 'nl' || Object.keys(pageEn).length > 0;

/**
 * Makes the words of `lang` ready: English from page-en.js, put into the catalogue objects every
 * renderer reads. An input issue carries its message in both languages from when it was made: the
 * issues of the case file opened before then are made again (the form's, on every drawing).
 */
function withWords(lang: Lang): Promise<void> {
  if (hasWords(lang)) return Promise.resolve();
  return loadChunk('en').then((en) => {
    if (hasWords('en')) return;
    Object.assign(enCatalogue, en.catalogue);
    Object.assign(pageEn, en.page);
    Object.assign(enIssues.message, en.issues.message);
    Object.assign(enSuggestions, en.suggestions);
    // The steps' titles are objects of the rule table ({ nl, en }), whose English page.js lacks (scripts/build-page.mjs).
    for (const r of MILESTONE_RULES) Object.assign(r.title, { en: en.titles[r.id] ?? r.title.en });
    if (app.file !== null) app.fileIssues = issuesOf(computeCase(app.file.input, app.file.asOf));
  });
}

const issuesOf = (r: PageResult): readonly InputIssue[] => (r.ok ? [] : r.issues);

/** Draws the page in `lang` as soon as its words are here; stays in the language shown when they cannot be loaded, and says so. */
function showIn(lang: Lang, focus: string | null): void {
  const draw = (): void => {
    renderAll();
    if (focus !== null) $(focus)?.focus();
  };
  if (hasWords(lang)) {
    app.lang = lang;
    draw();
    return;
  }
  withWords(lang).then(
    () => {
      app.lang = lang;
      draw();
    },
    () => {
      draw();
      announce(w().notLoaded(CHUNK_FILES.en));
    },
  );
}

/** Says something in the live region (under the results heading). */
function announce(text: string): void {
  const live = $('live');
  if (live !== null) live.textContent = text;
}

/** Loads the later scripts when the page has been drawn, so that it works offline from then on. */
function preload(): void {
  const load = (): void => {
    for (const name of Object.keys(CHUNK_FILES) as ChunkName[]) loadChunk(name).catch(() => {});
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load, 100);
}

// --- the form -------------------------------------------------------------------------------------

function textField(id: string, label: string, value: string, hint: string | null, extra = ''): string {
  const described = `${hint === null ? '' : `${id}-hint `}${id}-msg`;
  return `<div class="field"><label for="${id}">${esc(label)}</label><input id="${id}" type="text" autocomplete="off" spellcheck="false" value="${esc(value)}" aria-describedby="${described}"${extra}>${hint === null ? '' : `<span class="hint" id="${id}-hint">${esc(hint)}</span>`}<span class="msg" id="${id}-msg"></span></div>`;
}

function selectField(id: string, label: string, value: string, options: readonly (readonly [string, string])[]): string {
  return `<div class="field"><label for="${id}">${esc(label)}</label><select id="${id}" aria-describedby="${id}-msg">${options
    .map(([v, text]) => `<option value="${esc(v)}"${v === value ? ' selected' : ''}>${esc(text)}</option>`)
    .join('')}</select><span class="msg" id="${id}-msg"></span></div>`;
}

function eventFieldHtml(i: number, type: string, field: EventField, value: string): string {
  const words = w();
  const id = `f-events-${i}-${field}`;
  switch (field) {
    case 'date':
      return textField(id, words.field.date, value, words.dateHint);
    case 'until':
      return textField(id, type === 'loonsanctie-bekort' ? words.field.untilOptional : words.field.until, value, words.dateHint);
    case 'weeks':
      return textField(id, words.field.weeks, value, null, ' inputmode="numeric"');
    case 'percentage':
      return textField(id, words.field.percentage, value, null, ' inputmode="decimal"');
    case 'step':
      return textField(id, words.field.step, value, null);
    case 'casemanagerType':
      return selectField(id, words.field.casemanagerType, value, [
        ['', words.notRecorded],
        ...CASEMANAGER_TYPES.map((t) => [t, words.casemanagerTypes[t]] as const),
      ]);
    case 'note':
      return textField(id, words.field.note, value, null, ' class="wide"');
  }
}

function eventLabel(type: string): string {
  return eventTypeLabel(type as CaseEventType, app.lang);
}

function formHtml(): string {
  const words = w();
  const m = app.model;
  const events = m.events
    .map((e, i) => {
      const legend = words.event(i + 1, eventLabel(e.type));
      return `<li><fieldset class="event" id="f-events-${i}" data-type="${esc(e.type)}"><legend>${esc(legend)}</legend><div class="fields">${fieldsOf(
        e.type,
      )
        .map((f) => eventFieldHtml(i, e.type, f, e.values[f] ?? ''))
        .join(
          '',
        )}<button type="button" class="remove" data-remove="${i}">${esc(words.removeShort)}<span class="vh"> ${esc(words.remove(i + 1))}</span></button></div><span class="msg" id="f-events-${i}-msg"></span><span class="msg" id="f-events-${i}-type-msg"></span></fieldset></li>`;
    })
    .join('');
  const option = (t: string): string => `<option value="${esc(t)}">${esc(eventLabel(t))}</option>`;
  const v = m.vangnet;
  const vangnetFields =
    v.grond === ''
      ? ''
      : `${textField('f-vangnet-bekendOp', words.bekendOp, v.bekendOp, words.dateHint)}${textField('f-vangnet-uitgerekendeDatum', words.uitgerekendeDatum, v.uitgerekendeDatum, words.dateHint)}<div class="field check"><input type="checkbox" id="f-vangnet-meerling"${v.meerling ? ' checked' : ''} aria-describedby="f-vangnet-meerling-msg"><label for="f-vangnet-meerling">${esc(words.meerling)}</label><span class="msg" id="f-vangnet-meerling-msg"></span></div>`;
  return `<div class="fields top">${textField('f-firstSickDay', words.firstSickDay, m.firstSickDay, words.dateHint, ' required')}${textField('f-asOf', words.asOf, app.asOf, words.dateHint)}</div>
<fieldset class="events"><legend>${esc(words.events)}</legend>
${m.events.length === 0 ? `<p class="sub">${esc(words.noEvents)}</p>` : `<ol class="event-list">${events}</ol>`}
<div class="add"><div class="field"><label for="f-new-type">${esc(words.pickType)}</label><select id="f-new-type"><optgroup label="${esc(words.groupSteps)}">${STEP_TYPES.map(option).join('')}</optgroup><optgroup label="${esc(words.groupCourse)}">${COURSE_TYPES.map(option).join('')}</optgroup></select></div><button type="button" id="add-event">${esc(words.addEvent)}</button></div>
</fieldset>
<fieldset class="vangnet"><legend>${esc(words.vangnet)}</legend><div class="fields">${selectField(
    'f-vangnet-grond',
    words.vangnetGrond,
    v.grond,
    [['', words.noVangnet], ...VANGNET_GRONDEN.map((g) => [g, words.vangnetGronden[g]] as const)],
  )}${vangnetFields}</div></fieldset>
<fieldset class="file"><legend>${esc(words.file)}</legend><div class="buttons"><input type="file" id="f-open" class="vh-file" accept=".json,application/json"><label for="f-open" class="button">${esc(words.open)}</label><button type="button" id="save-case">${esc(words.save)}</button><button type="button" id="new-case">${esc(words.newCase)}</button></div><div id="file-msg" role="status"></div></fieldset>
<div id="issues" role="status"></div>`;
}

/** Puts the words of `lang` into the page's frame (index.html: each `data-w` names its word), then draws the form and results. */
function renderAll(): void {
  const focused = document.activeElement?.id ?? '';
  const words = w() as unknown as Record<string, unknown>;
  document.documentElement.lang = app.lang;
  document.title = w().title;
  for (const el of document.querySelectorAll<HTMLElement>('[data-w]')) {
    const text = (el.dataset.w ?? '').split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], words);
    if (typeof text === 'string') el.textContent = text;
  }
  $('lang')?.setAttribute('lang', app.lang === 'nl' ? 'en' : 'nl');
  const form = $('case-form');
  if (form !== null) form.innerHTML = formHtml();
  update();
  if (focused !== '') $(focused)?.focus();
}

/** Draws only the form (an event added or removed, the vangnet ground changed). */
function renderForm(focus: string | null): void {
  const form = $('case-form');
  if (form === null) return;
  form.innerHTML = formHtml();
  update();
  if (focus !== null) $(focus)?.focus();
}

// --- results --------------------------------------------------------------------------------------

function showIssues(issues: readonly InputIssue[]): void {
  const words = w();
  for (const el of document.querySelectorAll<HTMLElement>('#case-form .msg')) el.textContent = '';
  for (const el of document.querySelectorAll('#case-form [aria-invalid]')) el.removeAttribute('aria-invalid');
  const list: string[] = [];
  for (const issue of issues) {
    const id = `f-${issue.path.join('-')}`;
    const message = issue.message[app.lang];
    const msg = $(`${id}-msg`);
    list.push(`<li>${esc(message)}</li>`);
    if (msg === null) continue;
    const prefix = `${pathName(issue.path)}: `;
    msg.textContent =
      (msg.textContent === '' ? '' : `${msg.textContent} `) + (message.startsWith(prefix) ? message.slice(prefix.length) : message);
    $(id)?.setAttribute('aria-invalid', 'true');
  }
  const box = $('issues');
  if (box !== null)
    box.innerHTML = issues.length === 0 ? '' : `<p><strong>${esc(words.issues(issues.length))}</strong></p><ul>${list.join('')}</ul>`;
}

/**
 * The picture, as a group rather than an image: its markers are links to the rows, and an image
 * role would hide them from assistive technology (axe: nested-interactive).
 */
function pictureSvg(t: CaseTimeline, events: readonly CaseEvent[]): string {
  return renderTimelineSvg(t, { lang: app.lang, events, idPrefix: 'pg' }).replace(/^(<svg[^>]*) role="img"/, '$1 role="group"');
}

function resultHtml(t: CaseTimeline): string {
  const words = w();
  const lang = app.lang;
  const events = (app.input.events ?? []) as readonly CaseEvent[];
  return `${summaryHtml(t, words, lang)}
<figure class="picture">${pictureSvg(t, events)}</figure>
<h3 id="h-findings">${esc(words.findings)} (${t.flags.length})</h3>${findingsHtml(t, words, lang)}
<h3 id="h-steps">${esc(words.steps)} (${t.milestones.length})</h3><div class="table-wrap">${stepsHtml(t, words, lang)}</div>
<h3 id="h-wage">${esc(words.wage)}</h3>${wageHtml(t, words, lang)}
<h3 id="h-dossier">${esc(words.dossier)}</h3>${dossierHtml(t, words, lang)}`;
}

/** Reads nothing from the DOM: evaluates the model, shows issues and results, writes the fragment. */
function update(): void {
  const words = w();
  app.input = toCaseInput(app.model);
  const blank = app.model.firstSickDay.trim() === '' && app.model.events.length === 0 && app.model.vangnet.grond === '';
  const result = computeCase(app.input, app.asOf);
  app.result = result;
  const issues = result.ok ? [] : blank ? result.issues.filter((i) => i.path[0] !== 'firstSickDay') : result.issues;
  showIssues(issues);
  const out = $('out');
  const live = $('live');
  if (out !== null && live !== null) {
    if (result.ok) {
      const t = result.timeline;
      out.innerHTML = resultHtml(t);
      live.textContent = words.live(
        t.milestones.length,
        t.milestones.filter((m) => m.status === 'overdue').length,
        t.milestones.filter((m) => m.status === 'due-soon').length,
      );
    } else {
      out.innerHTML = '';
      live.textContent = blank ? words.start : words.issues(issues.length);
    }
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-export]')) b.disabled = !result.ok;
  const fileMsg = $('file-msg');
  if (fileMsg !== null) {
    fileMsg.innerHTML =
      app.fileName === ''
        ? ''
        : `<p>${esc(words.opened(app.fileName))}</p>${app.fileIssues.length === 0 ? '' : `<ul>${app.fileIssues.map((i) => `<li>${esc(i.message[app.lang])}</li>`).join('')}</ul>`}`;
  }
  const hash = blank ? '' : writeFragment(app.input, app.asOf, app.lang);
  if (hash !== app.hash) {
    app.hash = hash;
    history.replaceState(null, '', hash === '' ? location.pathname + location.search : hash);
  }
  const link = $('f-link') as HTMLInputElement | null;
  if (link !== null) link.value = hash === '' ? '' : location.href;
}

// --- files ----------------------------------------------------------------------------------------

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportAs(kind: string): void {
  const result = app.result;
  if (result === null || !result.ok) return;
  const t = result.timeline;
  const lang = app.lang;
  const caseId = app.model.id;
  const base = `poortwachter-${caseId === undefined ? t.firstSickDay : String(caseId).replace(/[^\w.-]+/g, '_')}`;
  const events = (app.input.events ?? []) as readonly CaseEvent[];
  if (kind === 'json') {
    download(`${base}-timeline.json`, 'application/json', `${JSON.stringify(t, null, 2)}\n`);
    return;
  }
  // ICS, CSV and the HTML report are made by page-exports.js.
  withExports(({ exportFile }) => {
    const file = exportFile(kind, base, t, { input: app.input, asOf: app.asOf, lang, caseId, events });
    if (file !== null) download(...file);
  });
}

/**
 * Runs `use` with page-exports.js (the downloads, an explanation): at once when it has run — it is
 * loaded after the first drawing, so normally it has, and a download is made within the click —
 * else when it has come; says so when it cannot be loaded.
 */
function withExports(use: (later: Chunks['exports']) => void): void {
  const later = loadedChunk('exports');
  if (later !== undefined) use(later);
  else loadChunk('exports').then(use, () => announce(w().notLoaded(CHUNK_FILES.exports)));
}

function openFile(file: File): void {
  file.text().then(
    (text) => {
      app.fileName = file.name;
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch (error) {
        app.fileIssues = [];
        app.file = null;
        const msg = $('file-msg');
        if (msg !== null) msg.textContent = w().notJson(String((error as Error).message));
        return;
      }
      // What the file holds beyond the form (unknown fields, a bad type) is reported once, here.
      app.file = { input, asOf: app.asOf };
      app.fileIssues = issuesOf(computeCase(input, app.asOf));
      app.model = fromCaseInput(input);
      renderForm('f-open');
    },
    () => {},
  );
}

// --- events ---------------------------------------------------------------------------------------

/** Puts a field's text into the model. */
function onInput(target: HTMLInputElement | HTMLSelectElement): boolean {
  const id = target.id;
  const value = target.type === 'checkbox' ? String((target as HTMLInputElement).checked) : target.value;
  const m = app.model;
  if (id === 'f-firstSickDay') app.model = { ...m, firstSickDay: value };
  else if (id === 'f-asOf') app.asOf = value.trim();
  else if (id === 'f-vangnet-grond') {
    app.model = { ...m, vangnet: { ...m.vangnet, grond: value } };
    return true;
  } else if (id === 'f-vangnet-bekendOp' || id === 'f-vangnet-uitgerekendeDatum') {
    const key = id === 'f-vangnet-bekendOp' ? 'bekendOp' : 'uitgerekendeDatum';
    app.model = { ...m, vangnet: { ...m.vangnet, [key]: value } };
  } else if (id === 'f-vangnet-meerling') app.model = { ...m, vangnet: { ...m.vangnet, meerling: value === 'true' } };
  else {
    const match = /^f-events-(\d+)-(\w+)$/.exec(id);
    if (match === null) return false;
    const i = Number(match[1]);
    const field = match[2] as EventField;
    app.model = {
      ...m,
      events: m.events.map((e, j) => (j === i ? { ...e, values: { ...e.values, [field]: value } } : e)),
    };
  }
  return false;
}

function bind(): void {
  document.addEventListener('input', (ev) => {
    const target = ev.target as HTMLInputElement | HTMLSelectElement;
    if (target.closest('#case-form') === null || target.id === 'f-open' || target.id === 'f-new-type') return;
    if (onInput(target)) renderForm(target.id);
    else update();
  });
  document.addEventListener('change', (ev) => {
    const target = ev.target as HTMLInputElement;
    if (target.id === 'f-open' && target.files !== null && target.files[0] !== undefined) openFile(target.files[0]);
  });
  document.addEventListener('click', (ev) => {
    const target = ev.target as Element;
    const button = target.closest('button');
    if (button !== null) {
      if (button.id === 'lang') showIn(app.lang === 'nl' ? 'en' : 'nl', 'lang');
      else if (button.id === 'add-event') {
        const type = ($('f-new-type') as HTMLSelectElement).value;
        app.model = { ...app.model, events: [...app.model.events, { type, values: {} }] };
        renderForm(`f-events-${app.model.events.length - 1}-date`);
      } else if (button.dataset.remove !== undefined) {
        const i = Number(button.dataset.remove);
        app.model = { ...app.model, events: app.model.events.filter((_, j) => j !== i) };
        const next =
          app.model.events.length > i ? `f-events-${i}-date` : app.model.events.length > 0 ? `f-events-${i - 1}-date` : 'f-new-type';
        renderForm(next);
      } else if (button.id === 'save-case') {
        download(
          `poortwachter-case-${(app.input.firstSickDay as string | undefined) ?? 'nieuw'}.json`,
          'application/json',
          `${JSON.stringify(app.input, null, 2)}\n`,
        );
      } else if (button.id === 'new-case') {
        app.model = EMPTY_CASE;
        app.fileName = '';
        app.fileIssues = [];
        app.file = null;
        renderForm('f-firstSickDay');
      } else if (button.dataset.export !== undefined) exportAs(button.dataset.export);
      return;
    }
    // Links to a step's row (the picture's markers, the findings): scroll and focus, keep the fragment.
    const a = target.closest('a');
    const href = a?.getAttribute('href') ?? '';
    if (href.startsWith('#m-')) {
      ev.preventDefault();
      const row = $(href.slice(1));
      if (row !== null) {
        row.scrollIntoView({ block: 'center' });
        row.focus();
      }
    }
  });
  // An explanation is rendered when it is opened.
  document.addEventListener(
    'toggle',
    (ev) => {
      const details = ev.target as HTMLDetailsElement;
      if (!details.classList?.contains('why') || !details.open) return;
      const body = details.querySelector('.why-body');
      const result = app.result;
      if (body === null || body.childElementCount > 0 || result === null || !result.ok) return;
      const m = result.timeline.milestones[Number(details.dataset.index)];
      if (m === undefined) return;
      // An explanation, its words and the legal sources come with page-exports.js (scripts/build-page.mjs).
      withExports(({ explanationHtml }) => {
        if (body.childElementCount === 0 && app.result === result) body.innerHTML = explanationHtml(m, app.input, app.asOf, app.lang, w());
      });
    },
    true,
  );
  window.addEventListener('hashchange', () => {
    if (location.hash === app.hash || !location.hash.startsWith('#case=')) return;
    showIn(loadFragment(), null);
  });
}

/** Takes the case and as-of date of the fragment; returns its language (shown by {@link showIn}). */
function loadFragment(): Lang {
  const state = readFragment(location.hash);
  if (state.asOf !== null) app.asOf = state.asOf;
  if (state.case !== null) app.model = fromCaseInput(state.case);
  app.hash = location.hash;
  return state.lang;
}

function start(): void {
  const lang = loadFragment();
  bind();
  showIn(lang, null);
  preload();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

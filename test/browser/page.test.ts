/**
 * The case page in a real browser: headless Chromium (the Debian `chromium` package, driven by
 * playwright-core) against the built CLI's `poortwachter serve --log`, which this test starts on
 * 127.0.0.1 and stops. It types cases with the keyboard only and compares every row's `data-due`
 * with `evaluateCase` in Node; runs axe-core; measures the layout at 360, 768 and 1920 px; records
 * every request (in the browser and in the server's log) to show that none carries the case; takes
 * the downloads offline; opens a link; and loads the files of `poortwachter page --out` from disk.
 * Saves docs/page.png when POORTWACHTER_PAGE_SCREENSHOT=1 (the README's screenshot) and screenshots
 * to test-artifacts/ (gitignored).
 *
 * Needs `npm run build` (dist/cli.js and dist/page/). Runs once per `npm test`, under TZ=UTC (as the
 * report's browser test: test/browser/report.test.ts, whose switches it shares).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/case/parse.js';
import { renderCsv } from '../../src/format/csv.js';
import { formatReportDate } from '../../src/format/report-common.js';
import { ruleOf } from '../../src/law/rule-of.js';
import { readFragment, writeFragment } from '../../src/page/fragment.js';
import type { CaseInput } from '../../src/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const CLI = join(ROOT, 'dist', 'cli.js');
const EXECUTABLE = process.env.POORTWACHTER_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function whyNotRun(): string | null {
  const flag = process.env.POORTWACHTER_BROWSER_TEST;
  if (flag === '0') return 'POORTWACHTER_BROWSER_TEST=0';
  const tz = process.env.TZ;
  if (flag !== '1' && tz !== undefined && tz !== '' && tz !== 'UTC')
    return `runs once per npm test, under TZ=UTC only (this run: TZ=${tz})`;
  if (!existsSync(join(ROOT, 'dist', 'page', 'page.js'))) return 'no dist/page/page.js: run npm run build first';
  return null;
}

let browser: Browser | null = null;
let skipReason = whyNotRun();
if (skipReason === null) {
  if (!existsSync(EXECUTABLE)) skipReason = `no browser at ${EXECUTABLE}: run scripts/ensure-chromium.sh (apt-get install chromium)`;
  else {
    try {
      browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS, timeout: 30_000 });
    } catch (error) {
      skipReason = `chromium at ${EXECUTABLE} did not start: ${String(error).split('\n')[0]}`;
    }
  }
}
if (skipReason !== null && !/TZ=|POORTWACHTER_BROWSER_TEST/.test(skipReason)) {
  if (process.env.POORTWACHTER_REQUIRE_BROWSER === '1') throw new Error(`browser test required but: ${skipReason}`);
  process.stderr.write(`\n[page browser test skipped] ${skipReason}\n`);
}

/** One event as typed: its type, then the values of its fields in the form's order (date first). */
interface Typed {
  readonly type: string;
  readonly values: readonly string[];
}

/** The cases typed into the form, each with the CaseInput the library gets. */
const CASES: readonly { name: string; asOf: string; typed: readonly Typed[]; firstSickDay: string; input: CaseInput }[] = [
  {
    name: 'relapse within 28 days (samentelling)',
    firstSickDay: '2025-01-06',
    asOf: '2025-06-02',
    typed: [
      { type: 'probleemanalyse', values: ['2025-02-14'] },
      { type: 'hersteld', values: ['2025-03-03'] },
      { type: 'ziek', values: ['2025-03-17'] },
      { type: 'casemanager', values: ['2025-04-01', 'hr'] },
    ],
    input: {
      firstSickDay: '2025-01-06',
      events: [
        { type: 'probleemanalyse', date: '2025-02-14' },
        { type: 'hersteld', date: '2025-03-03' },
        { type: 'ziek', date: '2025-03-17' },
        { type: 'casemanager', date: '2025-04-01', casemanagerType: 'hr' },
      ],
    },
  },
  {
    name: 'pregnancy leave',
    firstSickDay: '2025-01-06',
    asOf: '2025-09-01',
    typed: [
      { type: 'zwangerschapsverlof', values: ['2025-03-01', '2025-06-20'] },
      { type: 'plan-van-aanpak', values: ['2025-07-01'] },
    ],
    input: {
      firstSickDay: '2025-01-06',
      events: [
        { type: 'zwangerschapsverlof', date: '2025-03-01', until: '2025-06-20' },
        { type: 'plan-van-aanpak', date: '2025-07-01' },
      ],
    },
  },
  {
    name: 'verlenging and a partial return',
    firstSickDay: '2024-01-08',
    asOf: '2026-02-01',
    typed: [
      { type: 'gedeeltelijk-hersteld', values: ['2024-06-03', '50'] },
      { type: 'verlenging', values: ['2025-10-01', '26'] },
    ],
    input: {
      firstSickDay: '2024-01-08',
      events: [
        { type: 'gedeeltelijk-hersteld', date: '2024-06-03', percentage: 50 },
        { type: 'verlenging', date: '2025-10-01', weeks: 26 },
      ],
    },
  },
];

let server: ChildProcess | null = null;
let base = '';
const serverLog: string[] = [];

/** Starts `poortwachter serve --port 0 --log` and waits (at most 15 s) for the address it prints. */
async function startServer(): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--log'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: 'UTC' },
  });
  server = child;
  child.stdout?.on('data', (chunk: Buffer) => serverLog.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve did not start in 15 s')), 15_000);
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(err);
      if (m !== null) {
        clearTimeout(timer);
        resolve(`${m[0]}/`);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

/** Presses Tab (at most `max` times) until the element with `id` has the focus. */
async function tabTo(page: Page, id: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await page.evaluate('document.activeElement && document.activeElement.id')) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`no focus on #${id} after ${max} tabs`);
}

/** Picks an option of the focused select with the arrow keys. */
async function arrowTo(page: Page, value: string): Promise<void> {
  const { index, current } = (await page.evaluate(`(() => {
    const s = document.activeElement;
    return { index: [...s.options].findIndex((o) => o.value === ${JSON.stringify(value)}), current: s.selectedIndex };
  })()`)) as { index: number; current: number };
  if (index < 0) throw new Error(`no option ${value}`);
  const key = index > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(index - current); i++) await page.keyboard.press(key);
}

/** Types a case with the keyboard only: Tab, typing, arrow keys in selects and Enter on buttons. */
async function typeCase(page: Page, c: (typeof CASES)[number]): Promise<void> {
  await page.goto(base);
  await page.locator('#f-firstSickDay').waitFor();
  await page.keyboard.press('Tab');
  await tabTo(page, 'f-firstSickDay');
  await page.keyboard.type(c.firstSickDay);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(c.asOf);
  for (let i = 0; i < c.typed.length; i++) {
    const e = c.typed[i] as Typed;
    await tabTo(page, 'f-new-type');
    await arrowTo(page, e.type);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The new event's date field has the focus.
    expect(await page.evaluate('document.activeElement.id')).toBe(`f-events-${i}-date`);
    for (const [k, value] of e.values.entries()) {
      if (k > 0) await page.keyboard.press('Tab');
      const isSelect = await page.evaluate('document.activeElement.tagName === "SELECT"');
      if (isSelect) await arrowTo(page, value);
      else await page.keyboard.type(value);
    }
  }
}

const rowsOf = (page: Page): Promise<string[]> =>
  page.evaluate(`[...document.querySelectorAll('tr[data-milestone]')].map((r) =>
    r.dataset.milestone + '#' + r.dataset.occurrence + '@' + r.dataset.due + ' ' + r.dataset.status)`);
const expectedRows = (input: CaseInput, asOf: string): string[] =>
  evaluateCase(input, { asOf }).milestones.map((m) => `${m.id}#${m.occurrence}@${m.due} ${m.status}`);

const AXE = existsSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'))
  ? readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
  : '';

/** axe-core's serious and critical violations on the page as it is (WCAG 2.1 A and AA, and best practice). */
async function axeViolations(page: Page): Promise<string[]> {
  // Run through the DevTools protocol (page.evaluate), which the page's CSP does not govern.
  return page.evaluate(`${AXE}
    ;axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`);
}

/**
 * Text that meets other text, or is cut: any two text boxes of different text nodes that overlap
 * (outside the picture), an element whose content is clipped or ends in an ellipsis, the page wider
 * than the window, and SVG text outside the picture or shortened with '…'.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const problems = [];
    const root = document.documentElement;
    // Visually hidden for screen readers only (a 1-px clipped box, as the narrow table's header row).
    const hiddenByClip = (el) => {
      for (let e = el; e !== null; e = e.parentElement) {
        const r = e.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return true;
      }
      return false;
    };
    if (root.scrollWidth > root.clientWidth) problems.push('page wider than the window: ' + root.scrollWidth + ' > ' + root.clientWidth);
    const boxes = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      if (n.textContent.trim() === '') continue;
      const el = n.parentElement;
      if (el === null || el.closest('svg, .vh, noscript, option, [hidden]') !== null || hiddenByClip(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0.5 && r.height > 0.5) boxes.push({ r, n, text: n.textContent.trim().slice(0, 40) });
    }
    boxes.sort((a, b) => a.r.top - b.r.top);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j].r.top < boxes[i].r.bottom - 1; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        if (boxes[i].n === boxes[j].n) continue;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
          problems.push('text meets text: "' + boxes[i].text + '" / "' + boxes[j].text + '"');
        }
      }
      const r = boxes[i].r;
      if (r.right > root.clientWidth + 0.5 || r.left < -0.5) problems.push('text outside the window: ' + boxes[i].text);
    }
    for (const el of document.querySelectorAll('body *')) {
      // Form controls scroll their own text (a caret moves through it): not cut.
      if (el.closest('svg, .vh') !== null || el.matches('input, select, textarea') || hiddenByClip(el)) continue;
      const style = getComputedStyle(el);
      if (style.textOverflow === 'ellipsis') problems.push('ellipsis: ' + el.tagName);
      const hides = style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (hides && el.scrollWidth > el.clientWidth + 1) problems.push('clipped: ' + el.tagName + '.' + el.className);
    }
    for (const svg of document.querySelectorAll('svg.pw-timeline')) {
      const view = svg.viewBox.baseVal;
      for (const text of svg.querySelectorAll('text')) {
        const content = text.textContent.trim();
        if (content === '') continue;
        if (content.endsWith('…')) problems.push('SVG label shortened: ' + content);
        const b = text.getBBox();
        if (b.x < view.x - 0.5 || b.x + b.width > view.x + view.width + 0.5) problems.push('SVG text outside the picture: ' + content);
      }
    }
    return problems;
  })()`);
}

describe.skipIf(browser === null)('the case page in headless Chromium, served by poortwachter serve', () => {
  let context: BrowserContext;
  let page: Page;
  const requests: { url: string; method: string; body: string | null }[] = [];

  beforeAll(async () => {
    await startServer();
    context = await (browser as Browser).newContext({
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
      acceptDownloads: true,
    });
    context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    page = await context.newPage();
  }, 30_000);

  afterAll(async () => {
    await context?.close();
    // Wait for the server to end (SIGTERM, then SIGKILL after 10 s): a server left running after the
    // test keeps a core busy and the run's pipes open.
    const child = server;
    if (child === null || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }, 20_000);

  it('answers / with the page and a Content-Security-Policy that allows no other origin and no inline script', async () => {
    const response = await page.goto(base);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('h1').innerText()).toContain('verzuimgeval');
  });

  for (const c of CASES) {
    it(`gives the library's dates when the case is typed with the keyboard: ${c.name}`, async () => {
      await typeCase(page, c);
      expect(await rowsOf(page)).toEqual(expectedRows(c.input, c.asOf));
      // The state is in the fragment: exactly the typed case and as-of date.
      const state = readFragment(new URL(page.url()).hash);
      expect(state.case).toEqual(c.input);
      expect(state.asOf).toBe(c.asOf);
    }, 60_000);
  }

  it('shows the catalogue message with its suggestion as one types a Dutch-order date', async () => {
    await page.goto(base);
    await page.locator('#f-firstSickDay').fill('06-01-2025');
    expect(await page.locator('#f-firstSickDay-msg').innerText()).toContain('bedoelde u 2025-01-06?');
    expect(await page.locator('#f-firstSickDay').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('tr[data-milestone]').count()).toBe(0);
    await page.locator('#f-firstSickDay').fill('2025-01-06');
    expect(await page.locator('#f-firstSickDay-msg').innerText()).toBe('');
    expect(await page.locator('tr[data-milestone]').count()).toBeGreaterThan(10);
  });

  it('opens a link to a case (the fragment) with the same rows, and switches to English and back', async () => {
    const c = CASES[0] as (typeof CASES)[number];
    await typeCase(page, c);
    const link = await page.locator('#f-link').inputValue();
    expect(link).toBe(page.url());
    const other = await context.newPage();
    try {
      await other.goto(link);
      expect(await rowsOf(other)).toEqual(expectedRows(c.input, c.asOf));
      await other.locator('#lang').focus();
      await other.keyboard.press('Enter');
      // English comes from page-en.js (loaded after the first drawing): wait for it to be shown.
      await other.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 5_000 });
      expect(await other.evaluate('document.activeElement.id')).toBe('lang');
      expect(await other.locator('h1').innerText()).toContain('sickness case');
      expect(new URL(other.url()).hash).toContain('lang=en');
      expect(await rowsOf(other)).toEqual(expectedRows(c.input, c.asOf));
      // The steps' English titles come with page-en.js too (page.js's rule table has the Dutch ones).
      expect(await other.locator('tr[data-milestone="probleemanalyse"] strong').innerText()).toBe(ruleOf('probleemanalyse').title.en);
      expect(await other.locator('svg.pw-timeline').innerHTML()).toContain(ruleOf('probleemanalyse').title.en);
      await other.keyboard.press('Enter');
      expect(await other.locator('html').getAttribute('lang')).toBe('nl');
    } finally {
      await other.close();
    }
  });

  it('explains a date on request, by keyboard, and jumps from a marker of the picture to its row', async () => {
    await typeCase(page, CASES[0] as (typeof CASES)[number]);
    const row = page.locator('tr[data-milestone="probleemanalyse"]');
    await row.locator('summary').focus();
    await page.keyboard.press('Enter');
    // The explanation is rendered when the details open (the toggle event comes after the key press).
    await row.locator('.why-body li').first().waitFor({ timeout: 5_000 });
    const why = await row.locator('.why-body').innerText();
    expect(why).toContain('Ziektedag 42');
    expect(why).toContain('Regeling procesgang');
    const hash = new URL(page.url()).hash;
    await page.locator('svg.pw-timeline a[href="#m-plan-van-aanpak-1"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('m-plan-van-aanpak-1');
    expect(new URL(page.url()).hash).toBe(hash);
  });

  it('draws the first view — the table, the picture, the findings, the wage phases, the dossier — with page.js alone', async () => {
    // page-exports.js and page-en.js never come: the first view must not wait for them (the size of page.js: docs/performance.md).
    const alone = await (browser as Browser).newContext();
    try {
      await alone.route(/\/page-(exports|en)\.js$/, (route) => route.abort());
      const p = await alone.newPage();
      const c = CASES[0] as (typeof CASES)[number];
      await p.goto(`${base}${writeFragment(c.input, c.asOf, 'nl')}`);
      await p.locator('svg.pw-timeline g.pw-milestone').first().waitFor({ timeout: 5_000 });
      expect(await rowsOf(p)).toEqual(expectedRows(c.input, c.asOf));
      const t = evaluateCase(c.input, { asOf: c.asOf, dossier: true });
      expect(await p.locator('svg.pw-timeline g.pw-milestone').count()).toBe(t.milestones.length);
      expect(await p.locator('ul.findings li, #h-findings + p').count()).toBe(Math.max(t.flags.length, 1));
      expect(await p.locator('table.wage tbody tr').count()).toBe(t.wagePhases.length);
      expect(await p.locator('table.dossier tbody tr').count()).toBe(t.dossier?.length ?? 0);
    } finally {
      await alone.close();
    }
  });

  it('opens a case file (reporting what the form leaves out) and saves the case as JSON', async () => {
    const c = CASES[1] as (typeof CASES)[number];
    await page.goto(base);
    await page.locator('#f-asOf').fill(c.asOf);
    const file = { ...c.input, extra: 1 };
    await page.setInputFiles('#f-open', { name: 'geval.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('#file-msg li').first().waitFor({ timeout: 5_000 });
    expect(await page.locator('#file-msg').innerText()).toContain('extra: onbekend veld');
    expect(await rowsOf(page)).toEqual(expectedRows(c.input, c.asOf));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-case').click()]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(c.input);
    // In English too: the English input-issue words come with page-en.js, and the file's issues are made again with them.
    await page.locator('#lang').click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 5_000 });
    expect(await page.locator('#file-msg').innerText()).toContain('extra: unknown field');
    await page.locator('#f-events-0-date').fill('14-02-2025');
    expect(await page.locator('#issues').innerText()).toContain('did you mean');
    await page.locator('#lang').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('makes ICS, Excel CSV, the HTML report and JSON in the browser, offline', async () => {
    const c = CASES[2] as (typeof CASES)[number];
    await typeCase(page, c);
    await context.setOffline(true);
    try {
      const files: Record<string, string> = {};
      for (const kind of ['ics', 'csv', 'html', 'json']) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
        const path = await download.path();
        files[kind] = readFileSync(path, 'utf8');
        expect(download.url()).toMatch(/^blob:/);
      }
      expect(files.ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(files.csv?.startsWith('\uFEFF')).toBe(true);
      expect(files.csv?.split('\r\n')[0]).toContain(';');
      // Made by page-exports.js with the library's renderer: the same bytes as in Node.
      expect(files.csv).toBe(renderCsv(evaluateCase(c.input, { asOf: c.asOf }), { lang: 'nl', dialect: 'excel-nl' }));
      expect(files.html).toMatch(/^<!DOCTYPE html>/);
      // The month's full name comes with page-exports.js (page.js's date words have none: scripts/build-page.mjs).
      expect(files.html).toContain(formatReportDate(c.firstSickDay, 'nl', 'd MMMM yyyy'));
      // The timeline the page shows: with its dossier checklist (on request since 0.3, the page asks for it).
      expect(JSON.parse(files.json ?? '')).toEqual(evaluateCase(c.input, { asOf: c.asOf, dossier: true }));
      // And explaining a date: page-exports.js came after the first drawing, before the network went.
      await page.locator('tr[data-milestone="probleemanalyse"] summary').click();
      await page.locator('tr[data-milestone="probleemanalyse"] .why-body li').first().waitFor({ timeout: 5_000 });
      expect(await page.locator('tr[data-milestone="probleemanalyse"] .why-body').innerText()).toContain('Regeling procesgang');
      // Still computing offline: a new as-of date gives new rows.
      await page.locator('#f-asOf').fill('2026-06-01');
      expect(await rowsOf(page)).toEqual(expectedRows(c.input, '2026-06-01'));
      // And switching language: page-en.js came after the first drawing, before the network went.
      await page.locator('#lang').click();
      await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 5_000 });
      expect(await page.locator('h1').innerText()).toContain('sickness case');
      expect(await rowsOf(page)).toEqual(expectedRows(c.input, '2026-06-01'));
      await page.locator('#lang').click();
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    } finally {
      await context.setOffline(false);
    }
  });

  it('has no serious or critical axe-core violation: empty, filled, with an explanation open, with issues, in English', async () => {
    const found: string[] = [];
    await page.goto(base);
    found.push(...(await axeViolations(page)).map((v) => `empty: ${v}`));
    await typeCase(page, CASES[0] as (typeof CASES)[number]);
    await page.locator('details.why summary').first().click();
    // An explanation and its words come with page-exports.js, at once after the first drawing.
    await page.locator('svg.pw-timeline').waitFor({ timeout: 5_000 });
    await page.locator('details.why .why-body li').first().waitFor({ timeout: 5_000 });
    found.push(...(await axeViolations(page)).map((v) => `filled: ${v}`));
    await page.locator('#f-events-0-date').fill('14-02-2025');
    found.push(...(await axeViolations(page)).map((v) => `issues: ${v}`));
    await page.locator('#f-events-0-date').fill('2025-02-14');
    await page.locator('#lang').click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 5_000 });
    found.push(...(await axeViolations(page)).map((v) => `en: ${v}`));
    expect(found).toEqual([]);
  }, 60_000);

  for (const width of [360, 768, 1920]) {
    it(`lets no text meet other text or be cut at ${width} px`, async () => {
      const narrow = await (browser as Browser).newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const p = await narrow.newPage();
      try {
        const found: string[] = [];
        for (const c of CASES) {
          await p.goto(`${base}${writeFragment(c.input, c.asOf, 'nl')}`);
          await p.locator('details.why summary').first().click();
          await p.locator('svg.pw-timeline').waitFor({ timeout: 5_000 });
          await p.locator('details.why .why-body li').first().waitFor({ timeout: 5_000 });
          found.push(...(await layoutProblems(p)).map((x) => `${c.name}: ${x}`));
          // With an issue's message under a field, too.
          await p.locator('#f-events-0-date').fill('14-02-2025');
          found.push(...(await layoutProblems(p)).map((x) => `${c.name} (issue shown): ${x}`));
          await p.locator('#f-events-0-date').fill(c.typed[0]?.values[0] ?? '');
        }
        await p.goto(base);
        found.push(...(await layoutProblems(p)).map((x) => `empty: ${x}`));
        if (width === 1920 || width === 360) {
          mkdirSync(ARTIFACTS, { recursive: true });
          await p.goto(`${base}${writeFragment(CASES[0]?.input, CASES[0]?.asOf ?? '', 'nl')}`);
          await p.screenshot({ path: join(ARTIFACTS, `page-${width}.png`), fullPage: true });
        }
        expect(found).toEqual([]);
      } finally {
        await narrow.close();
      }
    }, 60_000);
  }

  it.skipIf(process.env.POORTWACHTER_PAGE_SCREENSHOT !== '1')('saves docs/page.png (POORTWACHTER_PAGE_SCREENSHOT=1)', async () => {
    const shot = await (browser as Browser).newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    try {
      const p = await shot.newPage();
      const c = CASES[0] as (typeof CASES)[number];
      await p.goto(`${base}${writeFragment(c.input, c.asOf, 'nl')}`);
      await p.locator('tr[data-milestone="probleemanalyse"] summary').click();
      await p.locator('svg.pw-timeline').waitFor({ timeout: 5_000 });
      await p.locator('tr[data-milestone="probleemanalyse"] .why-body li').first().waitFor({ timeout: 5_000 });
      // The form, the summary, the picture and the first rows of the table.
      await p.evaluate('window.scrollTo(0, 0)');
      const steps = await p.locator('tr[data-milestone="plan-van-aanpak"]').boundingBox();
      await p.screenshot({
        path: join(ROOT, 'docs', 'page.png'),
        clip: { x: 0, y: 0, width: 1440, height: Math.ceil((steps?.y ?? 1600) + 4) },
      });
    } finally {
      await shot.close();
    }
  });

  it('sends no request that carries the case: only the page, its scripts and stylesheet, without fragment or body', () => {
    const allowed = new Set([base, `${base}page.js`, `${base}page.css`, `${base}page-en.js`, `${base}page-exports.js`]);
    const network = requests.filter((r) => !r.url.startsWith('data:') && !r.url.startsWith('blob:') && r.url !== 'about:blank');
    expect(network.length).toBeGreaterThan(0);
    for (const r of network) {
      expect(allowed.has(r.url.split('#')[0] as string), r.url).toBe(true);
      expect(r.method).toBe('GET');
      expect(r.body).toBeNull();
    }
    // What the server saw: the five files, no query, nothing else.
    const seen = serverLog.map((line) => (JSON.parse(line) as { url?: string }).url).filter((u) => u !== undefined);
    expect(seen.length).toBeGreaterThan(0);
    expect([...new Set(seen)].sort()).toEqual(['/', '/page-en.js', '/page-exports.js', '/page.css', '/page.js']);
  });
});

describe.skipIf(browser === null)('the case page as static files (poortwachter page --out)', () => {
  it('writes index.html, page.js, page.css and the later scripts, which work from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-page-'));
    try {
      const r = spawnSync(process.execPath, [CLI, 'page', '--out', dir], { encoding: 'utf8', timeout: 15_000 });
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('index.html, page.js, page.css, page-en.js, page-exports.js');
      const context = await (browser as Browser).newContext({ acceptDownloads: true });
      await context.route(/^https?:/, (route) => route.abort());
      try {
        const page = await context.newPage();
        const c = CASES[1] as (typeof CASES)[number];
        await page.goto(`${pathToFileURL(join(dir, 'index.html')).href}${writeFragment(c.input, c.asOf, 'nl')}`);
        expect(await rowsOf(page)).toEqual(expectedRows(c.input, c.asOf));
        // The later scripts load from disk too: a link in English, and a download.
        await page.goto(`${pathToFileURL(join(dir, 'index.html')).href}${writeFragment(c.input, c.asOf, 'en')}`);
        await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 5_000 });
        expect(await page.locator('h1').innerText()).toContain('sickness case');
        expect(await rowsOf(page)).toEqual(expectedRows(c.input, c.asOf));
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()]);
        expect(readFileSync(await download.path(), 'utf8')).toBe(
          renderCsv(evaluateCase(c.input, { asOf: c.asOf }), { lang: 'en', dialect: 'excel-nl' }),
        );
      } finally {
        await context.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const noOut = spawnSync(process.execPath, [CLI, 'page'], { encoding: 'utf8', timeout: 15_000 });
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/^poortwachter page: .*--out/);
  });
});

afterAll(async () => {
  await browser?.close();
});

if (browser === null) {
  describe('the case page in headless Chromium', () => {
    it.skip(`skipped: ${skipReason ?? ''}`, () => {});
  });
}

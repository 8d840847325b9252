/**
 * The HTML report in a real browser: headless Chromium (the Debian `chromium` package, driven by
 * playwright-core) loads the report of examples/complex-case.json and checks what
 * only a layout engine can tell: every milestone marker is drawn, the markers run left to right in
 * the order of their due dates, and nothing is wider than the page, on screen and in print (A4
 * landscape). It saves a screenshot and a PDF to test-artifacts/ (gitignored).
 *
 * Runs once per `npm test`: scripts/test-tz.mjs runs the suite under four time zones, and this test
 * runs only under TZ=UTC (or with TZ unset, as in a plain `npx vitest run`); the report's layout does
 * not depend on the zone, and the zone-dependence of its text is covered by test/format under all four.
 * Set POORTWACHTER_BROWSER_TEST=0 to skip it, =1 to run it under any TZ.
 *
 * Where a browser truly cannot start (no /usr/bin/chromium, no sandbox support …), the test is
 * skipped with a message saying why; set POORTWACHTER_REQUIRE_BROWSER=1 (CI) to make that a failure.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/format/html.js';
import { evaluateCase } from '../../src/index.js';
import type { CaseInput } from '../../src/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
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
/** A4 landscape at 96 dpi: 297 mm = 1123 px wide, 210 mm = 794 px high. */
const A4_LANDSCAPE = { width: 1123, height: 794 };
/** The printable width of A4 landscape with the report's 10 mm margins: 277 mm ≈ 1047 px. */
const A4_PRINTABLE_WIDTH = 1047;

function whyNotRun(): string | null {
  const flag = process.env.POORTWACHTER_BROWSER_TEST;
  if (flag === '0') return 'POORTWACHTER_BROWSER_TEST=0';
  const tz = process.env.TZ;
  if (flag !== '1' && tz !== undefined && tz !== '' && tz !== 'UTC') {
    return `runs once per npm test, under TZ=UTC only (this run: TZ=${tz})`;
  }
  return null;
}

let browser: Browser | null = null;
let skipReason = whyNotRun();
if (skipReason === null) {
  if (!existsSync(EXECUTABLE)) {
    skipReason = `no browser at ${EXECUTABLE}: run scripts/ensure-chromium.sh (apt-get install chromium)`;
  } else {
    try {
      browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS, timeout: 30_000 });
    } catch (error) {
      skipReason = `chromium at ${EXECUTABLE} did not start: ${String(error).split('\n')[0]}`;
    }
  }
}
const tzSkip = skipReason !== null && /TZ=|POORTWACHTER_BROWSER_TEST/.test(skipReason);
if (skipReason !== null && !tzSkip) {
  if (process.env.POORTWACHTER_REQUIRE_BROWSER === '1') throw new Error(`browser test required but: ${skipReason}`);
  process.stderr.write(`\n[browser test skipped] ${skipReason}\n`);
}

const input = JSON.parse(readFileSync(join(ROOT, 'examples', 'complex-case.json'), 'utf8')) as CaseInput;
const AS_OF = '2026-01-15';
const timeline = evaluateCase(input, { asOf: AS_OF, explain: true });

interface Box {
  readonly id: string;
  readonly occurrence: string;
  readonly due: string;
  readonly cx: number;
  readonly left: number;
  readonly right: number;
  readonly width: number;
}

async function markerBoxes(page: Page): Promise<Box[]> {
  const markers = page.locator('svg.pw-timeline g.pw-milestone[data-milestone-id]');
  const count = await markers.count();
  const boxes: Box[] = [];
  for (let i = 0; i < count; i++) {
    const marker = markers.nth(i);
    // The shape itself (not the window band or the completion tick) sits on the due date.
    const shape = marker.locator('.pw-marker').first();
    const box = await shape.boundingBox();
    if (box === null) throw new Error(`marker ${i} has no box`);
    boxes.push({
      id: (await marker.getAttribute('data-milestone-id')) ?? '',
      occurrence: (await marker.getAttribute('data-occurrence')) ?? '',
      due: (await marker.getAttribute('data-due')) ?? '',
      cx: box.x + box.width / 2,
      left: box.x,
      right: box.x + box.width,
      width: box.width,
    });
  }
  return boxes;
}

/** The right edge of the widest element on the page, and the width of the page. */
async function widths(page: Page): Promise<{ scrollWidth: number; clientWidth: number; maxRight: number; widest: string }> {
  return page.evaluate(`(() => {
    const root = document.documentElement;
    let maxRight = 0, widest = '';
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > maxRight) { maxRight = r.right; widest = el.tagName + '.' + (el.getAttribute('class') || ''); }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, maxRight, widest };
  })()`);
}

describe.skipIf(browser === null)('the HTML report in headless Chromium (complex case, asOf 2026-01-15)', () => {
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    const context = await (browser as Browser).newContext({ viewport: A4_LANDSCAPE, deviceScaleFactor: 1 });
    page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await context.route('**/*', (route) => route.abort());
    await page.setContent(renderHtmlReport(timeline, { events: input.events }), { waitUntil: 'load' });
  });

  afterAll(async () => {
    await page.context().close();
  });

  it('makes no network request (self-contained)', () => {
    expect(requests).toEqual([]);
  });

  it('draws every milestone marker, visible and inside the page', async () => {
    const boxes = await markerBoxes(page);
    expect(boxes).toHaveLength(timeline.milestones.length);
    const drawn = boxes.map((b) => `${b.id}#${b.occurrence}@${b.due}`).sort();
    expect(drawn).toEqual(timeline.milestones.map((m) => `${m.id}#${m.occurrence}@${m.due}`).sort());
    for (const b of boxes) {
      expect(b.width).toBeGreaterThan(4);
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(A4_LANDSCAPE.width);
    }
  });

  it('positions the markers in date order: x increases with the due date', async () => {
    const boxes = (await markerBoxes(page)).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    for (let i = 1; i < boxes.length; i++) {
      const a = boxes[i - 1] as Box;
      const b = boxes[i] as Box;
      if (a.due < b.due) expect(b.cx, `${b.id} ${b.due} right of ${a.id} ${a.due}`).toBeGreaterThan(a.cx);
      else expect(Math.abs(b.cx - a.cx)).toBeLessThan(0.5);
    }
  });

  it("keeps the markers' links reachable: no link inside an element whose children are presentational (axe: nested-interactive)", async () => {
    // The roles whose children are presentational (WAI-ARIA 1.2) that could hold the picture.
    const nested =
      await page.evaluate(`[...document.querySelectorAll('[role="img"], [role="presentation"], [role="none"], [role="button"]')]
      .filter((el) => el.querySelector('a[href], [tabindex]') !== null).map((el) => el.tagName + '.' + (el.getAttribute('class') || ''))`);
    expect(nested).toEqual([]);
    const picture = page.getByRole('group', { name: /^Poortwachter-tijdlijn/ });
    await expect.poll(() => picture.count()).toBe(1);
    expect(await picture.getByRole('link').count()).toBe(timeline.milestones.length);
  });

  it('draws the peildatum line between the last overdue step and the next upcoming one', async () => {
    const line = await page.locator('svg.pw-timeline g.pw-asof line').boundingBox();
    expect(line).not.toBeNull();
    const boxes = await markerBoxes(page);
    const before = boxes.filter((b) => b.due < AS_OF).map((b) => b.cx);
    const after = boxes.filter((b) => b.due > AS_OF).map((b) => b.cx);
    const x = (line?.x ?? 0) + (line?.width ?? 0) / 2;
    expect(Math.max(...before)).toBeLessThan(x);
    expect(Math.min(...after)).toBeGreaterThan(x);
  });

  it('overflows nothing on an A4-landscape screen', async () => {
    const w = await widths(page);
    expect(w.scrollWidth, `widest: ${w.widest}`).toBeLessThanOrEqual(w.clientWidth);
    expect(w.maxRight, `widest: ${w.widest}`).toBeLessThanOrEqual(w.clientWidth + 0.5);
  });

  it('overflows nothing when printed on A4 landscape, and prints to PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_PRINTABLE_WIDTH, height: A4_LANDSCAPE.height });
    try {
      const w = await widths(page);
      expect(w.scrollWidth, `widest: ${w.widest}`).toBeLessThanOrEqual(w.clientWidth);
      expect(w.maxRight, `widest: ${w.widest}`).toBeLessThanOrEqual(w.clientWidth + 0.5);
      mkdirSync(ARTIFACTS, { recursive: true });
      const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
      writeFileSync(join(ARTIFACTS, 'report-complex-case.pdf'), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize(A4_LANDSCAPE);
    }
  });

  it('saves screenshots to test-artifacts/', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const full = join(ARTIFACTS, 'report-complex-case.png');
    await page.screenshot({ path: full, fullPage: true });
    // The part a reader sees first: the summary and the picture (the one docs/report.png shows).
    const figure = await page.locator('figure').boundingBox();
    const top = join(ARTIFACTS, 'report-complex-case-top.png');
    await page.screenshot({
      path: top,
      clip: { x: 0, y: 0, width: A4_LANDSCAPE.width, height: Math.ceil((figure?.y ?? 0) + (figure?.height ?? 700) + 12) },
    });
    expect(existsSync(full)).toBe(true);
    expect(readFileSync(top).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

afterAll(async () => {
  await browser?.close();
});

/** The widths the layout is checked at: A4 landscape, two desktop screens, a tablet and a narrow window. */
const LAYOUT_WIDTHS = [1123, 1400, 1920, 768, 760] as const;

/** A case with two earlier closed cases (recovered for 28 days or more before falling sick again). */
const withEarlier: CaseInput = {
  firstSickDay: '2024-09-02',
  events: [
    { type: 'hersteld', date: '2024-10-14' },
    { type: 'ziek', date: '2024-12-02' },
    { type: 'hersteld', date: '2025-01-13' },
    { type: 'ziek', date: '2025-03-03' },
    { type: 'probleemanalyse', date: '2025-04-10' },
  ],
};

interface LayoutProblem {
  readonly what: string;
  readonly where: string;
}

/**
 * Everything a reader would see as broken text, measured in the page: a text box of one table cell
 * that meets a text box of another cell of the same row, or leaves its own cell; an element whose
 * content is cut off (scrollWidth beyond clientWidth while its overflow hides it) or ends in an
 * ellipsis (text-overflow); an SVG label wider than the room left of the plot, outside the picture,
 * or shortened with '…'; a word broken inside, across two lines ("werkge|ver", "Probleemana|lyse"),
 * measured per word with the client rects of a Range over it — a break after a hyphen of the word
 * itself ("re-|integratieverslag") is a break between words.
 */
async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(`(() => {
    const problems = [];
    const textRects = (el) => {
      const rects = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        if (n.textContent.trim() === '') continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
      }
      return rects;
    };
    const meets = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    for (const row of document.querySelectorAll('table tr')) {
      const cells = [...row.children];
      const rects = cells.map(textRects);
      cells.forEach((cell, i) => {
        const box = cell.getBoundingClientRect();
        for (const r of rects[i]) {
          if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
            problems.push({ what: 'text leaves its cell', where: (row.id || row.className) + ' cell ' + i + ': ' + cell.textContent.trim().slice(0, 60) });
            break;
          }
        }
        for (let j = i + 1; j < cells.length; j++) {
          if (rects[i].some((a) => rects[j].some((b) => meets(a, b)))) {
            problems.push({ what: 'text of two cells meets', where: (row.id || row.className) + ' cells ' + i + '/' + j + ': ' + cell.textContent.trim().slice(0, 40) + ' | ' + cells[j].textContent.trim().slice(0, 40) });
          }
        }
      });
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      if (n.parentElement === null || n.parentElement.closest('svg, style, script') !== null) continue;
      const text = n.textContent;
      for (const m of text.matchAll(/[^\\s\\-\\u2010-\\u2014/]+/g)) {
        if (m[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) {
          const cell = n.parentElement.closest('td, th, dd, dt, li, p, h1, h2, figcaption, footer');
          problems.push({ what: 'word broken inside', where: m[0] + ' in ' + (cell ? cell.tagName + ': ' + cell.textContent.trim().slice(0, 50) : n.parentElement.tagName) });
        }
      }
    }
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg') !== null) continue;
      const style = getComputedStyle(el);
      if (style.textOverflow === 'ellipsis') problems.push({ what: 'ellipsis', where: el.tagName + '.' + el.className });
      const hides = style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (hides && el.scrollWidth > el.clientWidth + 1) problems.push({ what: 'clipped', where: el.tagName + '.' + el.className + ': ' + el.textContent.trim().slice(0, 60) });
    }
    for (const svg of document.querySelectorAll('svg.pw-timeline')) {
      const view = svg.viewBox.baseVal;
      const plot = svg.querySelector('.pw-axis line[x1][x2]');
      for (const text of svg.querySelectorAll('text')) {
        const content = text.textContent.trim();
        if (content === '') continue;
        if (content.endsWith('…')) problems.push({ what: 'SVG label shortened', where: content });
        const b = text.getBBox();
        if (b.x < view.x - 0.5 || b.x + b.width > view.x + view.width + 0.5) problems.push({ what: 'SVG text outside the picture', where: content });
      }
      for (const text of svg.querySelectorAll('.pw-rows text, .pw-periods > text, .pw-wachttijd-row > text')) {
        const b = text.getBBox();
        // Anchored at its end, 8 units left of the plot: it may not reach the plot or leave the picture.
        const room = Number(text.getAttribute('x'));
        if (b.x < -0.5 || b.x + b.width > room + 8) problems.push({ what: 'SVG row label wider than its room (' + Math.round(b.width) + ' > ' + room + ')', where: text.textContent.trim() });
      }
    }
    return problems;
  })()`);
}

describe.skipIf(browser === null)(
  'the HTML report at 1123, 1400, 1920, 768 and 760 px: no text meets other text, none is cut, no word is broken',
  () => {
    const reports = [
      { name: 'complex case nl', html: renderHtmlReport(timeline, { events: input.events }) },
      { name: 'complex case en', html: renderHtmlReport(timeline, { events: input.events, lang: 'en' }) },
      {
        name: 'sample case nl',
        html: renderHtmlReport(
          evaluateCase(JSON.parse(readFileSync(join(ROOT, 'examples', 'sample-case.json'), 'utf8')), { asOf: '2025-06-02', explain: true }),
        ),
      },
      {
        name: 'earlier cases en',
        html: renderHtmlReport(evaluateCase(withEarlier, { asOf: '2025-06-02', explain: true }), {
          lang: 'en',
          events: withEarlier.events,
        }),
      },
    ];
    for (const width of LAYOUT_WIDTHS) {
      it(`at ${width} px`, async () => {
        const context = await (browser as Browser).newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        try {
          const found: string[] = [];
          for (const r of reports) {
            await page.setContent(r.html, { waitUntil: 'load' });
            for (const p of await layoutProblems(page)) found.push(`${r.name}: ${p.what}: ${p.where}`);
            const w = await widths(page);
            if (w.scrollWidth > w.clientWidth) found.push(`${r.name}: page wider than the window (${w.widest})`);
          }
          expect(found).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }

    it('draws each earlier closed case as a muted band before the current case', async () => {
      const context = await (browser as Browser).newContext({ viewport: A4_LANDSCAPE, deviceScaleFactor: 1 });
      const page = await context.newPage();
      try {
        const t = evaluateCase(withEarlier, { asOf: '2025-06-02', explain: true });
        expect(t.previousCases).toHaveLength(2);
        await page.setContent(renderHtmlReport(t, { events: withEarlier.events }), { waitUntil: 'load' });
        const bands = page.locator('svg.pw-timeline .pw-previous-case');
        expect(await bands.count()).toBe(2);
        const sick = await page.locator('svg.pw-timeline .pw-sick').first().boundingBox();
        let lastRight = 0;
        for (let i = 0; i < 2; i++) {
          const box = await bands.nth(i).boundingBox();
          expect(box?.width ?? 0).toBeGreaterThan(4);
          expect(box?.x ?? 0).toBeGreaterThan(lastRight - 0.5);
          lastRight = (box?.x ?? 0) + (box?.width ?? 0);
        }
        expect(lastRight).toBeLessThan(sick?.x ?? 0);
      } finally {
        await context.close();
      }
    });
  },
);

if (browser === null) {
  describe('the HTML report in headless Chromium', () => {
    it.skip(`skipped: ${skipReason ?? ''}`, () => {});
  });
}

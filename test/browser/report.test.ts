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
const timeline = evaluateCase(input, { asOf: AS_OF });

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
    await browser?.close();
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

if (browser === null) {
  describe('the HTML report in headless Chromium', () => {
    it.skip(`skipped: ${skipReason ?? ''}`, () => {});
  });
}

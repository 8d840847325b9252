import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/format/html.js';
import { evaluateCase } from '../../src/index.js';
import type { CaseInput, CaseTimeline } from '../../src/types.js';
import { assertWellFormed, markersOf } from '../browser/markup.js';

const complex = JSON.parse(readFileSync(new URL('../../examples/complex-case.json', import.meta.url), 'utf8')) as CaseInput;
const timeline = evaluateCase(complex, { explain: true, asOf: '2026-01-15' });
const VOID = ['meta', 'br', 'col', 'link', 'img', 'hr', 'input'];

describe('renderHtmlReport', () => {
  const html = renderHtmlReport(timeline, { events: complex.events });

  it('is one well-formed HTML document in Dutch by default', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Poortwachter-verslag — eerste ziektedag 4 maart 2024</title>');
    assertWellFormed(html, VOID);
  });

  it('is self-contained: no scripts, stylesheets, fonts, images or frames from elsewhere', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|@font-face/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/url\((?!#)/); // only references to patterns inside the SVG
    // The only hrefs are anchors inside the page and links to the legal sources (navigation, not loads).
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
      expect(href).toMatch(/^(#m-[\w-]+-\d+|https:\/\/[^\s]+)$/);
    }
  });

  it('prints on A4 landscape', () => {
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).toContain('@media print');
  });

  it('has a row for every milestone, and every marker of the picture links to an existing row', () => {
    const rows = [...html.matchAll(/<tr id="(m-[\w-]+-\d+)"/g)].map((m) => m[1]);
    expect(rows).toHaveLength(timeline.milestones.length);
    expect(new Set(rows).size).toBe(rows.length);
    const markers = markersOf(html);
    expect(markers).toHaveLength(timeline.milestones.length);
    for (const m of markers) expect(rows).toContain(`m-${m.id}-${m.occurrence}`);
  });

  it('lists the steps in date order with week, status in words, actor, linked legal basis and explanation', () => {
    const dues = [
      ...html.matchAll(/<tr id="m-[\w-]+-\d+" class="[\w-]+" data-row-milestone-id="[\w-]+" data-occurrence="\d+" data-due="([\d-]+)"/g),
    ].map((m) => m[1] as string);
    expect(dues).toEqual([...dues].sort());
    const row = /<tr id="m-probleemanalyse-1"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    // calendar days (policy firstWeeks, default): D1 2024-03-04 + 41 = 2024-04-14 (Mar 4 → Mar 31 is
    // 27, + 14 = Apr 14), strict + 42 = 2024-04-15; counted day 28 after the 14 fit days, so week 4
    expect(row).toContain('<time datetime="2024-04-14">zo 14 apr. 2024</time>');
    expect(row).toContain('uiterlijk (strikt) <time datetime="2024-04-15">');
    expect(row).toContain('<td class="nowrap">4</td>');
    expect(row).toContain('te laat gedaan');
    expect(row).toContain('gedaan op <time datetime="2024-04-30">');
    expect(row).toContain('bedrijfsarts');
    expect(row).toMatch(/<a href="https:\/\/wetten\.overheid\.nl\/BWBR0013540" rel="noopener noreferrer">Regeling procesgang/);
    // The derivation in Dutch, from the catalogue (issue 10): no English text in the Dutch report.
    expect(row).toContain('41 dagen (kalenderdagen) na de eerste ziektedag');
    expect(row).not.toContain('<td lang="en">');
  });

  it('marks overdue steps in the table too, by text as well as colour', () => {
    const overdueRows = html.match(/<tr id="m-[\w-]+-\d+" class="overdue"/g) ?? [];
    expect(overdueRows).toHaveLength(timeline.milestones.filter((m) => m.status === 'overdue').length);
    expect(html).toContain('verstreken</span>');
  });

  it('shows every flag with its severity in words and a link to its step', () => {
    expect(html).toContain(`Bevindingen (${timeline.flags.length})`);
    expect(html.match(/data-flag-code="/g)).toHaveLength(timeline.flags.length);
    // the overdue evaluations of this example are warnings: six weeks is UWV practice, no interval recorded (docs/rules.md §8)
    expect(html).toContain('<span aria-hidden="true">▲</span> Waarschuwing</span> — ');
    expect(html).not.toContain('<code>MILESTONE_OVERDUE</code>'); // codes only where a developer reads them
    expect(html).toContain('<a href="#m-evaluatie-6" class="muted">naar de stap</a>');
  });

  it('has the dossier checklist with missing required items called out', () => {
    expect(html.match(/<tr data-dossier-id="/g)).toHaveLength(timeline.dossier.length);
    const missing = timeline.dossier.filter((d) => d.required && !d.present).length;
    expect(html.match(/class="present-no"/g)).toHaveLength(missing);
    expect(html).toContain('Deskundigenoordeel (UWV)');
  });

  it('summarises the case: day 1, as-of date, week, wachttijd and wage obligation', () => {
    expect(html).toContain('<dt>Eerste ziektedag</dt><dd><time datetime="2024-03-04">ma 4 mrt. 2024</time></dd>');
    expect(html).toContain('<dt>Week van ziekte</dt><dd>94</dd>');
    expect(html).toContain('<dt>Laatste dag wachttijd</dt><dd><time datetime="2026-09-27">zo 27 sep. 2026</time></dd>');
  });

  it('speaks English with lang en', () => {
    const en = renderHtmlReport(timeline, { lang: 'en' });
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(en).toContain('<title>Poortwachter report — first day of sickness 4 March 2024</title>');
    expect(en).toContain('>Steps (31)</h2>'); // 30 until the spoor-2 decision was added
    expect(en).toContain('occupational physician');
    expect(en).not.toContain('<td lang="en">');
    assertWellFormed(en, VOID);
  });

  it('escapes titles, explanations, flag messages and event notes, and links the rule table’s citations', () => {
    const evil = '<img src=x onerror=alert(1)> & "quoted" \'single\'';
    const tampered: CaseTimeline = {
      ...timeline,
      milestones: timeline.milestones.map((m) => ({
        ...m,
        title: { nl: evil, en: evil },
      })),
      // A flag message names a verzuimprotocol step by the employer's own id: text from outside, escaped too.
      flags: timeline.flags.map((f) => (f.milestoneId === undefined ? f : { ...f, protocolStep: evil })),
    };
    expect(tampered.flags.some((f) => f.protocolStep === evil)).toBe(true);
    const events = [...(complex.events ?? []), { type: 'deskundigenoordeel' as const, date: '2025-04-15', note: evil }];
    const out = renderHtmlReport(tampered, { events });
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;');
    // Citations are the rule table's (by milestone id since 0.3), not text from the timeline.
    expect(out).toContain('href="https://wetten.overheid.nl/BWBR0013540" rel="noopener noreferrer">Regeling procesgang');
    expect(out).toContain('Notities bij gebeurtenissen');
    assertWellFormed(out, VOID);
  });

  it('names the case in the page title and the heading when given a case id, escaped', () => {
    const html = renderHtmlReport(timeline, { caseId: 'E-000123' });
    expect(html).toContain('<title>Poortwachter-verslag E-000123 — eerste ziektedag 4 maart 2024</title>');
    expect(html).toMatch(/<h1 data-case-id="E-000123">Poortwachter-verslag E-000123 — eerste ziektedag 4 maart 2024<\/h1>/);
    const en = renderHtmlReport(timeline, { lang: 'en', caseId: 42 });
    expect(en).toContain('<title>Poortwachter report 42 — first day of sickness 4 March 2024</title>');
    const odd = renderHtmlReport(timeline, { caseId: '<b>Jan & "co"</b>' });
    expect(odd).toContain('<title>Poortwachter-verslag &lt;b&gt;Jan &amp; &quot;co&quot;&lt;/b&gt; — eerste ziektedag');
    assertWellFormed(odd, VOID);
    expect(renderHtmlReport(timeline, { caseId: '  ' })).toContain('<title>Poortwachter-verslag — eerste');
  });

  it('draws each earlier closed case of the last year as a muted band with its dates, and lists it', () => {
    const input: CaseInput = {
      firstSickDay: '2024-09-02',
      events: [
        { type: 'hersteld', date: '2024-10-14' },
        { type: 'ziek', date: '2024-12-02' },
        { type: 'hersteld', date: '2025-01-13' },
        { type: 'ziek', date: '2025-03-03' },
      ],
    };
    const t = evaluateCase(input, { asOf: '2025-06-02' });
    expect(t.previousCases.map((c) => [c.firstSickDay, c.lastSickDay])).toEqual([
      ['2024-09-02', '2024-10-13'],
      ['2024-12-02', '2025-01-12'],
    ]);
    const html = renderHtmlReport(t, { lang: 'en' });
    const bands = [...html.matchAll(/<g class="pw-previous-case" data-first-sick-day="([^"]+)">(.*?)<\/g>/g)];
    expect(bands.map((b) => b[1])).toEqual(['2024-09-02', '2024-12-02']);
    expect(bands[0]?.[2]).toContain('<title>earlier case: 2 Sep 2024 – 13 Oct 2024 (42 counted sick days)</title>');
    // Left of the current case's first sick period.
    const xOf = (s: string): number => Number(/x="([\d.]+)"/.exec(s)?.[1]);
    const sick = /<rect class="pw-sick" [^>]*>/.exec(html)?.[0] ?? '';
    expect(xOf(bands[1]?.[2] ?? '')).toBeLessThan(xOf(sick));
    expect(xOf(bands[0]?.[2] ?? '')).toBeLessThan(xOf(bands[1]?.[2] ?? ''));
    expect(html).toContain('earlier case</text>'); // in the legend
    expect(html).toContain('Earlier cases'); // and in the summary
    assertWellFormed(html, VOID);
    // A case more than a year before is listed, not drawn (the picture keeps its scale).
    const old = evaluateCase(
      {
        firstSickDay: '2022-01-03',
        events: [
          { type: 'hersteld', date: '2022-02-01' },
          { type: 'ziek', date: '2025-03-03' },
        ],
      },
      { asOf: '2025-06-02' },
    );
    expect(old.previousCases).toHaveLength(1);
    expect(renderHtmlReport(old)).not.toContain('pw-previous-case');
  });

  it('wraps a long step name in the picture on two lines instead of cutting it', () => {
    const html = renderHtmlReport(timeline);
    expect(html).toMatch(/<tspan [^>]*>Signalering dreigend<\/tspan><tspan [^>]*>langdurig verzuim \(week 3\)<\/tspan>/);
    expect(html).not.toMatch(/…<\/text>|…<title>/);
  });

  it('renders a fresh case without flags or events', () => {
    const fresh = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-01-08' });
    const out = renderHtmlReport(fresh);
    expect(out).toContain('Geen bevindingen.');
    expect(markersOf(out)).toHaveLength(fresh.milestones.length);
    assertWellFormed(out, VOID);
  });
});

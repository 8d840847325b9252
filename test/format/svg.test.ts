import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import { renderTimelineSvg, STATUS_COLORS } from '../../src/format/svg.js';
import { evaluateCase } from '../../src/index.js';
import type { CaseInput, CaseTimeline } from '../../src/types.js';
import { assertWellFormed, markersOf } from '../browser/markup.js';
import { fc, test as fcTest } from '../fc.js';

const complex = JSON.parse(readFileSync(new URL('../../examples/complex-case.json', import.meta.url), 'utf8')) as CaseInput;
const complexTimeline = evaluateCase(complex, { asOf: '2026-01-15' });

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('renderTimelineSvg', () => {
  const svg = renderTimelineSvg(complexTimeline, { events: complex.events });

  it('is one well-formed SVG element with a title and a desc as its first children', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    assertWellFormed(svg);
    expect(svg).toMatch(
      /^<svg[^>]*role="group"[^>]*aria-labelledby="pw-title pw-desc"[^>]*>\n<title id="pw-title">[^<]+<\/title>\n<desc id="pw-desc">[^<]+<\/desc>/,
    );
  });

  it('describes the case in words in the desc (text alternative)', () => {
    const desc = /<desc id="pw-desc">([^<]+)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toContain('4 mrt. 2024');
    expect(desc).toContain('15 jan. 2026');
    expect(desc).toContain('31 stappen'); // 30 until the spoor-2 decision was added
    expect(desc).toContain('7 verstreken en nog open'); // 6 and the spoor-2 decision
    expect(desc).toContain('Evaluatie plan van aanpak 6 (termijn 16 jun. 2025)');
  });

  it('draws one marker per milestone with its id, occurrence, due date and status', () => {
    const markers = markersOf(svg);
    expect(markers).toHaveLength(complexTimeline.milestones.length);
    const key = (m: { id: string; occurrence: number; due: string; status: string }): string =>
      `${m.id}#${m.occurrence}@${m.due}:${m.status}`;
    expect(markers.map(key).sort()).toEqual(complexTimeline.milestones.map(key).sort());
  });

  it('places markers left to right in the order of their due dates', () => {
    const markers = markersOf(svg);
    for (let i = 1; i < markers.length; i++) {
      const a = markers[i - 1]!;
      const b = markers[i]!;
      expect(a.due <= b.due).toBe(true);
      if (a.due < b.due) expect(b.x).toBeGreaterThan(a.x);
      else expect(b.x).toBe(a.x);
    }
  });

  it('keeps every marker inside the drawing', () => {
    const width = Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1]);
    for (const m of markersOf(svg)) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(width);
    }
  });

  it('links every marker to its row of the milestone table', () => {
    for (const m of complexTimeline.milestones) {
      expect(svg).toContain(`<a href="#m-${m.id}-${m.occurrence}"`);
    }
  });

  it('shows both fit gaps of the samentelling, the assumed sickness after asOf and the verlenging', () => {
    expect(svg.match(/class="pw-fit-gap"/g)).toHaveLength(2);
    expect(svg.match(/class="pw-sick"/g)).toHaveLength(3);
    expect(svg).toContain('class="pw-sick-assumed"');
    expect(svg).toMatch(/class="pw-extension"[\s\S]*verlenging \+26 wk/);
    expect(svg).not.toContain('class="pw-loonsanctie"');
  });

  it('draws a peildatum line at asOf', () => {
    expect(svg).toContain('data-asof="2026-01-15"');
    expect(svg).toContain('peildatum 15 jan. 2026');
  });

  it('emphasises overdue steps with a bar from the due date to asOf', () => {
    const overdue = complexTimeline.milestones.filter((m) => m.status === 'overdue').length;
    expect(overdue).toBeGreaterThan(0);
    expect(svg.match(/class="pw-overdue-span"/g)).toHaveLength(overdue);
  });

  it('names every status, texture and line in the legend in words, not by colour alone', () => {
    const legend = svg.slice(svg.indexOf('class="pw-legend"'));
    for (const word of [
      'gedaan',
      'te laat gedaan',
      'verstreken',
      'binnenkort',
      'gepland',
      'opgeschort',
      'n.v.t.',
      'hersteld (samentelling)',
      'zwangerschapsverlof',
      'verlenging wachttijd',
      'loonsanctie',
      'peildatum',
    ]) {
      expect(legend).toContain(`>${word}</text>`);
    }
    // Each status has its own shape, distinct even with the colours taken away.
    const items = [...legend.matchAll(/<g class="pw-legend-item" role="listitem">(.*?)<text/g)].map((m) => m[1] ?? '');
    const statusShapes = items.slice(0, 7).map((markup) => markup.replace(/#[0-9a-f]{6}/g, 'C').replace(/-?\d+(\.\d+)?/g, 'N'));
    expect(statusShapes.every((m) => m.includes('class="pw-marker"'))).toBe(true);
    const shapes = new Set(statusShapes);
    expect(shapes.size).toBe(7);
  });

  it('speaks English with lang en', () => {
    const en = renderTimelineSvg(complexTimeline, { lang: 'en' });
    expect(en).toContain('>Sick periods</text>');
    expect(en).toContain('as of 15 Jan 2026');
    expect(en).toContain('>Mar</text>');
    expect(en).toContain('Evaluation of the action plan 6');
    expect(svg).toContain('>mrt</text>');
  });

  it('escapes every text that comes from the timeline', () => {
    const evil = '<script>alert("x")</script> & \'q\'';
    const tampered: CaseTimeline = {
      ...complexTimeline,
      milestones: complexTimeline.milestones.map((m) => ({
        ...m,
        title: { nl: `${m.title?.nl ?? m.id} ${evil}`, en: evil },
      })),
    };
    const out = renderTimelineSvg(tampered);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    assertWellFormed(out);
  });

  it('does not mutate the timeline and gives the same string twice (pure)', () => {
    const frozen = deepFreeze(structuredClone(complexTimeline));
    const a = renderTimelineSvg(frozen, { events: complex.events });
    expect(renderTimelineSvg(frozen, { events: complex.events })).toBe(a);
    expect(a).toBe(svg);
  });

  it('keeps ids unique per idPrefix so two pictures can share a page', () => {
    const other = renderTimelineSvg(complexTimeline, { idPrefix: 'case2' });
    expect(other).toContain('id="case2-title"');
    expect(other).toContain('url(#case2-fit)');
    expect(other).not.toContain('id="pw-');
  });

  it('draws leave from the events and leaves it out of the week count', () => {
    const input: CaseInput = {
      firstSickDay: '2025-01-06',
      events: [{ type: 'zwangerschapsverlof', date: '2025-03-03', until: '2025-06-22' }],
    };
    const t = evaluateCase(input, { asOf: '2025-08-01' });
    const withEvents = renderTimelineSvg(t, { events: input.events });
    expect(withEvents.match(/class="pw-leave"/g)).toHaveLength(1);
    expect(renderTimelineSvg(t)).not.toContain('class="pw-leave"');
  });

  it('draws the loonsanctie after the wachttijd', () => {
    const input: CaseInput = {
      firstSickDay: '2024-01-08',
      events: [{ type: 'loonsanctie', date: '2025-11-03', weeks: 12 }],
    };
    const t = evaluateCase(input, { asOf: '2025-12-01' });
    const out = renderTimelineSvg(t, { events: input.events });
    expect(t.wageObligationEnd > t.wachttijd.lastDay).toBe(true);
    expect(out).toMatch(/class="pw-loonsanctie"[\s\S]*loonsanctie \+12 wk/);
  });
});

describe('renderTimelineSvg at the end of the wage obligation', () => {
  it('marks the part of the wachttijd after the wage obligation ends (einde dienstverband)', () => {
    const input: CaseInput = { firstSickDay: '2025-01-06', events: [{ type: 'einde-dienstverband', date: '2025-05-31' }] };
    const t = evaluateCase(input, { asOf: '2025-04-20' });
    expect(t.wageObligationEnd < t.wachttijd.lastDay).toBe(true);
    const out = renderTimelineSvg(t, { events: input.events });
    expect(out).toMatch(/class="pw-no-wage"[\s\S]*geen loondoorbetaling meer: 1 jun\. 2025/);
    expect(out).toContain('data-milestone-id="ziekmelding-uwv-einde-dienstverband"');
    assertWellFormed(out);
  });
});

describe('renderTimelineSvg over arbitrary cases', () => {
  const day = fc.integer({ min: parseIsoDate('2020-01-01'), max: parseIsoDate('2030-12-31') });
  fcTest.prop([day, fc.integer({ min: 0, max: 900 }), fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 6 })], {
    numRuns: 60,
  })('is well-formed and orders markers by due date', (d1, asOffset, stepOffsets) => {
    const steps = ['probleemanalyse', 'plan-van-aanpak', 'evaluatie', 'evaluatie', '42e-weeksmelding', 'eerstejaarsevaluatie'] as const;
    const input: CaseInput = {
      firstSickDay: formatIsoDate(d1),
      events: stepOffsets.map((o, i) => ({ type: steps[i] ?? 'evaluatie', date: formatIsoDate(d1 + o) })),
    };
    const t = evaluateCase(input, { asOf: formatIsoDate(d1 + asOffset) });
    const out = renderTimelineSvg(t, { lang: asOffset % 2 === 0 ? 'nl' : 'en', events: input.events });
    assertWellFormed(out);
    const markers = markersOf(out).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    expect(markers).toHaveLength(t.milestones.length);
    for (let i = 1; i < markers.length; i++) {
      if (markers[i - 1]!.due < markers[i]!.due) expect(markers[i]!.x).toBeGreaterThan(markers[i - 1]!.x);
    }
  });
});

describe('contrast (WCAG AA)', () => {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  it('gives every status colour at least 4.5:1 against the white and the striped row background', () => {
    for (const [status, color] of Object.entries(STATUS_COLORS)) {
      expect(contrast(color, '#ffffff'), status).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color, '#f6f8fa'), status).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draws every text of the picture in a colour of at least 4.5:1 against white', () => {
    const fills = new Set(
      [...renderTimelineSvg(complexTimeline, { events: complex.events }).matchAll(/<text [^>]*fill="(#[0-9a-f]{6})"/g)].map(
        (m) => m[1] as string,
      ),
    );
    expect(fills.size).toBeGreaterThan(0);
    for (const fill of fills) expect(contrast(fill, '#ffffff'), fill).toBeGreaterThanOrEqual(4.5);
  });
});

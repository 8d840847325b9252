/**
 * The packed worklist (issue 24): the store's order is exactly `items.sort(compareWorkItems)`, the
 * bounded heap gives the first N of it, the counts tally it, and every streamed format is the
 * document the whole list would give.
 */
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/calendar/isoDate.js';
import { renderWorklist, type WorklistAnswer } from '../../src/format/worklist.js';
import { type CaseInput, compareWorkItems, type WorkItem, worklist } from '../../src/index.js';
import { createTopWorkItems, createWorkItemCounts, createWorkItemStore, isoWeekOf } from '../../src/worklist-store.js';
import { arbCase, toInput } from '../arbitraries.js';
import { fc } from '../fc.js';

const AS_OF = '2025-06-02';
const asOfDay = parseIsoDate(AS_OF);
const policy = {
  protocol: [
    { id: 'contact', title: { nl: 'Contact', en: 'Contact' }, actor: 'werkgever', days: 2, repeatEveryDays: 7 },
    { id: 'bezoek', title: { nl: 'Bezoek', en: 'Visit' }, actor: 'werkgever', days: 10 },
  ],
} as const;

/** Generated cases shifted to AS_OF; ids mix numbers and strings and repeat (two lines, one id). */
function population(seed: number, n = 300): (CaseInput & { id: string | number })[] {
  const cases = fc.sample(arbCase(), { seed, numRuns: n }).map((c, i) => {
    const { input } = toInput(c, asOfDay - c.asOf);
    return { ...input, id: i % 4 === 0 ? i % 40 : `E-${String(i % 97).padStart(3, '0')}` };
  });
  // One case with a window item for sure (the eerstejaarsevaluatie, whose window gave most of them,
  // has none since the law's fourth pass): D1 2024-10-13, the 42e-weeksmelding's window opens on
  // counted day 288 = D1+287 = 2025-07-27 (AS_OF + 55, within 60 days) and it is due on D1+294 =
  // 2025-08-03 (AS_OF + 62, beyond) — checked with Date.UTC day arithmetic.
  cases.splice(n >> 1, 0, { firstSickDay: '2024-10-13', events: [], id: 'W-42' });
  return cases;
}

/** The whole list of `cases`, per case, as the CLI and the service feed a holder. */
function perCase(cases: readonly (CaseInput & { id: string | number })[], include = {}): { id: string | number; items: WorkItem[] }[] {
  return cases.map((c) => ({ id: c.id, items: worklist([c], { asOf: AS_OF, withinDays: 60, include, policy }).items }));
}

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('createWorkItemStore', () => {
  it.each([1, 2, 3])('gives the order of items.sort(compareWorkItems), ties in input order (seed %i)', (seed) => {
    const cases = population(seed);
    const include = { windows: true, suspended: true };
    const store = createWorkItemStore(AS_OF);
    const all: WorkItem[] = [];
    for (const { id, items } of perCase(cases, include)) {
      store.add(id, items);
      all.push(...items);
    }
    expect(all.length).toBeGreaterThan(200);
    expect(all.some((i) => i.kind === 'protocol')).toBe(true);
    expect(all.some((i) => i.trigger === 'window')).toBe(true);
    all.sort(compareWorkItems); // stable: ties keep input order
    expect(store.found()).toBe(all.length);
    const sorted = store.sorted();
    expect(sorted.length).toBe(all.length);
    expect([...sorted]).toEqual(all);
    expect([...sorted]).toEqual(all); // iterable again (the table measures first)
    // the same as the library's own sorted worklist
    expect([...sorted]).toEqual(worklist(cases, { asOf: AS_OF, withinDays: 60, include, policy }).items);
  });

  it('is empty without items', () => {
    const store = createWorkItemStore(AS_OF);
    store.add('x', []);
    expect([...store.sorted()]).toEqual([]);
  });
});

describe('createTopWorkItems', () => {
  it('keeps the N most urgent: the first N of the whole list', () => {
    const cases = population(4);
    const whole = worklist(cases, { asOf: AS_OF, withinDays: 60, policy }).items;
    for (const n of [1, 5, 50, whole.length + 10]) {
      const top = createTopWorkItems(n);
      for (const { id, items } of perCase(cases)) top.add(id, items);
      expect(top.found()).toBe(whole.length);
      expect([...top.sorted()]).toEqual(whole.slice(0, n));
    }
  });
});

describe('createWorkItemCounts', () => {
  it('counts per status, ISO week, actor and step what the whole list holds', () => {
    const cases = population(5);
    const whole = worklist(cases, { asOf: AS_OF, withinDays: 60, policy }).items;
    const counts = createWorkItemCounts();
    for (const { id, items } of perCase(cases)) counts.add(id, items);
    const c = counts.counts();
    const tally = (key: (i: WorkItem) => string): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const i of whole) out[key(i)] = (out[key(i)] ?? 0) + 1;
      return out;
    };
    expect(c.byStatus).toEqual(tally((i) => i.status));
    expect(c.byActor).toEqual(tally((i) => i.actor));
    expect(c.byWeek).toEqual(tally((i) => isoWeekOf(i.date)));
    expect(c.byStep).toEqual(tally((i) => (i.protocolStep === undefined ? i.milestoneId : `protocol.${i.protocolStep}`)));
    expect(Object.keys(c.byWeek)).toEqual(Object.keys(c.byWeek).sort());
  });

  it('names ISO weeks by their Thursday (hand-checked against a printed calendar)', () => {
    expect(isoWeekOf('2025-06-02')).toBe('2025-W23'); // a Monday
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01'); // Monday; its Thursday is 2025-01-02
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53'); // Sunday; 2020 had 53 ISO weeks
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53'); // Thursday
  });
});

describe('filters and the as-of date', () => {
  it('keeps only the asked actors and kinds', () => {
    const cases = population(6);
    const whole = worklist(cases, { asOf: AS_OF, withinDays: 60, policy }).items;
    const f = worklist(cases, { asOf: AS_OF, withinDays: 60, policy, filter: { actors: ['bedrijfsarts'], kinds: ['legal'] } }).items;
    expect(f.length).toBeGreaterThan(0);
    expect(f).toEqual(whole.filter((i) => i.actor === 'bedrijfsarts' && i.kind === 'legal'));
  });

  it('makes a case whose first sick day lies after asOf invalid, as the timeline command does', () => {
    const r = worklist([{ id: 'later', firstSickDay: '2025-06-03' }], { asOf: AS_OF });
    expect(r.items).toEqual([]);
    expect(r.invalid.map((i) => [i.id, i.issues[0]?.code, i.issues[0]?.path])).toEqual([['later', 'before_first_sick_day', ['asOf']]]);
    expect(r.invalid[0]?.issues[0]?.message.nl).toBe('asOf: 2025-06-02 ligt vóór de eerste ziektedag (2025-06-03)');
  });
});

describe('renderWorklist', () => {
  const cases = population(7, 200);
  const r = worklist(cases, { asOf: AS_OF, withinDays: 14, policy });
  const invalid = [
    { line: 3, id: 'x', issues: [] },
    { line: 9, issues: [] },
  ];
  const answer: WorklistAnswer = { asOf: AS_OF, withinDays: 14, cases: 202, invalid, items: r.items, found: r.items.length };
  const doc = {
    asOf: AS_OF,
    withinDays: 14,
    counts: { cases: 202, invalid: 2, items: r.items.length },
    items: r.items,
    invalid,
  };
  const text = (chunks: Iterable<string>): string => [...chunks].join('');

  it('writes json item by item, byte for byte JSON.stringify(document, null, 2), or on one line', () => {
    expect(r.items.length).toBeGreaterThan(50);
    expect(text(renderWorklist(answer, 'json', { lang: 'nl' }))).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(text(renderWorklist(answer, 'json', { lang: 'nl', pretty: false }))).toBe(JSON.stringify(doc));
    const none = { ...answer, items: [], found: 0 };
    expect(text(renderWorklist(none, 'json', { lang: 'nl' }))).toBe(
      `${JSON.stringify({ ...doc, counts: { ...doc.counts, items: 0 }, items: [] }, null, 2)}\n`,
    );
  });

  it('writes ndjson: one item per line, then the invalid lines as ok:false, then the interruption', () => {
    const end = { afterLine: 202, message: { nl: 'onderbroken', en: 'interrupted' } };
    const lines = text(renderWorklist({ ...answer, interrupted: end }, 'ndjson', { lang: 'nl' }))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.slice(0, r.items.length)).toEqual(plain(r.items));
    expect(lines.slice(r.items.length)).toEqual([
      { ok: false, line: 3, id: 'x', issues: [] },
      { ok: false, line: 9, issues: [] },
      { ok: false, interrupted: true, afterLine: 202, message: end.message },
    ]);
  });

  it('ends an interrupted json document with interrupted, afterLine and message; cut short while writing: afterLine 0', () => {
    const end = { afterLine: 120, message: { nl: 'a', en: 'b' } };
    const whole = JSON.parse(text(renderWorklist({ ...answer, interrupted: end }, 'json', { lang: 'nl', pretty: false })));
    expect(Object.keys(whole).slice(-3)).toEqual(['interrupted', 'afterLine', 'message']);
    expect(whole.afterLine).toBe(120);
    // 3000 items, more than one 64 kB chunk: cut after the first chunk
    const many = Array.from({ length: 30 }, () => r.items).flat();
    const cut = JSON.parse(
      text(
        renderWorklist({ ...answer, items: many, found: many.length }, 'json', {
          lang: 'nl',
          pretty: false,
          cutShort: () => ({ afterLine: 0 }),
        }),
      ),
    );
    expect(cut.interrupted).toBe(true);
    expect(cut.afterLine).toBe(0);
    expect(cut.items.length).toBeGreaterThan(0);
    expect(cut.items.length).toBeLessThan(many.length);
  });

  it('writes csv for Dutch Excel with --excel (semicolons, a BOM), one row per item', () => {
    const csv = text(renderWorklist(answer, 'csv', { lang: 'nl', excel: true }));
    expect(csv.startsWith('\uFEFFcase_id;step;protocol_step;')).toBe(true);
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(r.items.length + 1);
  });

  it('keeps long case ids whole in the table, and writes dates as the timeline table does', () => {
    const items = worklist(
      [
        { id: 'VZ-2024-031-met-een-heel-lange-referentie', firstSickDay: '2025-04-14' },
        { id: 'VZ-2024-032-met-een-heel-lange-referentie', firstSickDay: '2025-04-14' },
      ],
      { asOf: AS_OF },
    ).items;
    const table = text(renderWorklist({ ...answer, invalid: [], items, found: items.length }, 'table', { lang: 'nl' }));
    expect(table).toContain('VZ-2024-031-met-een-heel-lange-referentie');
    expect(table).toContain('VZ-2024-032-met-een-heel-lange-referentie');
    // probleemanalyse of a case from Monday 2025-04-14: counted day 42 = Sunday 2025-05-25
    expect(table).toContain('zo 25-05-2025');
    const en = text(renderWorklist({ ...answer, invalid: [], items, found: items.length }, 'table', { lang: 'en' }));
    expect(en).toContain('Su 2025-05-25');
  });
});

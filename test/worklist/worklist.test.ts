/**
 * The worklist (issue 11, item 1) against a brute-force filter of full timelines over a generated
 * population: every case evaluated on its own with `evaluateCase`, its milestones filtered and
 * sorted here, independently of src/worklist.ts.
 */

import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import {
  type CaseInput,
  collectWorklist,
  compareWorkItems,
  evaluateCase,
  MILESTONE_RULES,
  type WorkItem,
  type WorklistOptions,
  worklist,
  worklistStream,
} from '../../src/index.js';
import { arbCase, toInput } from '../arbitraries.js';
import { fc } from '../fc.js';

const AS_OF = '2025-06-02';
const asOfDay = parseIsoDate(AS_OF);

/** 400 generated cases, each shifted so that its own as-of day is AS_OF; ids mix numbers and strings. */
function population(seed: number, n = 400): (CaseInput & { id: string | number })[] {
  const cases = fc.sample(arbCase(), { seed, numRuns: n });
  return cases.map((c, i) => {
    const { input } = toInput(c, asOfDay - c.asOf);
    return { ...input, id: i % 3 === 0 ? i : `E-${String(i).padStart(4, '0')}` };
  });
}

const day = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
};

/** The expected list, from full timelines: written without src/worklist.ts. */
function bruteForce(
  cases: readonly (CaseInput & { id: string | number })[],
  within: number,
  opts: { windows?: boolean; advice?: boolean; suspended?: boolean } = {},
): string[] {
  const rows: { key: (string | number)[]; text: string }[] = [];
  const order = MILESTONE_RULES.map((r) => r.id as string);
  const statusRank: Record<string, number> = { overdue: 0, 'due-soon': 1, upcoming: 2, suspended: 3 };
  for (const c of cases) {
    const t = evaluateCase(c, { asOf: AS_OF });
    for (const m of t.milestones) {
      if (m.kind === 'info') continue;
      if (m.kind === 'advice' && opts.advice === false) continue;
      const open =
        m.status === 'overdue' ||
        m.status === 'due-soon' ||
        m.status === 'upcoming' ||
        (opts.suspended === true && m.status === 'suspended');
      if (!open) continue;
      const untilDue = day(m.due) - day(AS_OF);
      let trigger: string;
      let date: string;
      if (untilDue <= within) {
        trigger = 'due';
        date = m.due;
      } else if (
        opts.windows === true &&
        m.windowStart !== null &&
        day(m.windowStart) >= day(AS_OF) &&
        day(m.windowStart) - day(AS_OF) <= within
      ) {
        trigger = 'window';
        date = m.windowStart;
      } else continue;
      const consequence = m.kind === 'protocol' ? 'protocol' : MILESTONE_RULES.find((r) => r.id === m.id)?.consequence;
      const idKey = typeof c.id === 'number' ? `0${String(c.id).padStart(12, '0')}` : `1${c.id}`;
      rows.push({
        key: [
          date,
          m.kind === 'legal' ? 0 : 1,
          statusRank[m.status] ?? 9,
          trigger === 'due' ? 0 : 1,
          idKey,
          order.indexOf(m.id),
          m.occurrence,
        ],
        text: [c.id, m.id, m.protocolStep, m.occurrence, trigger, date, m.due, m.status, untilDue, m.week, m.actor, consequence].join(' '),
      });
    }
  }
  rows.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const x = a.key[i] as string | number;
      const y = b.key[i] as string | number;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  return rows.map((r) => r.text);
}

const show = (i: WorkItem): string =>
  [
    i.caseId,
    i.milestoneId,
    i.protocolStep,
    i.occurrence,
    i.trigger,
    i.date,
    i.due,
    i.status,
    i.daysUntilDue,
    i.week,
    i.actor,
    i.consequence,
  ].join(' ');

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe('worklist over a generated population', () => {
  const cases = population(11);

  it.each([
    [14, {}],
    [0, {}],
    [60, { windows: true }],
    [30, { advice: false, suspended: true }],
  ] as const)('equals a brute-force filter of the full timelines (within %i, %o)', (within, include) => {
    const r = worklist(cases, { asOf: AS_OF, withinDays: within, include });
    expect(r.casesRead).toBe(cases.length);
    expect(r.invalid).toEqual([]);
    const expected = bruteForce(cases, within, include);
    expect(expected.length).toBeGreaterThan(20);
    expect(r.items.map(show)).toEqual(expected);
  });

  it('gives the same result for a sync and an async iterable, and through the stream + collector', async () => {
    const options: WorklistOptions = { asOf: AS_OF, withinDays: 21, include: { windows: true } };
    const sync = worklist(cases, options);
    const viaAsync = await worklist(slowly(cases), options);
    const viaStream = await collectWorklist(worklistStream(cases, options));
    expect(viaAsync).toEqual(sync);
    expect(viaStream).toEqual(sync);
  });

  it('streams one result per case, in input order, items unsorted between cases', async () => {
    const seen: (string | number)[] = [];
    for await (const r of worklistStream(slowly(cases.slice(0, 50)), { asOf: AS_OF })) {
      expect(r.ok).toBe(true);
      if (r.ok) {
        seen.push(r.id);
        for (const i of r.items) expect(i.caseId).toBe(r.id);
      }
    }
    expect(seen).toEqual(cases.slice(0, 50).map((c) => c.id));
  });

  it('never lists info milestones, done or not-applicable steps', () => {
    const r = worklist(cases, { asOf: AS_OF, withinDays: 3650, include: { windows: true, suspended: true } });
    expect(r.items.length).toBeGreaterThan(100);
    for (const i of r.items) {
      expect(i.kind).not.toBe('info');
      expect(['einde-wachttijd', 'wia-brief-uwv', 'vervroegde-iva']).not.toContain(i.milestoneId);
      expect(['overdue', 'due-soon', 'upcoming', 'suspended']).toContain(i.status);
    }
  });

  it('sorts by date, then legal before advice, overdue first, then case id', () => {
    const r = worklist(population(5, 300), { asOf: AS_OF, withinDays: 30 });
    const rank = (i: WorkItem): string => `${i.date}|${i.kind === 'legal' ? 0 : 1}|${i.status === 'overdue' ? 0 : 1}`;
    for (let k = 1; k < r.items.length; k++) {
      const a = r.items[k - 1] as WorkItem;
      const b = r.items[k] as WorkItem;
      expect(rank(a) <= rank(b), `${show(a)} before ${show(b)}`).toBe(true);
      expect(b.daysUntilDue).toBe(day(b.due) - day(AS_OF));
      if (b.status === 'overdue') expect(b.daysUntilDue).toBeLessThan(0);
    }
  });

  it('sorts numeric ids by value before string ids', () => {
    const same = { firstSickDay: '2025-05-01' };
    const r = worklist(
      [
        { id: 'b', ...same },
        { id: 10, ...same },
        { id: 'a', ...same },
        { id: 9, ...same },
      ],
      { asOf: AS_OF, withinDays: 0 },
    );
    const first = r.items.filter((i) => i.milestoneId === r.items[0]?.milestoneId).map((i) => i.caseId);
    expect(first).toEqual([9, 10, 'a', 'b']);
  });
});

describe('invalid cases', () => {
  it('are returned with their index, id and issues, never dropped; the valid ones still count', async () => {
    const cases: unknown[] = [
      { id: 1, firstSickDay: '2025-05-01' },
      { firstSickDay: '2025-05-01' },
      { id: 'x', firstSickDay: '2025-02-30' },
      'not a case',
      { id: 2, firstSickDay: '2025-05-10' },
    ];
    for (const r of [worklist(cases, { asOf: AS_OF }), await worklist(slowly(cases), { asOf: AS_OF })]) {
      expect(r.casesRead).toBe(5);
      expect(r.invalid.map((i) => [i.index, i.id, i.issues[0]?.path.join('.')])).toEqual([
        [1, undefined, 'id'],
        [2, 'x', 'firstSickDay'],
        [3, undefined, 'id'],
      ]);
      expect(new Set(r.items.map((i) => i.caseId))).toEqual(new Set([1, 2]));
    }
  });

  it('throws a PoortwachterError for bad options (a programmer error)', () => {
    expect(() => worklist([], { asOf: '2025-02-30' })).toThrow(/asOf/);
    expect(() => worklist([], { asOf: AS_OF, withinDays: -1 })).toThrow(/withinDays/);
  });
});

describe("the employer's own protocol", () => {
  it('lists protocol steps after the legal ones of the same day, with their own title and consequence', () => {
    const policy = {
      protocol: [
        {
          id: 'contact',
          title: { nl: 'Contact met leidinggevende', en: 'Contact with the manager' },
          actor: 'werkgever',
          days: 2,
          repeatEveryDays: 7,
        },
      ],
    } as const;
    const cases = [{ id: 1, firstSickDay: '2025-05-20' }];
    const r = worklist(cases, { asOf: AS_OF, withinDays: 14, policy });
    const protocol = r.items.filter((i) => i.kind === 'protocol');
    expect(protocol.length).toBeGreaterThan(1);
    for (const i of protocol) {
      expect(i.protocolStep).toBe('contact');
      expect(i.consequence).toBe('protocol');
      expect(i.title.nl).toBe('Contact met leidinggevende');
    }
    expect(
      worklist(cases, { asOf: AS_OF, withinDays: 14, policy, include: { protocol: false } }).items.some((i) => i.kind === 'protocol'),
    ).toBe(false);
    const r2 = worklist(cases, { asOf: AS_OF, withinDays: 14, policy });
    expect(r2.items.map((i) => `${i.due} ${i.kind}`)).toEqual([...r2.items].sort(compareWorkItems).map((i) => `${i.due} ${i.kind}`));
  });
});

describe('a hand-checked case', () => {
  it('lists the probleemanalyse due in six days, and the 42nd-week report only when its window opens', () => {
    // Day 1 Monday 2025-01-06: probleemanalyse due counted day 42 = 2025-02-16.
    const c = { id: 'E-17', firstSickDay: '2025-01-06', events: [{ type: 'melding-bedrijfsarts', date: '2025-01-07' }] } as const;
    const r = worklist([c], { asOf: '2025-02-10', withinDays: 14 });
    expect(r.items.map((i) => [i.milestoneId, i.due, i.daysUntilDue, i.consequence])).toEqual([
      ['signalering-week-3', '2025-01-26', -15, 'advice'],
      ['probleemanalyse', '2025-02-16', 6, 'loonsanctie'],
    ]);
    const asOf = formatIsoDate(parseIsoDate('2025-01-06') + 287); // counted day 288: the window opens
    const w = worklist([c], { asOf, withinDays: 0, include: { windows: true } });
    expect(w.items.find((i) => i.milestoneId === '42e-weeksmelding')?.trigger).toBe('window');
  });
});

/**
 * The events stage at its edges: every check of a single event (its shape, type, date, until and
 * weeks) with the exact code, path and params, the limit on the sum of the verlengingen, the
 * canonical order of the events (date, then a recovery before a relapse, then type and content)
 * and which events count on `asOf`.
 */

import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseTimeline, InputIssueData } from '../../src/index.js';
import { evaluateCase, PoortwachterError, parseCaseInput } from '../../src/index.js';
import { plus } from '../golden/helpers.js';

const D1 = '2025-01-06'; // a Monday
const AS_OF = '2025-06-02';

/** The issues evaluateCase throws for `events` (as [path, code, params]), or [] when it accepts them. */
function issuesOf(events: readonly unknown[], firstSickDay: unknown = D1): [readonly (string | number)[], string, unknown][] {
  try {
    evaluateCase({ firstSickDay, events } as never, { asOf: AS_OF });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(PoortwachterError);
    return (error as PoortwachterError).issues.map((i: InputIssueData) => [i.path, i.code, i.params]);
  }
}

const run = (events: readonly CaseEvent[], asOf = AS_OF): CaseTimeline => evaluateCase({ firstSickDay: D1, events }, { asOf });

describe('the shape and type of an event', () => {
  it('names an event that is not an object by its JSON type', () => {
    expect(issuesOf([null, 5, [], 'x', true])).toEqual([
      [['events', 0], 'invalid_type', { expected: 'object', received: 'null', value: null }],
      [['events', 1], 'invalid_type', { expected: 'object', received: 'number', value: '5' }],
      [['events', 2], 'invalid_type', { expected: 'object', received: 'array', value: null }],
      [['events', 3], 'invalid_type', { expected: 'object', received: 'string', value: "'x'" }],
      [['events', 4], 'invalid_type', { expected: 'object', received: 'boolean', value: 'true' }],
    ]);
  });

  it('says a missing type is missing and an unknown one unknown, and checks nothing else of that event', () => {
    // The dates are bad too, but an event of no known type is not read further.
    expect(issuesOf([{ date: 'gisteren' }, { type: 'ziekmelding', date: '2024-01-01' }, { type: 7 }])).toEqual([
      [['events', 0, 'type'], 'missing', {}],
      [['events', 1, 'type'], 'invalid_event_type', { value: "'ziekmelding'" }],
      [['events', 2, 'type'], 'invalid_event_type', { value: '7' }],
    ]);
  });

  it('accepts every known type on day 1 and reports only the bad event among good ones', () => {
    expect(issuesOf([{ type: 'probleemanalyse', date: D1 }, { type: 'hersteld' }, { type: 'deskundigenoordeel', date: D1 }])).toEqual([
      [['events', 1, 'date'], 'missing', {}],
    ]);
  });
});

describe('the date of an event and day 1', () => {
  it('rejects an event the day before day 1, with both dates, and accepts one on day 1', () => {
    // 2025-01-05 is the Sunday before D1 2025-01-06.
    expect(issuesOf([{ type: 'plan-van-aanpak', date: '2025-01-05' }])).toEqual([
      [['events', 0, 'date'], 'before_first_sick_day', { date: '2025-01-05', firstSickDay: D1 }],
    ]);
    expect(issuesOf([{ type: 'plan-van-aanpak', date: D1 }])).toEqual([]);
  });

  it('lets only aow-leeftijd precede day 1', () => {
    expect(issuesOf([{ type: 'aow-leeftijd', date: '2024-12-01' }])).toEqual([]);
    expect(issuesOf([{ type: 'einde-dienstverband', date: '2024-12-31' }])).toEqual([
      [['events', 0, 'date'], 'before_first_sick_day', { date: '2024-12-31', firstSickDay: D1 }],
    ]);
  });

  it('gives one issue for a date that is no date, and none about day 1 when day 1 is itself bad', () => {
    expect(issuesOf([{ type: 'probleemanalyse', date: '2025-02-30' }])).toEqual([
      [['events', 0, 'date'], 'invalid_date', { value: "'2025-02-30'" }],
    ]);
    expect(issuesOf([{ type: 'probleemanalyse', date: 20250210 }])).toEqual([
      [['events', 0, 'date'], 'invalid_type', { expected: 'string', received: 'number', value: '20250210' }],
    ]);
    // firstSickDay 2025-13-01 is no date: an event in 2024 is not said to precede it.
    expect(issuesOf([{ type: 'probleemanalyse', date: '2024-01-01' }], '2025-13-01')).toEqual([
      [['firstSickDay'], 'invalid_date', { value: "'2025-13-01'" }],
    ]);
  });
});

describe('the until of pregnancy leave and of a bekorting', () => {
  it('accepts leave of one day (until = date) and rejects leave that ends the day before it starts', () => {
    expect(issuesOf([{ type: 'zwangerschapsverlof', date: '2025-03-07', until: '2025-03-07' }])).toEqual([]);
    expect(issuesOf([{ type: 'zwangerschapsverlof', date: '2025-03-07', until: '2025-03-06' }])).toEqual([
      [['events', 0, 'until'], 'until_before_date', { date: '2025-03-07', until: '2025-03-06' }],
    ]);
  });

  it('gives one issue for leave without a usable until', () => {
    expect(issuesOf([{ type: 'zwangerschapsverlof', date: '2025-03-07' }])).toEqual([[['events', 0, 'until'], 'missing', {}]]);
    expect(issuesOf([{ type: 'zwangerschapsverlof', date: '2025-03-07', until: '2025-02-30' }])).toEqual([
      [['events', 0, 'until'], 'invalid_date', { value: "'2025-02-30'" }],
    ]);
    // A bad start with a good until: only the start is reported.
    expect(issuesOf([{ type: 'zwangerschapsverlof', date: '2025-02-30', until: '2025-03-01' }])).toEqual([
      [['events', 0, 'date'], 'invalid_date', { value: "'2025-02-30'" }],
    ]);
  });

  it('checks the optional until of a bekorting only when given, and reads no until on other events', () => {
    expect(issuesOf([{ type: 'loonsanctie-bekort', date: '2025-05-01' }])).toEqual([]);
    expect(issuesOf([{ type: 'loonsanctie-bekort', date: '2025-05-01', until: '2025-05-32' }])).toEqual([
      [['events', 0, 'until'], 'invalid_date', { value: "'2025-05-32'" }],
    ]);
    // evaluateCase checks what it reads: an until on a recovery is not part of it.
    expect(issuesOf([{ type: 'hersteld', date: '2025-05-01', until: 'nooit' }])).toEqual([]);
  });
});

describe('the weeks of a verlenging (13–520) and of a loonsanctie (1–52)', () => {
  const weeks = (type: 'verlenging' | 'loonsanctie', w: unknown) => issuesOf([{ type, date: '2025-06-01', weeks: w }]);

  it('accepts the bounds of each', () => {
    for (const w of [13, 520]) expect(weeks('verlenging', w), `verlenging ${w}`).toEqual([]);
    for (const w of [1, 52]) expect(weeks('loonsanctie', w), `loonsanctie ${w}`).toEqual([]);
  });

  it('rejects one week beyond each bound, with that bound', () => {
    const at = ['events', 0, 'weeks'];
    expect(weeks('verlenging', 12)).toEqual([[at, 'too_small', { origin: 'number', minimum: 13, value: '12' }]]);
    expect(weeks('verlenging', 521)).toEqual([[at, 'too_big', { origin: 'number', maximum: 520, value: '521' }]]);
    expect(weeks('loonsanctie', 0)).toEqual([[at, 'too_small', { origin: 'number', minimum: 1, value: '0' }]]);
    expect(weeks('loonsanctie', 53)).toEqual([[at, 'too_big', { origin: 'number', maximum: 52, value: '53' }]]);
  });

  it('does not check weeks on other events', () => {
    expect(issuesOf([{ type: 'loonsanctie-bekort', date: '2025-06-01', weeks: 0 }])).toEqual([]);
  });
});

describe('the sum of the verlengingen (at most 520 weeks)', () => {
  const v = (date: string, weeks: unknown) => ({ type: 'verlenging', date, weeks });

  it('accepts exactly 520 weeks in all and reports the event that crosses it, once', () => {
    // 260 + 260 = 520: allowed; + 13 = 533 at event 2; a further 13 is not reported again.
    expect(issuesOf([v('2026-06-01', 260), v('2026-07-01', 260)])).toEqual([]);
    expect(issuesOf([v('2026-06-01', 260), v('2026-07-01', 260), v('2026-08-01', 13), v('2026-09-01', 13)])).toEqual([
      [['events', 2, 'weeks'], 'total_too_big', { total: 533, maximum: 520 }],
    ]);
  });

  it('reports where a single event tips the sum over from exactly 520', () => {
    expect(issuesOf([v('2026-06-01', 520), v('2026-07-01', 13)])).toEqual([
      [['events', 1, 'weeks'], 'total_too_big', { total: 533, maximum: 520 }],
    ]);
  });

  it('counts neither loonsanctie weeks nor invalid weeks toward it', () => {
    expect(issuesOf([v('2026-06-01', 520), { type: 'loonsanctie', date: '2026-07-01', weeks: 52 }])).toEqual([]);
    expect(issuesOf([v('2026-06-01', 520), v('2026-07-01', 12)])).toEqual([
      [['events', 1, 'weeks'], 'too_small', { origin: 'number', minimum: 13, value: '12' }],
    ]);
  });

  it('is checked by parseCaseInput too', () => {
    const r = parseCaseInput({ firstSickDay: D1, events: [v('2026-06-01', 500), v('2026-07-01', 21)] });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => [i.path, i.code, i.params])).toEqual([
        [['events', 1, 'weeks'], 'total_too_big', { total: 521, maximum: 520 }],
      ]);
  });
});

describe('the order of the events', () => {
  const afterAsOf = (t: CaseTimeline) => t.flags.filter((f) => f.code === 'EVENT_AFTER_AS_OF').map((f) => f.params);

  it('sorts by date, then a recovery before a relapse before the rest, then by type', () => {
    // All after asOf 2025-06-02, given in no order: reported in the canonical one.
    const t = run([
      { type: 'probleemanalyse', date: '2025-07-01' },
      { type: 'ziek', date: '2025-07-01' },
      { type: 'evaluatie', date: '2025-07-01' },
      { type: 'hersteld', date: '2025-07-01' },
      { type: 'casemanager', date: '2025-06-30' },
      { type: 'deskundigenoordeel', date: '2025-07-01' },
    ]);
    const flag = (eventType: string, date: string) => ({ eventType, date, asOf: AS_OF });
    expect(afterAsOf(t)).toEqual([
      flag('casemanager', '2025-06-30'),
      flag('hersteld', '2025-07-01'),
      flag('ziek', '2025-07-01'),
      flag('deskundigenoordeel', '2025-07-01'),
      flag('evaluatie', '2025-07-01'),
      flag('probleemanalyse', '2025-07-01'),
    ]);
  });

  it('orders by type before content: a later type with an earlier note still comes later', () => {
    // Same day after asOf; 'deskundigenoordeel' < 'evaluatie', whatever the notes ('z' > 'a') say.
    const d: CaseEvent = { type: 'deskundigenoordeel', date: '2025-07-01', note: 'z' };
    const e: CaseEvent = { type: 'evaluatie', date: '2025-07-01', note: 'a' };
    for (const events of [
      [d, e],
      [e, d],
    ]) {
      expect(afterAsOf(run(events)).map((p) => (p as { eventType: string }).eventType)).toEqual(['deskundigenoordeel', 'evaluatie']);
    }
  });

  it('reads a relapse on the day of a recovery as a fit gap of no days, whatever the input order', () => {
    // hersteld and ziek both on 2025-03-01: sick on every day 2025-01-06 … 2025-06-02 (148 days).
    const expected = 1 + (Date.UTC(2025, 5, 2) - Date.UTC(2025, 0, 6)) / 86_400_000;
    expect(expected).toBe(148);
    for (const events of [
      [
        { type: 'ziek', date: '2025-03-01' },
        { type: 'hersteld', date: '2025-03-01' },
      ],
      [
        { type: 'hersteld', date: '2025-03-01' },
        { type: 'ziek', date: '2025-03-01' },
      ],
    ] as CaseEvent[][]) {
      const t = run(events);
      expect(t.status).toBe('sick');
      expect(t.countedSickDays).toBe(expected);
      expect(t.periods).toEqual([
        { start: D1, end: '2025-02-28', caseFirstSickDay: D1 },
        { start: '2025-03-01', end: null, caseFirstSickDay: D1 },
      ]);
      expect(t.flags.map((f) => f.code)).not.toContain('ZIEK_WITHOUT_HERSTELD');
    }
  });

  it('orders two bekortingen of one day by their content, so that the later until holds either way', () => {
    // D1 2025-01-06, last day 2027-01-03, application in time, 52 weeks loonsanctie (to 2028-01-02);
    // two decisions on 2027-04-01 naming 2027-04-30 and 2027-05-10: the one sorted last holds.
    const base: CaseEvent[] = [
      { type: 'wia-aanvraag', date: '2026-10-10' },
      { type: 'loonsanctie', date: '2026-12-15', weeks: 52 },
    ];
    const a: CaseEvent = { type: 'loonsanctie-bekort', date: '2027-04-01', until: '2027-04-30' };
    const b: CaseEvent = { type: 'loonsanctie-bekort', date: '2027-04-01', until: '2027-05-10' };
    for (const pair of [
      [a, b],
      [b, a],
    ]) {
      const t = run([...base, ...pair], '2027-04-02');
      expect(t.wageObligationEnd).toBe('2027-05-10');
      expect(t.wageObligationDerivation.at(-1)).toEqual({ kind: 'bekorting', decision: '2027-04-01', days: null, date: '2027-05-10' });
    }
  });

  it('orders two casemanager appointments of one day by their content whatever the input order', () => {
    const a: CaseEvent = { type: 'casemanager', date: '2025-02-03', casemanagerType: 'hr' };
    const b: CaseEvent = { type: 'casemanager', date: '2025-02-03', casemanagerType: 'extern' };
    expect(JSON.stringify(run([a, b]))).toBe(JSON.stringify(run([b, a])));
  });
});

describe('which events count on asOf', () => {
  it('uses a step dated on asOf and leaves out one dated the day after, with a warning', () => {
    // probleemanalyse due D1 + 41 = 2025-02-16 (counted day 42).
    expect(plus(D1, 41)).toBe('2025-02-16');
    const on = run([{ type: 'probleemanalyse', date: '2025-02-10' }], '2025-02-10');
    expect(on.milestones.find((m) => m.id === 'probleemanalyse')?.completedOn).toBe('2025-02-10');
    expect(on.flags.filter((f) => f.code === 'EVENT_AFTER_AS_OF')).toEqual([]);
    const before = run([{ type: 'probleemanalyse', date: '2025-02-10' }], '2025-02-09');
    expect(before.milestones.find((m) => m.id === 'probleemanalyse')?.completedOn).toBeNull();
    expect(before.flags.filter((f) => f.code === 'EVENT_AFTER_AS_OF')).toEqual([
      { code: 'EVENT_AFTER_AS_OF', severity: 'warning', params: { eventType: 'probleemanalyse', date: '2025-02-10', asOf: '2025-02-09' } },
    ]);
  });

  it('uses facts known in advance (AOW age, end of employment, leave) when dated after asOf, without a warning', () => {
    // asOf 2025-02-03; leave 2025-03-01 … 2025-03-14 (14 days) lies in the future but moves the
    // last day of the wachttijd: counted day 728 = D1 + 727 + 14 = 2027-01-17.
    expect(plus(D1, 727 + 14)).toBe('2027-01-17');
    const t = run(
      [
        { type: 'zwangerschapsverlof', date: '2025-03-01', until: '2025-03-14' },
        { type: 'einde-dienstverband', date: '2026-12-31' },
        { type: 'aow-leeftijd', date: '2026-12-01' },
      ],
      '2025-02-03',
    );
    expect(t.flags.filter((f) => f.code === 'EVENT_AFTER_AS_OF')).toEqual([]);
    expect(t.wachttijd.lastDay).toBe('2027-01-17');
    // AOW 2026-12-01 + 6 weeks of sickness = 2026-12-01 + 41 = 2027-01-11 cuts the obligation; the
    // employment ending 2026-12-31 cuts it earlier still.
    expect(plus('2026-12-01', 41)).toBe('2027-01-11');
    expect(t.wageObligationEnd).toBe('2026-12-31');
    expect(t.wageObligationDerivation.map((s) => [s.kind, s.date])).toEqual([
      ['aow', '2027-01-11'],
      ['employmentEnds', '2026-12-31'],
    ]);
  });

  it('leaves out a recovery after asOf', () => {
    const t = run([{ type: 'hersteld', date: '2025-06-03' }], '2025-06-02');
    expect(t.status).toBe('sick');
    expect(t.periods).toEqual([{ start: D1, end: null, caseFirstSickDay: D1 }]);
    expect(t.flags.find((f) => f.code === 'EVENT_AFTER_AS_OF')?.params).toEqual({
      eventType: 'hersteld',
      date: '2025-06-03',
      asOf: '2025-06-02',
    });
  });
});

/**
 * The input boundary: parseCaseInput and safeEvaluateCase name the field of every problem (path and
 * a message in Dutch and English that starts with the field's name) and never throw; evaluateCase
 * never throws for input that parseCaseInput accepts.
 */

import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import type { InputIssue } from '../../src/index.js';
import { evaluateCase, parseCaseInput, safeEvaluateCase } from '../../src/index.js';
import { arbCase, STEP_TYPES, toInput } from '../arbitraries.js';
import { fc, test as fcTest } from '../fc.js';
import { runs } from '../fc-runs.js';
import { plus } from '../golden/helpers.js';

const D1 = '2025-01-06';
const withEvent = (e: unknown) => ({ firstSickDay: D1, events: [e] });

/** [what, input, expected path of the first issue, expected field name at the start of both messages] */
const BAD: readonly [string, unknown, (string | number)[], string][] = [
  ['null input', null, [], '(root)'],
  ['a string as input', 'case', [], '(root)'],
  ['an array as input', [], [], '(root)'],
  ['a missing first sick day', {}, ['firstSickDay'], 'firstSickDay'],
  ['a first sick day that is a number', { firstSickDay: 20250106 }, ['firstSickDay'], 'firstSickDay'],
  ['30 February', { firstSickDay: '2024-02-30' }, ['firstSickDay'], 'firstSickDay'],
  ['29 February in a common year', { firstSickDay: '2025-02-29' }, ['firstSickDay'], 'firstSickDay'],
  ['month 13', { firstSickDay: '2025-13-01' }, ['firstSickDay'], 'firstSickDay'],
  ['a year before 1900', { firstSickDay: '1899-12-31' }, ['firstSickDay'], 'firstSickDay'],
  ['a year after 2199', { firstSickDay: '2200-01-01' }, ['firstSickDay'], 'firstSickDay'],
  ['a date with a time', { firstSickDay: '2025-01-06T08:00:00Z' }, ['firstSickDay'], 'firstSickDay'],
  ['events that are not a list', { firstSickDay: D1, events: {} }, ['events'], 'events'],
  ['an unknown event type', withEvent({ type: 'ziekmelding', date: '2025-01-07' }), ['events', 0, 'type'], 'events[0].type'],
  ['an event without a date', withEvent({ type: 'probleemanalyse' }), ['events', 0, 'date'], 'events[0].date'],
  ['an event with an impossible date', withEvent({ type: 'probleemanalyse', date: '2025-04-31' }), ['events', 0, 'date'], 'events[0].date'],
  ['an event before day 1', withEvent({ type: 'plan-van-aanpak', date: '2025-01-05' }), ['events', 0, 'date'], 'events[0].date'],
  [
    'a verlenging under 13 weeks',
    withEvent({ type: 'verlenging', date: '2025-06-01', weeks: 12 }),
    ['events', 0, 'weeks'],
    'events[0].weeks',
  ],
  [
    'a loonsanctie over 52 weeks',
    withEvent({ type: 'loonsanctie', date: '2025-06-01', weeks: 53 }),
    ['events', 0, 'weeks'],
    'events[0].weeks',
  ],
  [
    'a loonsanctie of half a week',
    withEvent({ type: 'loonsanctie', date: '2025-06-01', weeks: 2.5 }),
    ['events', 0, 'weeks'],
    'events[0].weeks',
  ],
  ['a loonsanctie without weeks', withEvent({ type: 'loonsanctie', date: '2025-06-01' }), ['events', 0, 'weeks'], 'events[0].weeks'],
  [
    'leave that ends before it starts',
    withEvent({ type: 'zwangerschapsverlof', date: '2025-03-07', until: '2025-03-01' }),
    ['events', 0, 'until'],
    'events[0].until',
  ],
  ['leave without an end', withEvent({ type: 'zwangerschapsverlof', date: '2025-03-07' }), ['events', 0, 'until'], 'events[0].until'],
  [
    'an unknown casemanager type',
    withEvent({ type: 'casemanager', date: '2025-03-07', casemanagerType: 'baas' }),
    ['events', 0, 'casemanagerType'],
    'events[0].casemanagerType',
  ],
  [
    'a percentage over 100',
    withEvent({ type: 'gedeeltelijk-hersteld', date: '2025-03-07', percentage: 150 }),
    ['events', 0, 'percentage'],
    'events[0].percentage',
  ],
];

function expectNamed(issues: readonly InputIssue[], path: (string | number)[], name: string) {
  const issue = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(issue, `no issue at ${JSON.stringify(path)}: ${JSON.stringify(issues)}`).toBeDefined();
  expect(issue?.message.nl.startsWith(`${name}:`), issue?.message.nl).toBe(true);
  expect(issue?.message.en.startsWith(`${name}:`), issue?.message.en).toBe(true);
  expect(issue?.message.nl).not.toBe(issue?.message.en);
  expect(typeof issue?.code).toBe('string');
}

describe('parseCaseInput', () => {
  for (const [what, input, path, name] of BAD) {
    it(`names the field for ${what}`, () => {
      const r = parseCaseInput(input);
      expect(r.success).toBe(false);
      if (!r.success) expectNamed(r.issues, path, name);
    });
  }

  it('names an unknown field and says it is never ignored', () => {
    const r = parseCaseInput(withEvent({ type: 'probleemanalyse', date: '2025-02-01', extra: 1 }));
    expect(r.success).toBe(false);
    if (!r.success) {
      expectNamed(r.issues, ['events', 0, 'extra'], 'events[0].extra');
      expect(r.issues[0]).toMatchObject({ code: 'unknown_field', params: { field: 'extra' } });
      expect(r.issues[0]?.message.en).toContain('never silently ignored');
    }
  });

  it('reports a problem in each of several events', () => {
    const r = parseCaseInput({
      firstSickDay: D1,
      events: [
        { type: 'probleemanalyse', date: '2025-02-30' },
        { type: 'verlenging', date: '2025-06-01', weeks: 1 },
      ],
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      expectNamed(r.issues, ['events', 0, 'date'], 'events[0].date');
      expectNamed(r.issues, ['events', 1, 'weeks'], 'events[1].weeks');
    }
  });

  it('accepts a valid case, an AOW date before day 1 and a leap day', () => {
    expect(parseCaseInput({ firstSickDay: '2024-02-29', events: [{ type: 'aow-leeftijd', date: '2020-01-01' }] }).success).toBe(true);
    expect(parseCaseInput({ firstSickDay: D1 }).success).toBe(true);
    expect(parseCaseInput({ firstSickDay: D1, events: [], id: 'abc' }).success).toBe(true);
  });

  fcTest.prop([arbCase()], { numRuns: runs(200) })('accepts every generated realistic case', (c) => {
    const { input } = toInput(c);
    const r = parseCaseInput(input);
    expect(r.success, JSON.stringify(r)).toBe(true);
  });
});

describe('safeEvaluateCase', () => {
  it('names a bad asOf and a bad policy setting', () => {
    const a = safeEvaluateCase({ firstSickDay: D1 }, { asOf: '2025-02-29' });
    expect(a.success).toBe(false);
    if (!a.success) expectNamed(a.issues, ['asOf'], 'asOf');
    const b = safeEvaluateCase({ firstSickDay: D1 }, { asOf: D1, policy: { dueSoonDays: -1 } });
    expect(b.success).toBe(false);
    if (!b.success) expectNamed(b.issues, ['policy', 'dueSoonDays'], 'policy.dueSoonDays');
    const c = safeEvaluateCase({ firstSickDay: D1 }, { asOf: D1, policy: { probleemanalyse: 'later' as 'week' } });
    expect(c.success).toBe(false);
    if (!c.success) expectNamed(c.issues, ['policy', 'probleemanalyse'], 'policy.probleemanalyse');
  });

  it('reports input and option problems together', () => {
    const r = safeEvaluateCase({ firstSickDay: '2025-02-30' }, { asOf: 'today' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expectNamed(r.issues, ['asOf'], 'asOf');
      expectNamed(r.issues, ['firstSickDay'], 'firstSickDay');
    }
  });

  it('returns the same timeline as evaluateCase for valid input', () => {
    const input = { firstSickDay: D1, events: [{ type: 'probleemanalyse' as const, date: '2025-02-20' }] };
    const r = safeEvaluateCase(input, { asOf: '2025-03-10' });
    expect(r).toEqual({ success: true, data: evaluateCase(input, { asOf: '2025-03-10' }) });
  });

  fcTest.prop([fc.anything(), fc.anything()], { numRuns: runs(300) })('never throws, whatever it is given', (input, options) => {
    const r = safeEvaluateCase(input, options as never);
    expect(typeof r.success).toBe('boolean');
    if (!r.success) for (const i of r.issues) expect(typeof i.message.nl === 'string' && typeof i.message.en === 'string').toBe(true);
  });

  fcTest.prop([fc.anything()], { numRuns: runs(300) })('parseCaseInput never throws either', (input) => {
    expect(() => parseCaseInput(input)).not.toThrow();
  });
});

describe('evaluateCase on input that parseCaseInput accepts', () => {
  const MIN = parseIsoDate('1900-01-01');
  const MAX = parseIsoDate('2199-12-31');
  const TYPES = [
    ...STEP_TYPES,
    'hersteld',
    'ziek',
    'gedeeltelijk-hersteld',
    'zwangerschapsverlof',
    'wia-brief-ontvangen',
    'verlenging',
    'loonsanctie',
    'einde-dienstverband',
    'aow-leeftijd',
    'deskundigenoordeel',
  ] as const;
  const arbDay = fc.integer({ min: MIN, max: MAX });
  const arbEvent = fc
    .record({ type: fc.constantFrom(...TYPES), day: arbDay, until: arbDay, weeks: fc.integer({ min: 0, max: 600 }) })
    .map((e) => {
      const base: Record<string, unknown> = { type: e.type, date: formatIsoDate(e.day) };
      if (e.type === 'zwangerschapsverlof') base.until = formatIsoDate(e.until);
      if (e.type === 'verlenging' || e.type === 'loonsanctie') base.weeks = e.weeks;
      return base;
    });
  const arbPolicy = fc.record(
    {
      probleemanalyse: fc.constantFrom('week', 'strict'),
      evaluationIntervalDays: fc.integer({ min: 1, max: 365 }),
      dueSoonDays: fc.integer({ min: 0, max: 365 }),
      includeAdvice: fc.boolean(),
      meldingBedrijfsartsDay: fc.integer({ min: 1, max: 42 }),
      frequentAbsenceReports: fc.integer({ min: 2, max: 100 }),
    },
    { requiredKeys: [] },
  );

  fcTest.prop([arbDay, fc.array(arbEvent, { maxLength: 12 }), arbDay, arbPolicy], { numRuns: runs(300) })(
    'never throws, over the whole range 1900–2199 (dates past 2199 included)',
    (d1, events, asOf, policy) => {
      const parsed = parseCaseInput({ firstSickDay: formatIsoDate(d1), events });
      if (!parsed.success) return;
      const t = evaluateCase(parsed.data, { asOf: formatIsoDate(asOf), policy });
      for (const m of t.milestones) expect(m.due, m.id).toMatch(/^\d{4,}-\d{2}-\d{2}$/);
      expect(t.wachttijd.lastDay).toMatch(/^\d{4,}-\d{2}-\d{2}$/);
    },
  );

  it('finishes a case near the end of the range with the longest verlenging and a one-day evaluation interval', () => {
    // 104 + 520 weeks with an evaluation every counted day: a few thousand milestones, not a hang
    const events = [{ type: 'verlenging' as const, date: '2199-06-01', weeks: 520 }];
    const t = evaluateCase({ firstSickDay: '2199-01-01', events }, { asOf: '2199-12-31', policy: { evaluationIntervalDays: 1 } });
    expect(t.wachttijd.lastDay).toBe(plus('2199-01-01', 727 + 520 * 7)); // formatted beyond 2199
    expect(t.milestones.filter((m) => m.id === 'evaluatie').length).toBeGreaterThan(4000);
  });
});

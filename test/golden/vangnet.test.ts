/**
 * The early ziekmelding to UWV in a vangnet case (Ziektewet art. 38a, 38b; UWV terms per ground):
 * the term for each ground, the flexibiliseringsperiode of a pregnancy, no 42e-weeksmelding (art.
 * 38 lid 4), and the terms on their boundary days with the Atw (art. 1, 2). The boundary-day tests
 * sit on the day where `<` and `<=` (or the first and the last of two records) give different
 * answers. Each date was computed by hand (the calendar arithmetic is written beside it) and
 * re-checked with `plus` (Date.UTC), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { type CaseEvent, type CaseInput, evaluateCase } from '../../src/index.js';
import { ms, plus } from './helpers.js';

const D1 = '2025-01-06'; // a Monday

describe('vangnet: the early ziekmelding to UWV (Ziektewet art. 38a; UWV terms per ground)', () => {
  // D1 Mon 2025-01-06: the 4th day = D1+3 = Thu 2025-01-09; "de eerste dag na zes weken" = D1+42 =
  // Mon 2025-02-17 (0.2 said D1+41, a Sunday).
  const d1 = '2025-01-06';
  const run = (vangnet: CaseInput['vangnet'], events: CaseEvent[] = [], asOf = '2025-01-07') =>
    evaluateCase({ firstSickDay: d1, vangnet, events }, { explain: true, asOf });
  const due = (t: ReturnType<typeof run>) => ms(t, 'ziekmelding-uwv-vangnet').due;

  it('is due within 6 weeks for a pregnancy before the flexibiliseringsperiode', () => {
    // expected 2025-06-30: the period starts 2025-07-01 − 42 = 2025-05-20, after D1 → D1+42
    expect(plus('2025-07-01', -42)).toBe('2025-05-20');
    expect(due(run({ grond: 'zwangerschap', uitgerekendeDatum: '2025-06-30' }))).toBe('2025-02-17');
  });

  it('falls due 4 days into the flexibiliseringsperiode when that comes first', () => {
    // expected 2025-03-10: the period starts 2025-03-11 − 42 = 2025-01-28 → + 3 = 2025-01-31 (Fri)
    const t = run({ grond: 'zwangerschap', uitgerekendeDatum: '2025-03-10' });
    expect(due(t)).toBe('2025-01-31');
    expect(ms(t, 'ziekmelding-uwv-vangnet').derivation.due[0]).toEqual({
      kind: 'vangnet',
      grond: 'zwangerschap',
      term: 'vierde-dag',
      from: '2025-01-28',
      days: 3,
      flexStart: '2025-01-28',
      date: '2025-01-31',
    });
  });

  it('is due on the 4th day after the pregnancy leave, or the 4th day after the ground became known (ZW 38b lid 2)', () => {
    expect(due(run({ grond: 'zwangerschap-na-verlof' }))).toBe('2025-01-09');
    // known Mon 2025-01-20: "niet later dan de vierde dag na het tijdstip" = Fri 2025-01-24
    expect(due(run({ grond: 'zwangerschap-na-verlof', bekendOp: '2025-01-20' }))).toBe('2025-01-24');
  });

  it('is due within 6 weeks for a no-riskpolis and organ donation', () => {
    expect(due(run({ grond: 'no-riskpolis' }))).toBe('2025-02-17');
    expect(due(run({ grond: 'orgaandonatie' }))).toBe('2025-02-17');
  });

  it('is only there for a vangnet case, where the 42e-weeksmelding never applies (Ziektewet art. 38 lid 4)', () => {
    expect(evaluateCase({ firstSickDay: d1 }, { asOf: '2025-01-07' }).milestones.some((m) => m.id === 'ziekmelding-uwv-vangnet')).toBe(
      false,
    );
    const t = run({ grond: 'no-riskpolis' }, [{ type: 'ziekmelding-uwv-vangnet', date: '2025-01-20' }], '2025-11-01');
    expect(ms(t, 'ziekmelding-uwv-vangnet').status).toBe('done');
    expect(ms(t, '42e-weeksmelding')).toMatchObject({
      status: 'not-applicable',
      derivation: { reason: { code: 'vangnet-grond', grond: 'no-riskpolis' } },
    });
    // not made at all, asOf 2025-11-01 past D1 + 294 = 2025-10-27: still no 42e-weeksmelding, no €455
    const never = run({ grond: 'zwangerschap' }, [], '2025-11-01');
    expect(ms(never, '42e-weeksmelding').status).toBe('not-applicable');
    expect(never.flags.some((f) => f.milestoneId === '42e-weeksmelding')).toBe(false);
  });

  it('flags a late vangnet melding with its consequence', () => {
    const t = run({ grond: 'zwangerschap-na-verlof' }, [], '2025-01-15');
    const f = t.flags.find((x) => x.milestoneId === 'ziekmelding-uwv-vangnet');
    expect(f).toMatchObject({ code: 'MILESTONE_OVERDUE', severity: 'error', params: { consequence: 'vangnet-late' } });
  });

  it('rejects an unknown ground, naming the field', () => {
    expect(() => run({ grond: 'griep' } as unknown as CaseInput['vangnet'])).toThrow(/vangnet\.grond/);
  });
});

describe('the vangnet melding on the boundary days (ZW 38a, 38b; Atw art. 1, 2)', () => {
  const vangnet = (firstSickDay: string, v: CaseInput['vangnet'], asOf: string) =>
    ms(evaluateCase({ firstSickDay, events: [], vangnet: v }, { asOf, explain: true }), 'ziekmelding-uwv-vangnet');

  it('counts the Atw’s two working days from the day after the ground became clear (38b lid 2)', () => {
    // D1 Wed 2025-10-01 (6 weeks: 2025-11-12); known Wed 2025-12-24: 4th day after = Sun 12-28, art. 1
    // → Mon 12-29; the term 12-25 … 12-29 holds one working day (25, 26 Kerst; 27, 28 weekend), art. 2
    // → Tue 12-30. Counting from 12-24 itself would have given two and stopped at 12-29.
    expect([plus('2025-10-01', 42), plus('2025-12-24', 4)]).toEqual(['2025-11-12', '2025-12-28']);
    const m = vangnet('2025-10-01', { grond: 'no-riskpolis', bekendOp: '2025-12-24' }, '2025-12-25');
    expect(m.derivation.due[0]).toMatchObject({ term: 'vierde-dag-na', from: '2025-12-24', days: 4, date: '2025-12-28' });
    expect(m.due).toBe('2025-12-30');
  });

  it('ignores a ground known on day 1 itself: the 4th day of the sickness stands', () => {
    // D1 Mon 2025-01-06: 4th day = Thu 2025-01-09 (known D1 + 4 would be Fri 01-10)
    const m = vangnet(D1, { grond: 'zwangerschap-na-verlof', bekendOp: D1 }, '2025-01-07');
    expect(m.derivation.due[0]).toMatchObject({ term: 'vierde-dag', from: D1, days: 3, date: '2025-01-09' });
    expect(m.due).toBe('2025-01-09');
  });

  it('counts from day 1 for pregnancy when the sickness starts inside the flexibiliseringsperiode', () => {
    // expected birth Sat 2025-02-01: 6 weeks before = 2025-02-01 + 1 − 42 = Sun 2024-12-22; D1 2025-01-06
    // is later → the 4th day of the sickness, Thu 2025-01-09 (not 12-25, the 4th day of the period).
    expect(plus('2025-02-01', 1 - 42)).toBe('2024-12-22');
    const m = vangnet(D1, { grond: 'zwangerschap', uitgerekendeDatum: '2025-02-01' }, '2025-01-07');
    expect(m.derivation.due[0]).toMatchObject({ term: 'vierde-dag', from: D1, flexStart: '2024-12-22', date: '2025-01-09' });
  });

  it('reads the expected date of birth only for the pregnancy ground', () => {
    const m = vangnet(D1, { grond: 'no-riskpolis', uitgerekendeDatum: '2025-02-01' }, '2025-01-07');
    // 6 weeks: D1 + 42 = Mon 2025-02-17
    expect(m.derivation.due[0]).toMatchObject({ term: 'zes-weken', flexStart: null, date: plus(D1, 42) });
  });
});

/**
 * Findings of the employer's protocol steps, of the info steps and of the ziekmelding at the end of
 * employment (docs/rules.md §4–5). flags.test.ts covers the law's steps at their edges; this file the
 * steps with their own rules: a protocol step's flags name it and are at most warnings, an info step
 * raises none, the ziekmelding at the end of employment carries the Boetebesluit fine.
 *
 * D1 = Monday 2025-01-06; a protocol step of `days: 14` is due on counted day 15 = D1 + 14 =
 * Monday 2025-01-20. `plus` (Date.UTC) re-derives each date.
 */
import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseTimeline, Flag, Policy } from '../../src/index.js';
import { evaluateCase } from '../../src/index.js';
import { ms, plus, run } from './helpers.js';

const D1 = '2025-01-06';
const bel: Policy['protocol'] = [{ id: 'bel', title: { nl: 'Bellen', en: 'Call' }, actor: 'werkgever', days: 14 }];
const withProtocol = (events: readonly CaseEvent[], asOf: string): CaseTimeline =>
  evaluateCase({ firstSickDay: D1, events }, { asOf, policy: { protocol: bel } });
const flagsOf = (t: CaseTimeline, code: Flag['code'], milestoneId?: string) =>
  t.flags.filter((f) => f.code === code && (milestoneId === undefined || f.milestoneId === milestoneId));

describe('a protocol step', () => {
  it('overdue: a warning naming the step, without a legal term or fine', () => {
    expect(plus(D1, 14)).toBe('2025-01-20');
    const t = withProtocol([], '2025-01-21');
    expect(flagsOf(t, 'MILESTONE_OVERDUE', 'protocol')).toEqual([
      {
        code: 'MILESTONE_OVERDUE',
        severity: 'warning',
        milestoneId: 'protocol',
        params: { due: '2025-01-20', legalLatest: null, withinLegal: false, consequence: 'protocol', fine: null },
        protocolStep: 'bel',
      },
    ]);
    // the law's own steps keep their flags without a protocol step: melding-bedrijfsarts (counted
    // day 7 = 2025-01-12) is overdue too
    const meldingBa = flagsOf(t, 'MILESTONE_OVERDUE', 'melding-bedrijfsarts');
    expect(meldingBa).toHaveLength(1);
    expect(meldingBa[0]).not.toHaveProperty('protocolStep');
  });

  it('not yet due, or done on time: no finding', () => {
    expect(flagsOf(withProtocol([], '2025-01-20'), 'MILESTONE_OVERDUE', 'protocol')).toEqual([]);
    const onTime = withProtocol([{ type: 'protocol', step: 'bel', date: '2025-01-20' }], '2025-02-01');
    expect(onTime.flags.filter((f) => f.milestoneId === 'protocol')).toEqual([]);
  });

  it('done late: info, naming the step', () => {
    const t = withProtocol([{ type: 'protocol', step: 'bel', date: '2025-01-22' }], '2025-02-01');
    expect(flagsOf(t, 'MILESTONE_DONE_LATE', 'protocol')).toEqual([
      {
        code: 'MILESTONE_DONE_LATE',
        severity: 'info',
        milestoneId: 'protocol',
        params: { due: '2025-01-20', completedOn: '2025-01-22', legalLatest: null, withinLegal: false, fine: null },
        protocolStep: 'bel',
      },
    ]);
  });

  it('recorded twice: the first record counts, the finding names the step', () => {
    const t = withProtocol(
      [
        { type: 'protocol', step: 'bel', date: '2025-01-15' },
        { type: 'protocol', step: 'bel', date: '2025-01-17' },
      ],
      '2025-02-01',
    );
    expect(flagsOf(t, 'DUPLICATE_STEP')).toEqual([
      {
        code: 'DUPLICATE_STEP',
        severity: 'warning',
        milestoneId: 'protocol',
        params: { dates: ['2025-01-15', '2025-01-17'], counted: '2025-01-15' },
        protocolStep: 'bel',
      },
    ]);
    // recorded once: no duplicate
    expect(flagsOf(withProtocol([{ type: 'protocol', step: 'bel', date: '2025-01-15' }], '2025-02-01'), 'DUPLICATE_STEP')).toEqual([]);
  });
});

describe('a one-off law step recorded once', () => {
  it('is no duplicate', () => {
    const t = run(D1, [{ type: 'probleemanalyse', date: '2025-02-10' }], '2025-03-01');
    expect(flagsOf(t, 'DUPLICATE_STEP')).toEqual([]);
  });
});

describe('an info step (the employee’s early IVA option)', () => {
  // window from counted day 22 = D1 + 21 = 2025-01-27; last day counted day 476 = D1 + 475 = 2026-04-26
  it('raises no finding when recorded before its window or after its last day', () => {
    expect([plus(D1, 21), plus(D1, 475)]).toEqual(['2025-01-27', '2026-04-26']);
    const early = run(D1, [{ type: 'vervroegde-iva', date: '2025-01-20' }], '2025-02-01');
    expect(ms(early, 'vervroegde-iva').status).toBe('done');
    expect(early.flags.filter((f) => f.milestoneId === 'vervroegde-iva')).toEqual([]);
    const late = run(D1, [{ type: 'vervroegde-iva', date: '2026-05-01' }], '2026-05-10');
    expect(ms(late, 'vervroegde-iva').status).toBe('done-late');
    expect(late.flags.filter((f) => f.milestoneId === 'vervroegde-iva')).toEqual([]);
  });
});

describe('the ziekmelding to UWV at the end of employment (Ziektewet art. 38 lid 2; Boetebesluit art. 2c)', () => {
  // Employment ends Friday 2025-03-14 (two days before Sunday 2025-03-16 = D1 + 69): due that day.
  const end: CaseEvent = { type: 'einde-dienstverband', date: '2025-03-14' };
  const melding = 'ziekmelding-uwv-einde-dienstverband';

  it('overdue: an error (no later legal term) with the fine for the days so far', () => {
    expect(plus('2025-03-14', 7)).toBe('2025-03-21');
    const t = run(D1, [end], '2025-03-21');
    expect(ms(t, melding).due).toBe('2025-03-14');
    expect(flagsOf(t, 'MILESTONE_OVERDUE', melding)).toEqual([
      {
        code: 'MILESTONE_OVERDUE',
        severity: 'error',
        milestoneId: melding,
        params: {
          due: '2025-03-14',
          legalLatest: null,
          withinLegal: false,
          consequence: 'boete-42e-week',
          fine: { daysLate: 7, euro: 230, max: 455 },
        },
      },
    ]);
  });

  it('done late: a warning with the fine by the day it was made', () => {
    const at = (date: string) =>
      flagsOf(run(D1, [end, { type: melding, date }], '2025-05-01'), 'MILESTONE_DONE_LATE', melding).map((f) => [f.severity, f.params]);
    // 6 days late: €70; 27: €230; 28: €455
    expect(at(plus('2025-03-14', 6))).toEqual([
      [
        'warning',
        { due: '2025-03-14', completedOn: '2025-03-20', legalLatest: null, withinLegal: false, fine: { daysLate: 6, euro: 70, max: 455 } },
      ],
    ]);
    expect(at(plus('2025-03-14', 27))[0]?.[1]).toMatchObject({ completedOn: '2025-04-10', fine: { daysLate: 27, euro: 230 } });
    expect(at(plus('2025-03-14', 28))[0]?.[1]).toMatchObject({ completedOn: '2025-04-11', fine: { daysLate: 28, euro: 455 } });
    expect(at('2025-03-14')).toEqual([]);
  });
});

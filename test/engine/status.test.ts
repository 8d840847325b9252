/**
 * Statuses at the exact day a branch starts to apply (docs/rules.md §4–5): the last day of
 * employment, the AOW date, the first fit day of a recovered or closed case, the end of an optional
 * window — each on the day itself and the day next to it, with the reason the status carries.
 *
 * Dates: D1 = 2025-01-06, a Monday. A protocol step of `days: 14` is due on counted day 15 =
 * D1 + 14 = Monday 2025-01-20; a weekly step (`days: 0, repeatEveryDays: 7`) falls on the Mondays
 * 2025-01-06, 01-13, 01-20, 01-27 while the employee is sick. `plus` (Date.UTC) checks each date.
 */
import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseInput, ExplainedMilestone, ExplainedTimeline, Policy } from '../../src/index.js';
import { evaluateCase } from '../../src/index.js';
import { ms, plus } from '../golden/helpers.js';

const D1 = '2025-01-06';
const title = { nl: 'Bellen', en: 'Call' };
const single: Policy['protocol'] = [{ id: 'bel', title, actor: 'werkgever', days: 14 }];
const weekly: Policy['protocol'] = [{ id: 'bel', title, actor: 'werkgever', days: 0, repeatEveryDays: 7 }];

const evalCase = (
  events: readonly CaseEvent[],
  asOf: string,
  protocol: Policy['protocol'] = [],
  extra: Partial<CaseInput> = {},
): ExplainedTimeline => evaluateCase({ firstSickDay: D1, events, ...extra }, { explain: true, asOf, policy: { protocol } });
const steps = (t: ExplainedTimeline): ExplainedMilestone[] => t.milestones.filter((m) => m.id === 'protocol');
const dues = (t: ExplainedTimeline): string[] => steps(t).map((m) => m.due);
/** The due dates of the occurrences a branch has not ended (the later ones stay listed, not-applicable). */
const live = (t: ExplainedTimeline): string[] =>
  steps(t)
    .filter((m) => m.status !== 'not-applicable')
    .map((m) => m.due);
const endedFrom = (t: ExplainedTimeline, n: number): boolean =>
  steps(t)
    .slice(n)
    .every((m) => m.status === 'not-applicable');

describe('the dates behind these tests', () => {
  it('are Mondays one week apart from D1', () => {
    expect([0, 7, 14, 21].map((n) => plus(D1, n))).toEqual(['2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27']);
    expect(dues(evalCase([], D1, weekly)).slice(0, 4)).toEqual(['2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27']);
    expect(dues(evalCase([], D1, single))).toEqual(['2025-01-20']);
  });
});

describe('end of employment', () => {
  it('keeps an employer step due on the last day of employment, ends one due the day after', () => {
    const onTheDay = steps(evalCase([{ type: 'einde-dienstverband', date: '2025-01-20' }], D1, single))[0];
    expect([onTheDay?.status, onTheDay?.derivation.reason]).toEqual(['due-soon', null]); // 14 days ahead
    const after = steps(evalCase([{ type: 'einde-dienstverband', date: '2025-01-19' }], D1, single))[0];
    expect(after?.status).toBe('not-applicable');
    // sick 2025-01-06 … 01-19 = 14 counted days on the last day of employment
    expect(after?.derivation.reason).toEqual({ code: 'employment-ended', lastDayOfEmployment: '2025-01-19', sickDays: 14, report: null });
  });

  it('keeps a repeating step up to and including the last day of employment, the later ones not applicable', () => {
    const onIt = evalCase([{ type: 'einde-dienstverband', date: '2025-01-20' }], D1, weekly);
    expect(live(onIt)).toEqual(['2025-01-06', '2025-01-13', '2025-01-20']);
    expect(dues(onIt)[3]).toBe('2025-01-27');
    expect(endedFrom(onIt, 3)).toBe(true);
    const before = evalCase([{ type: 'einde-dienstverband', date: '2025-01-19' }], D1, weekly);
    expect(live(before)).toEqual(['2025-01-06', '2025-01-13']);
    expect(endedFrom(before, 2)).toBe(true);
  });

  it('judges the report due on the last werkdag by date: done on it, late the day after, overdue after it', () => {
    // Employment ends Sunday 2025-03-16 = D1 + 69, the 70th counted sick day: the full report is due
    // on the last werkdag, Friday 2025-03-14 (docs/rules.md, Einde dienstverband).
    expect(plus(D1, 69)).toBe('2025-03-16');
    const end: CaseEvent = { type: 'einde-dienstverband', date: '2025-03-16' };
    const riv = (events: CaseEvent[], asOf: string) => ms(evalCase([end, ...events], asOf), 're-integratieverslag');
    expect(riv([{ type: 're-integratieverslag', date: '2025-03-14' }], '2025-03-20').status).toBe('done');
    expect(riv([{ type: 're-integratieverslag', date: '2025-03-15' }], '2025-03-20').status).toBe('done-late');
    expect(riv([], '2025-03-14').status).toBe('due-soon');
    expect(riv([], '2025-03-15').status).toBe('overdue');
    expect(riv([], '2025-02-28').status).toBe('due-soon'); // 14 days ahead
    expect(riv([], '2025-02-27').status).toBe('upcoming'); // 15 days ahead
  });
});

describe('AOW age', () => {
  it('ends an employer step due on the AOW date itself, not one due the day before', () => {
    const onIt = steps(evalCase([{ type: 'aow-leeftijd', date: '2025-01-20' }], D1, single))[0];
    expect([onIt?.status, onIt?.derivation.reason]).toEqual(['not-applicable', { code: 'aow-reached', aowDate: '2025-01-20' }]);
    const dayAfter = steps(evalCase([{ type: 'aow-leeftijd', date: '2025-01-21' }], D1, single))[0];
    expect([dayAfter?.status, dayAfter?.derivation.reason]).toEqual(['due-soon', null]);
  });

  it('ends a repeating step on the AOW date: the occurrences from it on are not applicable', () => {
    const onIt = evalCase([{ type: 'aow-leeftijd', date: '2025-01-20' }], D1, weekly);
    expect(live(onIt)).toEqual(['2025-01-06', '2025-01-13']);
    expect(dues(onIt)[2]).toBe('2025-01-20');
    expect(endedFrom(onIt, 2)).toBe(true);
    expect(live(evalCase([{ type: 'aow-leeftijd', date: '2025-01-21' }], D1, weekly))).toEqual(['2025-01-06', '2025-01-13', '2025-01-20']);
  });

  it('ends the WIA steps when the AOW date is on or before the first WIA day, not after it', () => {
    // last day of the wachttijd: counted day 728 = D1 + 727 = 2027-01-03; WIA from 2027-01-04
    expect(plus(D1, 728)).toBe('2027-01-04');
    const onIt = ms(evalCase([{ type: 'aow-leeftijd', date: '2027-01-04' }], D1), 'wia-aanvraag');
    expect([onIt.status, onIt.derivation.reason]).toEqual(['not-applicable', { code: 'aow-before-wia', aowDate: '2027-01-04' }]);
    const after = ms(evalCase([{ type: 'aow-leeftijd', date: '2027-01-05' }], D1), 'wia-aanvraag');
    expect([after.status, after.derivation.reason]).toEqual(['upcoming', null]);
    // wia-aanvraag is the employee's step: an AOW date before its due date does not end it as an employer step
    expect(after.due).toBe('2026-10-18'); // D1 + 650
  });
});

describe('a closed case', () => {
  // Fit from h; on asOf 2025-02-20 the employee has been fit for at least 28 days: closed.
  it('ends a step due on the first fit day, keeps one due the day before', () => {
    const onIt = steps(evalCase([{ type: 'hersteld', date: '2025-01-20' }], '2025-02-20', single))[0];
    expect(onIt?.status).toBe('not-applicable');
    expect(onIt?.derivation.reason).toEqual({ code: 'case-closed', fitFrom: '2025-01-20', gapDays: 28 });
    const before = steps(evalCase([{ type: 'hersteld', date: '2025-01-21' }], '2025-02-20', single))[0];
    expect([before?.status, before?.derivation.reason]).toEqual(['overdue', null]);
  });

  it('keeps a repeating step while the employee was sick, the later occurrences not applicable', () => {
    const onIt = evalCase([{ type: 'hersteld', date: '2025-01-20' }], '2025-02-20', weekly);
    expect(live(onIt)).toEqual(['2025-01-06', '2025-01-13']);
    expect(endedFrom(onIt, 2)).toBe(true);
    expect(steps(onIt)[2]?.derivation.reason).toEqual({ code: 'case-closed', fitFrom: '2025-01-20', gapDays: 28 });
    const t = evalCase([{ type: 'hersteld', date: '2025-01-21' }], '2025-02-20', weekly);
    expect(live(t)).toEqual(['2025-01-06', '2025-01-13', '2025-01-20']);
    expect(
      steps(t)
        .map((m) => m.status)
        .slice(0, 3),
    ).toEqual(['overdue', 'overdue', 'overdue']);
    expect(endedFrom(t, 3)).toBe(true);
  });
});

describe('a recovered case', () => {
  it('lists the next occurrences as suspended, counted as if sickness resumed the day after asOf', () => {
    // 14 counted days (01-06 … 01-19), fit from 01-20; asOf 01-25 (6 fit days: recovered). Sickness is
    // assumed to resume on 01-26, counted day 15.
    const t = evalCase([{ type: 'hersteld', date: '2025-01-20' }], '2025-01-25', weekly);
    expect(t.status).toBe('recovered');
    expect(dues(t).slice(0, 4)).toEqual(['2025-01-06', '2025-01-13', '2025-01-26', '2025-02-02']);
    expect(
      steps(t)
        .map((m) => m.status)
        .slice(0, 2),
    ).toEqual(['overdue', 'overdue']);
    expect(
      steps(t)
        .slice(2)
        .every((m) => m.status === 'suspended'),
    ).toBe(true);
    expect(steps(t)[2]?.derivation.reason).toEqual({ code: 'suspended', fitFrom: '2025-01-20', asOf: '2025-01-25' });
  });
});

describe('an optional window', () => {
  it('lets the vervroegde IVA lapse the day after its last day, naming that day', () => {
    expect(plus(D1, 475)).toBe('2026-04-26');
    const lastDay = ms(evalCase([], '2026-04-26'), 'vervroegde-iva');
    expect([lastDay.status, lastDay.derivation.reason]).toEqual(['due-soon', null]);
    const after = ms(evalCase([], '2026-04-27'), 'vervroegde-iva');
    expect([after.status, after.derivation.reason]).toEqual(['not-applicable', { code: 'window-closed', date: '2026-04-26' }]);
  });
});

describe('a vangnet case', () => {
  it('has no 42e-weeksmelding from day 1 (Ziektewet art. 38 lid 4), naming the ground; a recorded 42e-weeksmelding stays done', () => {
    const vangnet: CaseInput['vangnet'] = { grond: 'no-riskpolis' };
    const melding: CaseEvent = { type: 'ziekmelding-uwv-vangnet', date: '2025-01-10' };
    const m = ms(evalCase([melding], '2025-02-01', [], { vangnet }), '42e-weeksmelding');
    expect([m.status, m.derivation.reason]).toEqual(['not-applicable', { code: 'vangnet-grond', grond: 'no-riskpolis' }]);
    // only the 42e-weeksmelding: the probleemanalyse (due D1 + 41 = 2025-02-16, 15 days ahead) stays upcoming
    const pa = ms(evalCase([melding], '2025-02-01', [], { vangnet }), 'probleemanalyse');
    expect([pa.status, pa.due, pa.derivation.reason]).toEqual(['upcoming', plus(D1, 41), null]);
    const both = ms(
      evalCase([melding, { type: '42e-weeksmelding', date: '2025-01-20' }], '2025-02-01', [], { vangnet }),
      '42e-weeksmelding',
    );
    expect([both.status, both.derivation.reason]).toEqual(['done', null]);
    // without the vangnet melding too: art. 38 does not apply on a vangnet ground, so no flag and
    // no fine, even long after D1 + 294 (2025-10-27)
    const none = evalCase([], '2025-12-01', [], { vangnet });
    expect([ms(none, '42e-weeksmelding').status, ms(none, '42e-weeksmelding').due]).toEqual(['not-applicable', plus(D1, 294)]);
    expect(none.flags.filter((f) => f.milestoneId === '42e-weeksmelding')).toEqual([]);
    // an ordinary case: an ordinary step, due D1 + 294
    expect(ms(evalCase([], '2025-02-01'), '42e-weeksmelding').status).toBe('upcoming');
  });
});

describe('due soon', () => {
  it('with dueSoonDays 0 is due soon on the due day only', () => {
    // the single protocol step is due 2025-01-20
    const at = (asOf: string) =>
      steps(evaluateCase({ firstSickDay: D1 }, { explain: true, asOf, policy: { protocol: single, dueSoonDays: 0 } }))[0]?.status;
    expect([at('2025-01-19'), at('2025-01-20'), at('2025-01-21')]).toEqual(['upcoming', 'due-soon', 'overdue']);
  });
});

describe('the report at the end of employment, by its own due date', () => {
  // Without an end the re-integratieverslag is due 91 days before the last day of the wachttijd:
  // D1 + 727 − 91 = D1 + 636 = Sunday 2026-10-04 (not rolled). Only an employment that ends
  // before that day brings it forward, to the last werkdag (Friday 2026-10-02 for an end on
  // Saturday 2026-10-03).
  const riv = (end: string) => {
    const m = ms(evalCase([{ type: 'einde-dienstverband', date: end }], '2026-09-01'), 're-integratieverslag');
    return [m.due, m.variant];
  };

  it('keeps its date when employment ends on it or after it, and moves when it ends the day before', () => {
    expect(plus(D1, 636)).toBe('2026-10-04');
    expect(riv('2026-10-05')).toEqual(['2026-10-04', null]);
    expect(riv('2026-10-04')).toEqual(['2026-10-04', null]);
    expect(riv('2026-10-03')).toEqual(['2026-10-02', 'volledig']);
  });

  it('leaves the other employer steps due after the end not applicable, with their own date', () => {
    // 70 counted sick days on Sunday 2025-03-16: a full report; the 42e-weeksmelding (D1 + 294) is not brought forward
    const t = evalCase([{ type: 'einde-dienstverband', date: '2025-03-16' }], '2025-03-01');
    const m = ms(t, '42e-weeksmelding');
    expect([m.due, m.status]).toEqual([plus(D1, 294), 'not-applicable']);
    expect(m.derivation.reason).toEqual({ code: 'employment-ended', lastDayOfEmployment: '2025-03-16', sickDays: 70, report: null });
  });
});

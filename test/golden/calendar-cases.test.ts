/**
 * Golden cases for the calendar side of the engine: the 42e-weeksmelding rolled past each kind of
 * Atw day, UWV's first werkdag after the 42nd week (the days it skips; a recovery before it), and
 * leap days. D1 for a roll case is chosen as (the holiday − 294 days), so D1+294 lands
 * on the holiday; 294 = 42 × 7, so D1 has the holiday's weekday. Each D1 was found by counting
 * month lengths by hand (written beside it) and is re-checked with `plus` (Date.UTC).
 */
import { describe, expect, it } from 'vitest';
import { flagMessage } from '../../src/i18n/index.js';
import { type CaseEvent, evaluateCase } from '../../src/index.js';
import { flagCodes, ms, plus, run } from './helpers.js';

// D1 Mon 2025-01-06: D1+294 = Mon 2025-10-27, a werkdag.
const D1 = '2025-01-06';
const due = (t: ReturnType<typeof evaluateCase>, id: string, occurrence = 1) =>
  t.milestones.find((m) => m.id === id && m.occurrence === occurrence);

/** The ISO dates from `from` (inclusive) to `to` (exclusive), by Date.UTC. */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d < to; d = plus(d, 1)) out.push(d);
  return out;
}

/**
 * [what, D1, D1+294, the first werkdag on or after it]. Since 0.3 the statutory day D1+294 is the due
 * date whatever the weekday (ZW 38 lid 1 "uiterlijk op de eerste dag nadat … 42 weken heeft geduurd";
 * Atw art. 4 a: the Atw does not apply to a term of more than twelve weeks); the first werkdag is UWV's
 * own term ("uiterlijk de eerste werkdag na de 42e ziekteweek") and is the step's `legalLatest`.
 */
const ROLLS: readonly [string, string, string, string][] = [
  // 2025-01-04 is the Saturday before E1's Monday; 2025-10-25 + 2 = Monday 27 Oct.
  ['a Saturday', '2025-01-04', '2025-10-25', '2025-10-27'],
  ['a Sunday', '2025-01-05', '2025-10-26', '2025-10-27'],
  // Jul 7→31: 24, Aug 55, Sep 85, Oct 116, Nov 146, Dec 177, Jan 208, Feb 236, Mar 267, Apr 27: 294.
  ['Koningsdag on a Monday (2026-04-27)', '2025-07-07', '2026-04-27', '2026-04-28'],
  // 2025: 27 April is a Sunday, Koningsdag Saturday 26th; Jul 6 2024 + 294 = Apr 26 2025.
  ['Koningsdag on Saturday 26 April 2025', '2024-07-06', '2025-04-26', '2025-04-28'],
  // 2028: Koningsdag Thursday 27 April + gelijkgestelde Friday 28 April; 2028 is a leap year.
  ['Koningsdag + gelijkgestelde vrijdag (2028)', '2027-07-08', '2028-04-27', '2028-05-01'],
  // Aug 8→31: 23, Sep 53, Oct 84, Nov 114, Dec 145, Jan 176, Feb 204, Mar 235, Apr 265, May 29: 294.
  ['Hemelvaart + gelijkgestelde vrijdag (2025)', '2024-08-08', '2025-05-29', '2025-06-02'],
  // 2027: 5 mei (Wed), Hemelvaart (Thu), gelijkgesteld (Fri), weekend: five days.
  ['5 mei + Hemelvaart + gelijkgestelde vrijdag (2027)', '2026-07-15', '2027-05-05', '2027-05-10'],
  // Mar 6→31: 25, Apr 55, May 86, Jun 116, Jul 147, Aug 178, Sep 208, Oct 239, Nov 269, Dec 25: 294.
  ['Eerste + Tweede Kerstdag (2025)', '2025-03-06', '2025-12-25', '2025-12-29'],
  ['Nieuwjaarsdag on a Wednesday (2025)', '2024-03-13', '2025-01-01', '2025-01-02'],
  ['Nieuwjaarsdag + gelijkgestelde 2 januari (2026)', '2025-03-13', '2026-01-01', '2026-01-05'],
  // Jun 13→30: 17, Jul 48, Aug 79, Sep 109, Oct 140, Nov 170, Dec 201, Jan 232, Feb 260, Mar 291, Apr 3: 294.
  ['Goede Vrijdag + weekend + Paasmaandag (2026)', '2025-06-13', '2026-04-03', '2026-04-07'],
  ['Paasmaandag (2025-04-21)', '2024-07-01', '2025-04-21', '2025-04-22'],
  // Aug 19→31: 12, Sep 42, Oct 73, Nov 103, Dec 134, Jan 165, Feb 193, Mar 224, Apr 254, May 285, Jun 9: 294.
  ['Pinkstermaandag (2025)', '2024-08-19', '2025-06-09', '2025-06-10'],
  // Jul 15→31: 16, Aug 47, Sep 77, Oct 108, Nov 138, Dec 169, Jan 200, Feb 228, Mar 259, Apr 289, May 5: 294.
  ['5 mei on a Monday (2025, not a lustrum year)', '2024-07-15', '2025-05-05', '2025-05-06'],
];

/**
 * Why each skipped day is no working day, read off the calendar of that year by hand (Easter 2026:
 * 5 April, 2027: 28 March, so Hemelvaart 6 May 2027). Together the rows name every kind of Atw day:
 * each holiday of art. 3 lid 1, Goede Vrijdag (lid 2), a gelijkgestelde dag (lid 3), Saturday, Sunday.
 */
const REASONS: Readonly<Record<string, readonly string[]>> = {
  'a Saturday': ['zaterdag', 'zondag'],
  'a Sunday': ['zondag'],
  'Koningsdag on a Monday (2026-04-27)': ['koningsdag'],
  // a holiday on a weekend day is named as the holiday
  'Koningsdag on Saturday 26 April 2025': ['koningsdag', 'zondag'],
  'Koningsdag + gelijkgestelde vrijdag (2028)': ['koningsdag', 'gelijkgestelde-dag', 'zaterdag', 'zondag'],
  'Hemelvaart + gelijkgestelde vrijdag (2025)': ['hemelvaartsdag', 'gelijkgestelde-dag', 'zaterdag', 'zondag'],
  '5 mei + Hemelvaart + gelijkgestelde vrijdag (2027)': ['bevrijdingsdag', 'hemelvaartsdag', 'gelijkgestelde-dag', 'zaterdag', 'zondag'],
  'Eerste + Tweede Kerstdag (2025)': ['eerste-kerstdag', 'tweede-kerstdag', 'zaterdag', 'zondag'],
  'Nieuwjaarsdag on a Wednesday (2025)': ['nieuwjaarsdag'],
  'Nieuwjaarsdag + gelijkgestelde 2 januari (2026)': ['nieuwjaarsdag', 'gelijkgestelde-dag', 'zaterdag', 'zondag'],
  'Goede Vrijdag + weekend + Paasmaandag (2026)': ['goede-vrijdag', 'zaterdag', 'zondag', 'tweede-paasdag'],
  'Paasmaandag (2025-04-21)': ['tweede-paasdag'],
  'Pinkstermaandag (2025)': ['tweede-pinksterdag'],
  '5 mei on a Monday (2025, not a lustrum year)': ['bevrijdingsdag'],
};

describe('42e-weeksmelding: due on the statutory day, legalLatest the first werkdag (UWV)', () => {
  it('names the reasons of every roll below', () => {
    expect(Object.keys(REASONS).sort()).toEqual(ROLLS.map((r) => r[0]).sort());
  });
  for (const [what, d1, unrolled, rolled] of ROLLS) {
    it(`keeps the 42e-weeksmelding on ${what} and gives until the first werkdag after it`, () => {
      expect(plus(d1, 294)).toBe(unrolled);
      const t = run(d1, [], d1);
      const m = ms(t, '42e-weeksmelding');
      expect(m.windowStart).toBe(plus(d1, 287));
      expect(m.due).toBe(unrolled);
      expect(m.legalLatest).toBe(rolled);
      expect(m.derivation.due.some((s) => s.kind === 'atwRoll')).toBe(false);
      // the legalLatest derivation names every non-working day it passed over
      const roll = m.derivation.legalLatest?.find((s) => s.kind === 'firstWerkdag');
      expect(roll).toMatchObject({ kind: 'firstWerkdag', from: unrolled, date: rolled });
      if (roll?.kind === 'firstWerkdag') {
        expect(roll.skipped.map((d) => d.date)).toEqual(daysBetween(unrolled, rolled));
        expect(roll.skipped.map((d) => d.reason)).toEqual(REASONS[what]);
      }
      expect(m.week).toBe(43); // counted day 295 lies in week 43
      expect(m.countedDay).toBe(295);
      // only the 42e-weeksmelding is rolled: the EJE due D1+363 and the backward dates are not
      expect(ms(t, 'eerstejaarsevaluatie').due).toBe(plus(d1, 363));
      expect(ms(t, 're-integratieverslag').due).toBe(plus(d1, 636));
    });
  }

  it('judges a melding on the first werkdag as late but without a fine, and the day after with one', () => {
    // Kerst 2025: D1 2025-03-06 + 294 = Thu 25 Dec (statutory day, the due date); first werkdag Mon 29 Dec.
    const onDay = run('2025-03-06', [{ type: '42e-weeksmelding', date: '2025-12-25' }], '2026-01-10');
    expect(ms(onDay, '42e-weeksmelding').status).toBe('done');
    const onWerkdag = run('2025-03-06', [{ type: '42e-weeksmelding', date: '2025-12-29' }], '2026-01-10');
    expect(ms(onWerkdag, '42e-weeksmelding').status).toBe('done-late');
    // late by the statute, within UWV's own term: info, no fine
    expect(onWerkdag.flags.find((f) => f.code === 'MILESTONE_DONE_LATE' && f.milestoneId === '42e-weeksmelding')).toMatchObject({
      severity: 'info',
      params: { due: '2025-12-25', legalLatest: '2025-12-29', withinLegal: true, fine: null },
    });
    const late = run('2025-03-06', [{ type: '42e-weeksmelding', date: '2025-12-30' }], '2026-01-10');
    expect(ms(late, '42e-weeksmelding').status).toBe('done-late');
    // 2025-12-30 − 2025-12-25 = 5 days late by the statute: € 70 (Boetebesluit: 1–6 days)
    expect(late.flags.find((f) => f.code === 'MILESTONE_DONE_LATE' && f.milestoneId === '42e-weeksmelding')).toMatchObject({
      severity: 'warning',
      params: { withinLegal: false, fine: { daysLate: 5, euro: 70, max: 455 } },
    });
    // The consequence of a late 42e-weeksmelding is a fine (ZW 38), never shown as a wage extension.
    const overdue = run('2025-03-06', [], '2026-01-10').flags.find((f) => f.milestoneId === '42e-weeksmelding');
    expect(overdue?.code).toBe('MILESTONE_OVERDUE');
    // 2026-01-10 − 2025-12-25 = 16 days late so far: the 7–27-day tier, € 230 (Boetebesluit art. 2c)
    expect(overdue?.params).toMatchObject({
      due: '2025-12-25',
      legalLatest: '2025-12-29',
      consequence: 'boete-42e-week',
      fine: { daysLate: 16, euro: 230, max: 455 },
    });
    expect(overdue && flagMessage(overdue, 'nl')).toContain('€ 230 bij 16 dagen te laat');
    expect(overdue && flagMessage(overdue, 'en')).toContain('not an extension of wage payment');
    // On the first werkdag itself, not yet made: a warning, no fine yet.
    const within = run('2025-03-06', [], '2025-12-29').flags.find((f) => f.milestoneId === '42e-weeksmelding');
    expect(within).toMatchObject({ code: 'MILESTONE_OVERDUE', severity: 'warning', params: { withinLegal: true, fine: null } });
    expect(within && flagMessage(within, 'nl')).toContain('ma 29 dec. 2025: tot dan geen boete');
    expect(within && flagMessage(within, 'en')).toContain('no fine until then');
  });

  it('flags an incomplete Atw calendar when the roll lands after 2028', () => {
    // D1 2028-06-01 (Thu): D1+294 = 2029-03-22 (Thu), a normal working day in a year without a besluit.
    const t = run('2028-06-01', [], '2028-06-01');
    expect(ms(t, '42e-weeksmelding').due).toBe(plus('2028-06-01', 294));
    expect(flagCodes(t)).toContain('ATW_CALENDAR_INCOMPLETE');
    expect(flagCodes(run('2025-01-06', [], '2025-01-06'))).not.toContain('ATW_CALENDAR_INCOMPLETE');
  });
});

describe('leap days', () => {
  it('counts from a first sick day of 29 February 2024', () => {
    const D1 = '2024-02-29';
    const t = run(D1, [], D1);
    // D1+41: Feb 29 → Mar 31 is 31 days, +10 = 2024-04-10
    expect(ms(t, 'probleemanalyse').due).toBe('2024-04-10');
    // D1+294 = 2024-12-19 (Thu, a working day): Mar 31 (31), Apr 61, May 92, Jun 122, Jul 153, Aug 184, Sep 214, Oct 245, Nov 275, Dec 19 (294)
    expect(ms(t, '42e-weeksmelding').due).toBe('2024-12-19');
    // 2024-02-29 + 365 = 2025-02-28 (no 29 Feb in 2025) → D1+363 = 2025-02-26
    expect(ms(t, 'eerstejaarsevaluatie').due).toBe('2025-02-26');
    // D1+727: 2026-02-28 is D1+730 → 2026-02-25 (Wed); WIA start 2026-02-26 (a Thursday, like D1)
    expect(t.wachttijd).toEqual({ lastDay: '2026-02-25', wiaStart: '2026-02-26' });
    // RIV = lastDay − 91: Feb 25 → Jan 25 (−31) → Dec 25 (−62) → Nov 26 (−91)
    expect(ms(t, 're-integratieverslag').due).toBe('2025-11-26');
    expect(ms(t, 'wia-aanvraag').due).toBe('2025-12-10');
    expect([41, 294, 363, 727, 636, 650].map((n) => plus(D1, n))).toEqual([
      '2024-04-10',
      '2024-12-19',
      '2025-02-26',
      '2026-02-25',
      '2025-11-26',
      '2025-12-10',
    ]);
  });

  it('counts a wachttijd that crosses 29 February 2028 as 728 calendar days', () => {
    const D1 = '2027-01-04'; // Monday
    const t = run(D1, [], D1);
    // 2027-01-04 → 2028-01-04 is 365 days, → 2029-01-04 another 366 (29 Feb 2028): D1+731.
    // So D1+727 = 2028-12-31 (Sun) and WIA start 2029-01-01 (Mon); without the leap day it would be 2029-01-02.
    expect(t.wachttijd).toEqual({ lastDay: '2028-12-31', wiaStart: '2029-01-01' });
    // IVA request window end D1+475: 2028-01-04 is D1+365, +110: Jan 31 (27), Feb 29 (56), Mar 31 (87), Apr 23 (110)
    expect(ms(t, 'vervroegde-iva').due).toBe('2028-04-23');
    // RIV = 2028-12-31 − 91 = 2028-10-01 (Dec 1 −30, Nov 1 −61, Oct 1 −91)
    expect(ms(t, 're-integratieverslag').due).toBe('2028-10-01');
    expect([727, 728, 475, 636].map((n) => plus(D1, n))).toEqual(['2028-12-31', '2029-01-01', '2028-04-23', '2028-10-01']);
  });
});

describe('samentelling boundaries', () => {
  const D1 = '2025-01-06';

  it('merges a fit gap of 27 days and moves every later date by 27', () => {
    // hersteld 2025-03-03 (first fit day, after 56 sick days), ziek 2025-03-30: gap 27 < 28
    const t = run(
      D1,
      [
        { type: 'hersteld', date: '2025-03-03' },
        { type: 'ziek', date: '2025-03-30' },
      ],
      '2025-04-01',
    );
    expect(t.firstSickDay).toBe(D1);
    expect(t.status).toBe('sick');
    expect(t.wachttijd.lastDay).toBe(plus(D1, 727 + 27)); // 2027-01-30
    expect(t.wachttijd.lastDay).toBe('2027-01-30');
    // D1+294+27 = 2025-11-23, a Sunday: the due date (not rolled); UWV's first werkdag Monday 2025-11-24
    expect(plus(D1, 294 + 27)).toBe('2025-11-23');
    expect(ms(t, '42e-weeksmelding')).toMatchObject({ due: '2025-11-23', legalLatest: '2025-11-24' });
    // PA (counted day 42) and PvA (counted day 56 = 2025-03-02) fell before the gap: unchanged
    expect(ms(t, 'probleemanalyse').due).toBe('2025-02-16');
    expect(ms(t, 'plan-van-aanpak').due).toBe('2025-03-02');
    expect(flagCodes(t)).not.toContain('NEW_CASE_STARTED');
    // counted: 56 days before the gap + 2025-03-30 … 2025-04-01 (3 days)
    expect(t.countedSickDays).toBe(59);
  });

  it('starts a new case after a fit gap of 28 days', () => {
    const t = run(
      D1,
      [
        { type: 'hersteld', date: '2025-03-03' },
        { type: 'ziek', date: '2025-03-31' },
      ],
      '2025-04-01',
    );
    expect(t.firstSickDay).toBe('2025-03-31');
    // 2025-03-31 + 727: 2027-03-31 is +730 → 2027-03-28
    expect(t.wachttijd.lastDay).toBe('2027-03-28');
    expect(ms(t, 'probleemanalyse').due).toBe(plus('2025-03-31', 41));
    expect(flagCodes(t)).toContain('NEW_CASE_STARTED');
    // the earlier case: 2025-01-06 … 2025-03-02, 56 counted days
    expect(t.previousCases).toMatchObject([{ firstSickDay: D1, lastSickDay: '2025-03-02', countedSickDays: 56 }]);
    expect(t.periods).toEqual([
      { start: D1, end: '2025-03-02', caseFirstSickDay: D1 },
      { start: '2025-03-31', end: null, caseFirstSickDay: '2025-03-31' },
    ]);
    expect(t.countedSickDays).toBe(2);
  });

  it('moves the week-6 and week-8 deadlines by a gap before week 6 when counting sick days (policy firstWeeks counted)', () => {
    // sick 2025-01-06 … 2025-01-19 (14 days), fit 2025-01-20 … 2025-02-02 (14 days), sick from 2025-02-03
    const events: CaseEvent[] = [
      { type: 'hersteld', date: '2025-01-20' },
      { type: 'ziek', date: '2025-02-03' },
    ];
    // the default counts these two in calendar days (docs/rules.md §8): D1+41 = 2025-02-16, a sick day
    const cal = run(D1, events, '2025-02-03');
    expect([ms(cal, 'probleemanalyse').due, ms(cal, 'probleemanalyse').legalLatest]).toEqual(['2025-02-16', '2025-02-17']);
    expect(ms(cal, 'plan-van-aanpak').due).toBe('2025-03-02'); // 2025-02-16 + 14
    const t = run(D1, events, '2025-02-03', { firstWeeks: 'counted' });
    expect(ms(t, 'probleemanalyse').due).toBe('2025-03-02'); // D1+41+14
    expect(ms(t, 'probleemanalyse').legalLatest).toBe('2025-03-03');
    expect(ms(t, 'plan-van-aanpak').due).toBe('2025-03-16'); // D1+55+14
    expect(ms(t, '42e-weeksmelding').due).toBe('2025-11-10'); // D1+294+14, a Monday
    // melding bedrijfsarts (counted day 7) and week-3 signal (counted day 21 = 2025-02-09):
    expect(ms(t, 'melding-bedrijfsarts').due).toBe('2025-01-12');
    expect(ms(t, 'signalering-week-3').due).toBe(plus(D1, 20 + 14));
    expect([41 + 14, 55 + 14, 294 + 14].map((n) => plus(D1, n))).toEqual(['2025-03-02', '2025-03-16', '2025-11-10']);
  });

  it('leaves the 42e-weeksmelding alone but moves the second year after a gap after week 42', () => {
    // 42e-weeksmelding due 2025-10-27; fit 2025-11-03 … 2025-11-23 (21 days); sick again 2025-11-24
    const t = run(
      D1,
      [
        { type: 'hersteld', date: '2025-11-03' },
        { type: 'ziek', date: '2025-11-24' },
      ],
      '2025-11-24',
    );
    expect(ms(t, '42e-weeksmelding').due).toBe('2025-10-27');
    expect(ms(t, 'eerstejaarsevaluatie').due).toBe('2026-01-25'); // 2026-01-04 + 21
    expect(ms(t, 're-integratieverslag').due).toBe('2026-10-25'); // 2026-10-04 + 21
    expect(t.wachttijd.lastDay).toBe('2027-01-24'); // 2027-01-03 + 21
    // the EJE has a target day and no window (Regeling procesgang art. 4 lid 2 sub b)
    expect(ms(t, 'eerstejaarsevaluatie').windowStart).toBeNull();
  });

  it('starts a new case 30 calendar days apart, leave or not; joins sickness directly before and after the leave', () => {
    // hersteld 2025-03-03; zwangerschapsverlof 2025-03-10 … 2025-03-16 (7 days); ziek 2025-04-02.
    // The interruption is 30 days (≥ 28) and not all leave: two cases (BW 7:629 lid 10).
    const events = [
      { type: 'hersteld', date: '2025-03-03' },
      { type: 'zwangerschapsverlof', date: '2025-03-10', until: '2025-03-16' },
      { type: 'ziek', date: '2025-04-02' },
    ] as const;
    expect(run(D1, events, '2025-04-02').firstSickDay).toBe('2025-04-02');
    // sick until 03-02, leave 03-03 … 06-22 (112 days), sick from 06-23: directly before and after → one
    // case, the 112 leave days uncounted: last day D1+727+112 = 2027-04-25
    const direct = run(
      D1,
      [
        { type: 'hersteld', date: '2025-03-03' },
        { type: 'zwangerschapsverlof', date: '2025-03-03', until: '2025-06-22' },
        { type: 'ziek', date: '2025-06-23' },
      ],
      '2025-06-23',
    );
    expect([plus('2025-03-03', 111), plus(D1, 727 + 112)]).toEqual(['2025-06-22', '2027-04-25']);
    expect(direct.firstSickDay).toBe(D1);
    expect(direct.wachttijd.lastDay).toBe('2027-04-25');
  });

  it('does not count pregnancy leave during sickness', () => {
    // leave 2025-03-01 … 2025-06-20 (112 days) inside an open sick period: every later date moves by 112.
    const t = run(D1, [{ type: 'zwangerschapsverlof', date: '2025-03-01', until: '2025-06-20' }], '2025-03-01');
    expect(t.wachttijd.lastDay).toBe(plus(D1, 727 + 112));
    expect(ms(t, 'probleemanalyse').due).toBe('2025-02-16'); // before the leave
    expect(ms(t, 'eerstejaarsevaluatie').due).toBe(plus(D1, 363 + 112));
  });
});

describe('UWV’s first werkdag after the 42nd week', () => {
  it('names the weekend days it skips, and adds no step when the day is a werkdag', () => {
    // D1 Sat 2025-01-04: D1+294 = Sat 2025-10-25 → Mon 10-27. D1 Mon 2025-01-06: D1+294 = Mon 2025-10-27.
    expect([plus('2025-01-04', 294), plus(D1, 294)]).toEqual(['2025-10-25', '2025-10-27']);
    const sat = ms(run('2025-01-04', [], '2025-01-05'), '42e-weeksmelding');
    expect(sat.derivation.legalLatest?.find((s) => s.kind === 'firstWerkdag')).toEqual({
      kind: 'firstWerkdag',
      from: '2025-10-25',
      skipped: [
        { date: '2025-10-25', reason: 'zaterdag' },
        { date: '2025-10-26', reason: 'zondag' },
      ],
      date: '2025-10-27',
    });
    const mon = ms(run(D1, [], '2025-01-07'), '42e-weeksmelding');
    expect(mon.derivation.legalLatest?.some((s) => s.kind === 'firstWerkdag')).toBe(false);
  });
});

describe("42e-weeksmelding and a recovery before UWV's first werkdag", () => {
  it('stays due when the employee recovers after the statutory day but before the first werkdag', () => {
    // D1 Sat 2025-01-04: counted day 295 = D1+294 = Sat 2025-10-25 (42 weeks = 294 days, same weekday
    // as D1): the due date (ZW 38 lid 1, not rolled); UWV's first werkdag Mon 2025-10-27. Fit from Sun
    // 2025-10-26: 42 weeks of sickness were complete on 10-24 and the employee was still sick on 10-25,
    // so the melding was owed.
    const t = evaluateCase({ firstSickDay: '2025-01-04', events: [{ type: 'hersteld', date: '2025-10-26' }] }, { asOf: '2025-10-28' });
    const m = due(t, '42e-weeksmelding');
    expect(m?.due).toBe('2025-10-25');
    expect(m?.legalLatest).toBe('2025-10-27');
    expect(m?.status).toBe('overdue');
    expect(t.status).toBe('recovered');
  });

  it('is suspended when the recovery comes on or before the statutory day', () => {
    // Fit from Sat 2025-10-25 itself: only 294 counted days; the 295th has not been reached.
    const t = evaluateCase({ firstSickDay: '2025-01-04', events: [{ type: 'hersteld', date: '2025-10-25' }] }, { asOf: '2025-10-28' });
    expect(due(t, '42e-weeksmelding')?.status).toBe('suspended');
  });
});

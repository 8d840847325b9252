/**
 * The UWV letter about the WIA application (WIA 64 lid 2: at the latest on the day the wachttijd
 * "89 weken heeft geduurd", counted forward from day 1), the four weeks a late letter gives the
 * application and when it gives none (lid 6, last sentence: a 42e-weeksmelding after week 81), and
 * the letter with a verlenging (WIA 25 lid 4). The boundary-day tests sit on the day where `<` and
 * `<=` (or the first and the last of two records) give different answers. Each date was computed by
 * hand (the calendar arithmetic is written beside it) and re-checked with `plus` (Date.UTC), never
 * taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { type CaseEvent, evaluateCase } from '../../src/index.js';
import { ms, plus, run } from './helpers.js';

// D1 Mon 2025-01-06: 42e-weeksmelding due D1+294 = Mon 2025-10-27; WIA aanvraag due D1+650 = Sun
// 2026-10-18; last day of the wachttijd D1+727 = Sun 2027-01-03.
const D1 = '2025-01-06';
const ev = (events: readonly CaseEvent[], asOf: string) => run(D1, events, asOf);
const flag = (t: ReturnType<typeof ev>, code: string, id?: string) =>
  t.flags.find((f) => f.code === code && (id === undefined || f.milestoneId === id));
const due = (t: ReturnType<typeof evaluateCase>, id: string, occurrence = 1) =>
  t.milestones.find((m) => m.id === id && m.occurrence === occurrence);

describe('UWV WIA letter (WIA 64 lid 2: "uiterlijk op de dag waarop de wachttijd 89 weken heeft geduurd")', () => {
  // D1 Mon 2025-01-06: expected D1+616 = Mon 2026-09-14 (start of week 89); by law at the latest on
  // counted day 623 = D1+622 = Sun 2026-09-20, the last day of week 89 (89 × 7 = 623 days, so the
  // day before D1's weekday). By hand: 2025-01-06 + 365 = 2026-01-06; + 257 = 2026-09-20.
  const d1 = '2025-01-06';
  const letterFlags = (t: ReturnType<typeof evaluateCase>) => t.flags.filter((f) => f.code === 'WIA_LETTER_LATE');

  it('shows the expected and the latest date', () => {
    const t = evaluateCase({ firstSickDay: d1 }, { asOf: '2026-09-01' });
    expect(due(t, 'wia-brief-uwv')).toMatchObject({ due: '2026-09-14', legalLatest: '2026-09-20', week: 89 });
    expect(due(t, 'wia-brief-uwv')?.legalLatest).toBe(plus(d1, 622));
  });

  it('raises no warning while the letter can still come in time (on the last day of week 89)', () => {
    const t = evaluateCase({ firstSickDay: d1 }, { asOf: '2026-09-20' });
    expect(due(t, 'wia-brief-uwv')?.status).toBe('overdue');
    expect(letterFlags(t)).toEqual([]);
  });

  it('warns from the first day of week 90 without a letter', () => {
    const t = evaluateCase({ firstSickDay: d1 }, { asOf: '2026-09-21' });
    expect(letterFlags(t)).toHaveLength(1);
    expect(letterFlags(t)[0]?.params).toEqual({ latest: '2026-09-20', received: null, afterLetterDays: 28 });
  });

  it('warns for a letter received in week 90, not for one received on the last day of week 89', () => {
    const inTime = evaluateCase(
      { firstSickDay: d1, events: [{ type: 'wia-brief-ontvangen', date: '2026-09-20' }] },
      { asOf: '2026-09-30' },
    );
    expect(due(inTime, 'wia-brief-uwv')?.status).toBe('done-late');
    expect(letterFlags(inTime)).toEqual([]);
    const late = evaluateCase({ firstSickDay: d1, events: [{ type: 'wia-brief-ontvangen', date: '2026-09-21' }] }, { asOf: '2026-09-30' });
    expect(letterFlags(late)).toHaveLength(1);
  });

  it('is consistent with lid 6: a letter in time never moves the application, a late one always does', () => {
    // Application due D1+650 = 2026-10-18 (11 weeks before D1+727). Letter on D1+622 + 28 = D1+650:
    // not moved. Letter on D1+623 (late) + 28 = D1+651 = 2026-10-19: moved.
    const onTime = evaluateCase(
      { firstSickDay: d1, events: [{ type: 'wia-brief-ontvangen', date: '2026-09-20' }] },
      { asOf: '2026-09-30' },
    );
    expect(due(onTime, 'wia-aanvraag')?.due).toBe('2026-10-18');
    const late = evaluateCase(
      {
        firstSickDay: d1,
        events: [
          { type: '42e-weeksmelding', date: '2025-10-27' }, // in time, so lid 6's extra weeks apply
          { type: 'wia-brief-ontvangen', date: '2026-09-21' },
        ],
      },
      { asOf: '2026-09-30' },
    );
    expect(due(late, 'wia-aanvraag')?.due).toBe('2026-10-19');
    expect(late.flags.some((f) => f.code === 'WIA_LETTER_LATE')).toBe(true);
  });
});

describe('the UWV WIA letter is counted forward (WIA 64 lid 2: "89 weken heeft geduurd")', () => {
  it('does not move the letter for a fit gap after week 89, while the end of the wachttijd moves', () => {
    // D1 2025-01-06; fit 2026-09-28 (D1+630) … 2026-10-07, sick again 2026-10-08 (D1+640): 10 fit
    // days after week 89. lastDay = D1+727+10 = D1+737 = 2027-01-13; the letter's latest stays
    // counted day 623 = D1+622 = 2026-09-20 (a backward count from lastDay would say 2026-10-01).
    const t = evaluateCase(
      {
        firstSickDay: '2025-01-06',
        events: [
          { type: 'hersteld', date: '2026-09-28' },
          { type: 'ziek', date: '2026-10-08' },
        ],
      },
      { explain: true, asOf: '2026-10-08' },
    );
    expect([plus('2025-01-06', 737), plus('2025-01-06', 622)]).toEqual(['2027-01-13', '2026-09-20']);
    expect(t.wachttijd.lastDay).toBe('2027-01-13');
    expect(ms(t, 'wia-brief-uwv')).toMatchObject({ due: '2026-09-14', legalLatest: '2026-09-20' });
  });

  it('moves the letter with a fit gap before week 89', () => {
    // 14 fit days (2025-03-03 … 03-16): latest = D1+622+14 = 2026-10-04 (Sun)
    const t = evaluateCase(
      {
        firstSickDay: '2025-01-06',
        events: [
          { type: 'hersteld', date: '2025-03-03' },
          { type: 'ziek', date: '2025-03-17' },
        ],
      },
      { explain: true, asOf: '2025-03-17' },
    );
    expect(ms(t, 'wia-brief-uwv').legalLatest).toBe(plus('2025-01-06', 636));
    expect(plus('2025-01-06', 636)).toBe('2026-10-04');
  });
});

describe('WIA 64 lid 6, last sentence: no extra weeks when the 42e-weeksmelding came after week 81', () => {
  // D1 2025-01-06: application due D1+650 = 2026-10-18 (Sun); "de dag waarop de wachttijd 81 weken
  // heeft geduurd" = counted day 567 = D1+566 = 2026-07-26 (Sun), so the melding had to be made by
  // D1+565 = Sat 2026-07-25; a late letter on 2026-10-08 gives until 2026-11-05 (Thu, a working day).
  const d1 = '2025-01-06';
  const run = (melding: string | null, aanvraag?: string) =>
    evaluateCase(
      {
        firstSickDay: d1,
        events: [
          ...(melding === null ? [] : [{ type: '42e-weeksmelding' as const, date: melding }]),
          { type: 'wia-brief-ontvangen', date: '2026-10-08' },
          ...(aanvraag === undefined ? [] : [{ type: 'wia-aanvraag' as const, date: aanvraag }]),
        ],
      },
      { explain: true, asOf: '2026-10-08' },
    );

  it('gives four weeks from the late letter when the melding was made in time', () => {
    expect([plus(d1, 650), plus(d1, 566), plus('2026-10-08', 28)]).toEqual(['2026-10-18', '2026-07-26', '2026-11-05']);
    const t = run('2025-10-27');
    expect(ms(t, 'wia-aanvraag').due).toBe('2026-11-05');
    expect(t.flags.some((f) => f.code === 'WIA_LETTER_EXTENSION_EXCLUDED')).toBe(false);
  });

  it('keeps the 11-week deadline when the melding came after week 81, and says why', () => {
    const t = run('2026-08-29');
    const a = ms(t, 'wia-aanvraag');
    expect(a.due).toBe('2026-10-18');
    expect(a.derivation.due.at(-1)).toEqual({
      kind: 'lateLetterExcluded',
      letter: '2026-10-08',
      meldingBy: '2026-07-25',
      melding: '2026-08-29',
      date: '2026-10-18',
    });
    expect(t.flags.find((f) => f.code === 'WIA_LETTER_EXTENSION_EXCLUDED')?.params).toEqual({
      letter: '2026-10-08',
      meldingBy: '2026-07-25',
      melding: '2026-08-29',
    });
  });

  it('keeps it too when no melding was made at all', () => {
    expect(ms(run(null), 'wia-aanvraag').due).toBe('2026-10-18');
  });

  it('counts a melding on counted day 566 as in time, one on counted day 567 (81 weeks complete) as not', () => {
    // 0.2 accepted 2026-07-26 (counted day 567): "voor de dag waarop de wachttijd 81 weken heeft geduurd" excludes it.
    expect(ms(run('2026-07-25'), 'wia-aanvraag').due).toBe('2026-11-05');
    expect(ms(run('2026-07-26'), 'wia-aanvraag').due).toBe('2026-10-18');
  });
});

describe('the UWV letter and the verlenging on the boundary days (WIA 64 lid 6; 25 lid 4)', () => {
  it('moves the letter’s last timely day by the verlenging: a letter on it gives no extra weeks', () => {
    // verlenging 13 weeks: letter latest D1+622+91 = Sun 2026-12-20; aanvraag due D1+650+91 = Sun
    // 2027-01-17 = the letter + 28 (which the Atw would have rolled to Mon 01-18 had the letter been late).
    expect([plus(D1, 622 + 91), plus(D1, 650 + 91), plus('2026-12-20', 28)]).toEqual(['2026-12-20', '2027-01-17', '2027-01-17']);
    const t = ev(
      [
        { type: '42e-weeksmelding', date: '2025-10-27' },
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
        { type: 'wia-brief-ontvangen', date: '2026-12-20' },
      ],
      '2026-12-21',
    );
    const a = ms(t, 'wia-aanvraag');
    expect(a.due).toBe('2027-01-17');
    expect(a.derivation.due.some((s) => s.kind === 'lateLetter')).toBe(false);
  });

  it('gives the four weeks when the melding in time was made by the IVA aanvraag (ZW 38 lid 8)', () => {
    // IVA aanvraag 2025-12-01 is the melding, before Sat 2026-07-25 (D1+565); letter Mon 2026-09-21
    // (late) + 28 = Mon 2026-10-19.
    expect([plus(D1, 565), plus('2026-09-21', 28)]).toEqual(['2026-07-25', '2026-10-19']);
    const t = ev(
      [
        { type: 'vervroegde-iva', date: '2025-12-01' },
        { type: 'wia-brief-ontvangen', date: '2026-09-21' },
      ],
      '2026-09-22',
    );
    expect(ms(t, 'wia-aanvraag').due).toBe('2026-10-19');
    expect(flag(t, 'WIA_LETTER_EXTENSION_EXCLUDED')).toBeUndefined();
  });

  it('opens the window on a letter received on the aanvraag’s own deadline (extension excluded)', () => {
    // letter 2026-10-18 = D1+650, late (after D1+622); no melding → no four weeks, due stays 2026-10-18.
    const t = ev([{ type: 'wia-brief-ontvangen', date: '2026-10-18' }], '2026-10-19');
    const a = ms(t, 'wia-aanvraag');
    expect(a.due).toBe('2026-10-18');
    expect(a.windowStart).toBe('2026-10-18');
    expect(a.derivation.windowStart).toEqual([{ kind: 'letterReceived', date: '2026-10-18' }]);
  });

  it('counts a report made on the day of the verlenging as made for the extended period', () => {
    const t = ev(
      [
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
        { type: 'eindevaluatie', date: '2026-09-01' },
      ],
      '2026-09-02',
    );
    expect(ms(t, 'eindevaluatie').completedOn).toBe('2026-09-01');
    expect(flag(t, 'REPORT_BEFORE_VERLENGING')).toBeUndefined();
  });
});

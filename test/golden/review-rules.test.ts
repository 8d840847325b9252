// Rules settled in review, each with hand-checked dates.
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/index.js';
import { plus } from './helpers.js';

const due = (t: ReturnType<typeof evaluateCase>, id: string, occurrence = 1) =>
  t.milestones.find((m) => m.id === id && m.occurrence === occurrence);

describe('evaluation chain', () => {
  it('never runs backward when an evaluation is recorded before the plan van aanpak (docs/rules.md §2, evaluatie)', () => {
    // D1 Mon 2025-01-06; PA on its due date 2025-02-16 (D1+41); PvA on its due date 2025-03-02 (PA + 14).
    // An evaluation recorded on 2025-01-20, before the plan existed.
    // Evaluation 1: PvA 2025-03-02 + 42 = 2025-04-13 (March 31 days: 03-02 + 29 = 03-31, + 13 = 04-13); done early.
    // Evaluation 2: max(PvA 03-02, evaluation 01-20) + 42 = 2025-04-13 again — not 01-20 + 42 = 2025-03-03.
    const t = evaluateCase(
      {
        firstSickDay: '2025-01-06',
        events: [
          { type: 'probleemanalyse', date: '2025-02-16' },
          { type: 'plan-van-aanpak', date: '2025-03-02' },
          { type: 'evaluatie', date: '2025-01-20' },
        ],
      },
      { asOf: '2025-03-10' },
    );
    expect(due(t, 'evaluatie', 1)?.due).toBe('2025-04-13');
    expect(due(t, 'evaluatie', 1)?.status).toBe('done');
    expect(due(t, 'evaluatie', 2)?.due).toBe('2025-04-13');
    // Evaluation 3 follows evaluation 2's due date: 2025-04-13 + 42 = 2025-05-25 (April 30: 04-13 + 17 = 04-30, + 25 = 05-25).
    expect(due(t, 'evaluatie', 3)?.due).toBe('2025-05-25');
  });
});

describe('Atw calendar coverage', () => {
  it('flags a 42e-weeksmelding rolled in a year whose gelijkgestelde dagen are not in the data (2022)', () => {
    // E14: D1 Mon 2022-01-03 + 294 = Mon 2022-10-24; the data holds gelijkgestelde dagen for 2023–2028 only.
    const t = evaluateCase({ firstSickDay: '2022-01-03' }, { asOf: '2022-02-01' });
    expect(due(t, '42e-weeksmelding')?.due).toBe('2022-10-24');
    expect(t.flags.filter((f) => f.code === 'ATW_CALENDAR_INCOMPLETE').map((f) => f.milestoneId)).toEqual(['42e-weeksmelding']);
  });

  it('does not flag a roll inside 2023–2028', () => {
    // E1: D1 Mon 2025-01-06 + 294 = Mon 2025-10-27.
    const t = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-02-01' });
    expect(t.flags.some((f) => f.code === 'ATW_CALENDAR_INCOMPLETE')).toBe(false);
  });
});

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

describe('PoortwachterError', () => {
  it('names each field once in its message', async () => {
    const { PoortwachterError } = await import('../../src/index.js');
    const call = () => evaluateCase({ firstSickDay: '2025-02-30' }, { asOf: '2025-03-01' });
    expect(call).toThrow(PoortwachterError);
    // Codes, not catalogue words (0.3: the engine carries no message text; withIssueMessage renders it).
    expect(call).toThrow(/^firstSickDay: invalid_date \{"value":"'2025-02-30'"\}$/);
    try {
      call();
    } catch (e) {
      expect((e as Error).message.match(/firstSickDay/g)).toHaveLength(1);
      expect((e as InstanceType<typeof PoortwachterError>).issues[0]?.path).toEqual(['firstSickDay']);
      const { withIssueMessage } = await import('../../src/index.js');
      const issue = (e as InstanceType<typeof PoortwachterError>).issues[0];
      expect(issue && withIssueMessage(issue).message.en).toMatch(/^firstSickDay: '2025-02-30' is not a valid date/);
    }
  });
});

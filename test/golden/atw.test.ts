/**
 * The Algemene termijnenwet on whole timelines: art. 2 (two working days) over a weekend, and the
 * flag for a roll in a year whose gelijkgestelde dagen are not in the data. Each date was computed
 * by hand (the calendar arithmetic is written beside it), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { extendToTwoAtwWorkingDays } from '../../src/calendar/atw.js';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import { evaluateCase } from '../../src/index.js';

const due = (t: ReturnType<typeof evaluateCase>, id: string, occurrence = 1) =>
  t.milestones.find((m) => m.id === id && m.occurrence === occurrence);

describe('Atw art. 2 over a weekend', () => {
  it('does not count the Saturday and Sunday after a one-working-day term', () => {
    // Fri 2025-01-03 … Fri 2025-01-03 holds one working day; Sat 01-04 and Sun 01-05 are not → Mon 01-06.
    const d = parseIsoDate('2025-01-03');
    expect(formatIsoDate(extendToTwoAtwWorkingDays(d, d))).toBe('2025-01-06');
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

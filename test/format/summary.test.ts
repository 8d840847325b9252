import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import {
  parseSummaryFields,
  pickSummary,
  SUMMARY_FIELDS,
  summarizeTimeline,
  summaryCsvColumns,
  summaryCsvValues,
} from '../../src/format/index.js';
import { evaluateCase } from '../../src/index.js';
import { fc, test } from '../fc.js';

const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../examples', name), 'utf8'));

describe('summarizeTimeline', () => {
  it('names the overdue legal steps and the next one due (advice steps do not count)', () => {
    const s = summarizeTimeline(evaluateCase(read('sample-case.json'), { asOf: '2025-06-02' }));
    expect(s.overdue).toEqual([{ id: 'evaluatie', occurrence: 2, due: '2025-05-19', status: 'overdue' }]);
    expect(s.next).toEqual({ id: 'evaluatie', occurrence: 3, due: '2025-06-30', status: 'upcoming' });
    expect(s.status).toBe('sick');
    expect(s.lastDay).toBe('2027-01-03');
  });

  it('lists the steps done late', () => {
    const s = summarizeTimeline(evaluateCase(read('complex-case.json'), { asOf: '2025-06-02' }));
    expect(s.doneLate.map((r) => `${r.id}#${r.occurrence}`)).toEqual([
      'probleemanalyse#1',
      'plan-van-aanpak#1',
      'evaluatie#2',
      'evaluatie#5',
    ]);
    // MILESTONE_OVERDUE: the spoor-2 decision (advice), due 6 weeks after the eerstejaarsevaluatie
    expect(s.flags).toEqual(['EVENT_AFTER_AS_OF', 'MILESTONE_DONE_LATE', 'MILESTONE_OVERDUE']);
  });

  test.prop([fc.integer({ min: parseIsoDate('2015-01-01'), max: parseIsoDate('2030-01-01') }), fc.integer({ min: 0, max: 800 })])(
    'next is the earliest open legal step and never overdue; overdue are exactly the overdue legal steps',
    (day1, age) => {
      const t = evaluateCase({ firstSickDay: formatIsoDate(day1) }, { asOf: formatIsoDate(day1 + age) });
      const s = summarizeTimeline(t);
      const legal = t.milestones.filter((m) => m.kind === 'legal');
      expect(s.overdue.length).toBe(legal.filter((m) => m.status === 'overdue').length);
      const open = legal.filter((m) => m.status === 'due-soon' || m.status === 'upcoming');
      if (s.next === null) expect(open).toEqual([]);
      else for (const m of open) expect(s.next.due <= m.due).toBe(true);
    },
  );
});

describe('--fields', () => {
  it('accepts summary, all and lists, in canonical order', () => {
    expect(parseSummaryFields('summary')).toEqual({ ok: true, fields: ['status', 'currentWeek', 'next', 'overdue'] });
    expect(parseSummaryFields('all')).toEqual({ ok: true, fields: SUMMARY_FIELDS });
    expect(parseSummaryFields('overdue, id,status')).toEqual({ ok: true, fields: ['status', 'overdue'] });
    expect(parseSummaryFields('status,nope')).toEqual({ ok: false, unknown: ['nope'] });
  });

  it('picks the fields and spreads structured ones over CSV columns', () => {
    const s = summarizeTimeline(evaluateCase(read('sample-case.json'), { asOf: '2025-06-02' }));
    expect(Object.keys(pickSummary(s, ['status', 'next']))).toEqual(['status', 'next']);
    expect(summaryCsvColumns('wageObligationEnd')).toEqual(['wage_obligation_end']);
    for (const f of SUMMARY_FIELDS) expect(summaryCsvValues(s, f)).toHaveLength(summaryCsvColumns(f).length);
    expect(summaryCsvValues(s, 'next')).toEqual(['evaluatie#3', '2025-06-30', 'upcoming']);
    expect(summaryCsvValues(s, 'overdue')).toEqual([1, 'evaluatie#2']);
  });
});

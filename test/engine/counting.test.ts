/**
 * Counted intervals (src/engine/counting.ts) at their edges: pregnancy leave that touches a sick
 * period on its first or last day, leave that leaves one day, several leaves over one period, and
 * counting past the last interval. Every expectation is counted by hand on small epoch-day numbers
 * (docs/rules.md §1: samentelling; leave days are not counted).
 */

import { describe, expect, it } from 'vitest';
import { countedDay, countedIndex, subtractIntervals } from '../../src/engine/counting.js';

const sub = (sick: [number, number][], leave: [number, number][]) => {
  const r = subtractIntervals(
    sick.map((x) => x[0]),
    sick.map((x) => x[1]),
    leave.map((x) => x[0]),
    leave.map((x) => x[1]),
  );
  return r.starts.map((s, i) => [s, r.ends[i]]);
};

describe('subtractIntervals', () => {
  it('gives back the sick intervals themselves when there is no leave', () => {
    const starts = [10, 30];
    const ends = [20, 40];
    const r = subtractIntervals(starts, ends, [], []);
    expect(r.starts).toBe(starts);
    expect(r.ends).toBe(ends);
  });

  it('removes a leave that ends on the first sick day, or starts on the last one', () => {
    expect(sub([[10, 20]], [[5, 10]])).toEqual([[11, 20]]); // day 10 is leave
    expect(sub([[10, 20]], [[20, 25]])).toEqual([[10, 19]]); // day 20 is leave
    expect(sub([[10, 20]], [[21, 25]])).toEqual([[10, 20]]); // leave starts the day after
    expect(sub([[10, 20]], [[5, 9]])).toEqual([[10, 20]]); // leave ends the day before
  });

  it('leaves no empty piece in front of a leave that starts on or before the sick start', () => {
    expect(sub([[10, 20]], [[10, 12]])).toEqual([[13, 20]]);
    expect(sub([[10, 20]], [[5, 12]])).toEqual([[13, 20]]);
  });

  it('leaves no empty piece behind a leave that runs past the sick end', () => {
    expect(sub([[10, 20]], [[15, 25]])).toEqual([[10, 14]]);
    expect(sub([[10, 20]], [[10, 20]])).toEqual([]);
    expect(sub([[10, 20]], [[1, 30]])).toEqual([]);
  });

  it('keeps a single remaining day', () => {
    expect(sub([[10, 20]], [[10, 19]])).toEqual([[20, 20]]);
    expect(sub([[10, 20]], [[11, 20]])).toEqual([[10, 10]]);
  });

  it('applies every leave to a period, also after one left a single day', () => {
    // days 0–9 are leave, then day 10 is leave too: nothing left
    expect(
      sub(
        [[0, 10]],
        [
          [0, 9],
          [10, 10],
        ],
      ),
    ).toEqual([]);
    // day 10 is left after the first leave; the second starts after the period
    expect(
      sub(
        [[0, 10]],
        [
          [0, 9],
          [12, 14],
        ],
      ),
    ).toEqual([[10, 10]]);
    // two leaves inside one period split it in three
    expect(
      sub(
        [[0, 20]],
        [
          [3, 5],
          [10, 12],
        ],
      ),
    ).toEqual([
      [0, 2],
      [6, 9],
      [13, 20],
    ]);
  });

  it('takes one leave out of two periods and keeps an open end open', () => {
    expect(
      sub(
        [
          [0, 5],
          [10, 15],
        ],
        [[4, 11]],
      ),
    ).toEqual([
      [0, 3],
      [12, 15],
    ]);
    expect(sub([[10, Number.POSITIVE_INFINITY]], [[12, 13]])).toEqual([
      [10, 11],
      [14, Number.POSITIVE_INFINITY],
    ]);
  });
});

describe('countedDay and countedIndex', () => {
  const iv = { starts: [10, 20], ends: [14, 24] }; // 5 + 5 counted days

  it('finds counted day n inside the intervals', () => {
    expect([1, 5, 6, 10].map((n) => countedDay(iv, n))).toEqual([10, 14, 20, 24]);
  });

  it('counts on from the day after the last interval when the intervals run out', () => {
    // counted day 11 is the first day after day 24, counted day 13 the third
    expect(countedDay(iv, 11)).toBe(25);
    expect(countedDay(iv, 13)).toBe(27);
    expect(countedDay({ starts: [100], ends: [100] }, 2)).toBe(101);
    // no interval at all: counting starts after epoch day 0
    expect(countedDay({ starts: [], ends: [] }, 3)).toBe(3);
  });

  it('counts the days on or before a day', () => {
    expect([9, 10, 14, 15, 19, 20, 24, 30].map((d) => countedIndex(iv, d))).toEqual([0, 1, 5, 5, 5, 6, 10, 10]);
  });
});

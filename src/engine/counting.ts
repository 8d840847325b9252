/**
 * Counted sick days under samentelling (docs/law.md), docs/rules.md.
 *
 * A case is a list of counted intervals of epoch days (sick periods minus pregnancy leave). Counted
 * day n is the date on which the case reaches its n-th counted sick day; after the last interval
 * (open-ended) sickness is assumed to continue, so every counted day has a date.
 *
 * @module
 */

/** Counted intervals: `starts[i]..ends[i]` inclusive, ascending, disjoint; the last end may be `Infinity`. */
export interface CountedIntervals {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * Subtracts leave intervals from sick intervals. Both inputs ascending; leave may overlap anything.
 */
export function subtractIntervals(
  starts: readonly number[],
  ends: readonly number[],
  leaveStarts: readonly number[],
  leaveEnds: readonly number[],
): CountedIntervals {
  if (leaveStarts.length === 0) return { starts, ends };
  const outS: number[] = [];
  const outE: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    let s = starts[i] as number;
    const e = ends[i] as number;
    for (let j = 0; j < leaveStarts.length && s <= e; j++) {
      const ls = leaveStarts[j] as number;
      const le = leaveEnds[j] as number;
      if (le < s || ls > e) continue;
      if (ls > s) {
        outS.push(s);
        outE.push(ls - 1);
      }
      s = le + 1;
    }
    if (s <= e) {
      outS.push(s);
      outE.push(e);
    }
  }
  return { starts: outS, ends: outE };
}

/**
 * The date of counted day `n` (n ≥ 1). When the intervals run out (all closed), counting continues
 * from the day after the last one, as if sickness had resumed — callers decide whether that
 * hypothetical date applies.
 */
export function countedDay(iv: CountedIntervals, n: number): number {
  let remaining = n;
  const { starts, ends } = iv;
  const len = starts.length;
  for (let i = 0; i < len; i++) {
    const s = starts[i] as number;
    const size = (ends[i] as number) - s + 1;
    if (remaining <= size) return s + remaining - 1;
    remaining -= size;
  }
  const last = len === 0 ? 0 : (ends[len - 1] as number);
  return last + remaining;
}

/** Number of counted days on or before `day` (0 before the first). */
export function countedIndex(iv: CountedIntervals, day: number): number {
  let count = 0;
  const { starts, ends } = iv;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] as number;
    if (day < s) break;
    const e = ends[i] as number;
    count += (day < e ? day : e) - s + 1;
  }
  return count;
}

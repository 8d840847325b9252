/**
 * Suggestions for two common input mistakes, added to the input issue as `params.suggestion` by
 * `parseCaseInput` and `safeEvaluateCase` (the catalogues put them into words): a date written the
 * Dutch way (`06-01-2025` → `2025-01-06`) and a misspelt event type (`probleemanalyze` →
 * `probleemanalyse`). Runs only when there is a problem; `evaluateCase` itself does not load it.
 *
 * @module
 */
import { isIsoDate } from '../calendar/isoDate.js';
import { KNOWN_TYPES } from '../engine/events.js';
import type { IsoDate } from '../types.js';

/**
 * The ISO date a day-month-year text most likely means, read the Dutch way (DD-MM-YYYY, with `-`,
 * `/` or `.`), or `undefined` when the text is not of that form or names no real day.
 *
 * @example
 * dateSuggestion('06-01-2025') //=> '2025-01-06'
 * dateSuggestion('6/1/2025') //=> '2025-01-06'
 * dateSuggestion('31-02-2025') //=> undefined (no 31 February)
 */
export function dateSuggestion(value: unknown): IsoDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\s*$/.exec(value);
  if (m === null) return undefined;
  const iso = `${m[4]}-${(m[3] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * The edit distance of two texts with adjacent transpositions (optimal string alignment): the
 * fewest insertions, deletions, substitutions and swaps of neighbours that turn `a` into `b`.
 *
 * @example
 * editDistance('probleemanalyze', 'probleemanalyse') //=> 1
 * editDistance('plna-van-aanpak', 'plan-van-aanpak') //=> 1
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known event type nearest to an unknown one, or `undefined` when none is close. Case, spaces
 * and underscores do not count (`Plan_van_aanpak` → `plan-van-aanpak`); otherwise at most one edit
 * per three characters (at least one, at most three) and a single nearest type.
 *
 * @example
 * nearestEventType('probleemanalyze') //=> 'probleemanalyse'
 * nearestEventType('42-weeksmelding') //=> '42e-weeksmelding'
 * nearestEventType('verjaardag') //=> undefined
 */
export function nearestEventType(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 60) return undefined;
  const wanted = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (wanted === '') return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const type of KNOWN_TYPES) {
    const d = editDistance(wanted, type);
    if (d < bestDistance) {
      best = type;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return bestDistance <= limit && !tie && best !== value ? best : undefined;
}

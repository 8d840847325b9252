import { parseIsoDate } from '../calendar/isoDate.js';
import type { InputIssue } from '../types.js';

/** Collects an issue for a value that is not a real ISO date in 1900–2199; returns its epoch day or NaN. */
export function checkDate(value: unknown, path: (string | number)[], issues: InputIssue[]): number {
  const day = typeof value === 'string' ? parseIsoDate(value) : Number.NaN;
  if (Number.isNaN(day)) {
    const shown = typeof value === 'string' ? `'${value.slice(0, 40)}'` : typeof value;
    const name = pathName(path);
    issues.push({
      path,
      code: 'invalid_date',
      message: {
        nl: `${name}: ${shown} is geen geldige datum (verwacht JJJJ-MM-DD tussen 1900 en 2199)`,
        en: `${name}: ${shown} is not a valid date (expected YYYY-MM-DD between 1900 and 2199)`,
      },
    });
  }
  return day;
}

/** `['events', 2, 'date']` → `events[2].date`. */
export function pathName(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out === '' ? '(root)' : out;
}

/**
 * The core reads no clock, no randomness and no locale (docs/reliability.md §2): a static scan of
 * src/engine, src/calendar, src/law and src/case. Only the CLI reads "today", and the formatters
 * (src/format) may format for people. An exception must be listed here with its reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORE_DIRS = ['src/engine', 'src/calendar', 'src/law', 'src/case'];

const FORBIDDEN: readonly { name: string; re: RegExp }[] = [
  { name: 'Date.now', re: /\bDate\s*\.\s*now\b/ },
  { name: 'new Date', re: /\bnew\s+Date\b/ },
  { name: 'Date.parse', re: /\bDate\s*\.\s*parse\b/ },
  { name: 'Math.random', re: /\bMath\s*\.\s*random\b/ },
  { name: 'crypto random', re: /\b(randomUUID|getRandomValues|randomBytes)\b/ },
  { name: 'performance.now', re: /\bperformance\s*\.\s*now\b/ },
  { name: 'toLocale…', re: /\.toLocale\w*\s*\(/ },
  { name: 'Intl.', re: /\bIntl\s*\./ },
  { name: 'localeCompare', re: /\.localeCompare\s*\(/ },
  { name: 'getTimezoneOffset', re: /\bgetTimezoneOffset\b/ },
  { name: 'process (env, clock, TZ)', re: /\bprocess\s*\./ },
  { name: 'luxon / date-fns (clock- and zone-aware; not in the core)', re: /from\s+['"](luxon|date-fns)/ },
];

/**
 * Allowed occurrences: `file:forbidden name` → why it cannot make output depend on the machine.
 * Keep this list short and every reason checkable.
 */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  'src/law/rules.ts:localeCompare':
    'sorts ParameterVersion.validFrom, ASCII YYYY-MM-DD strings (validated by parseIsoDate right after): ' +
    'every ICU collation orders ASCII digits and "-" identically, so the locale cannot change the order',
};

/** Source without comments (TSDoc may mention `new Date` to warn against it). */
function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('no clock, randomness or locale in the core', () => {
  const all = CORE_DIRS.flatMap(files);

  it('scans every core file', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it('finds none of Date.now, new Date, Math.random, toLocale…, Intl., localeCompare, process. outside the listed exceptions', () => {
    const found: string[] = [];
    const used = new Set<string>();
    for (const file of all) {
      const lines = stripComments(readFileSync(join(ROOT, file), 'utf8')).split('\n');
      lines.forEach((line, i) => {
        for (const f of FORBIDDEN) {
          if (!f.re.test(line)) continue;
          const key = `${relative(ROOT, join(ROOT, file))}:${f.name}`;
          if (key in EXCEPTIONS) used.add(key);
          else found.push(`${file}:${i + 1}: ${f.name}: ${line.trim()}`);
        }
      });
    }
    expect(found, 'use epoch-day integers and pass asOf in; see docs/reliability.md §2').toEqual([]);
    // An exception nobody needs any more must go.
    expect([...used].sort()).toEqual(Object.keys(EXCEPTIONS).sort());
  });

  it('the scan itself catches what it should (and ignores comments)', () => {
    const hit = (src: string) =>
      FORBIDDEN.some((f) =>
        stripComments(src)
          .split('\n')
          .some((l) => f.re.test(l)),
      );
    expect(hit('const t = Date.now();')).toBe(true);
    expect(hit('const d = new Date(2025, 0, 6);')).toBe(true);
    expect(hit('x.toLocaleDateString("nl-NL")')).toBe(true);
    expect(hit('new Intl.DateTimeFormat()')).toBe(true);
    expect(hit('a.localeCompare(b)')).toBe(true);
    expect(hit('process.env.TZ')).toBe(true);
    expect(hit('// never use new Date here')).toBe(false);
    expect(hit('/** Date.now is banned */ const x = 1;')).toBe(false);
    expect(hit("const url = 'https://wetten.overheid.nl/x'; const y = Math.random();")).toBe(true);
  });
});

/**
 * Every declared code is produced: each input issue code by an input that makes it, from every entry
 * point that checks that problem (all of them parse with the one schema of src/case/schema.ts) — and
 * each flag code by a case of the corpus (test/corpus.ts). A code declared and never produced fails here.
 */
import { Readable, Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { FLAG_CODES, INPUT_ISSUE_CODES } from '../../src/codes.js';
import {
  type EvaluateCaseOptions,
  evaluateCase,
  PoortwachterError,
  parseCaseInput,
  safeEvaluateCase,
  withIssueMessage,
} from '../../src/index.js';
import type { InputIssue, InputIssueCode } from '../../src/types.js';
import { corpus } from '../corpus.js';

// A batch line whose id is 'boom' makes the library throw: the CLI's safety net answers it with internal_error.
// (The batch checks each line's case with checkCaseInput, its options once.)
vi.mock('../../src/case/parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/case/parse.js')>();
  return {
    ...original,
    checkCaseInput: (input: unknown) => {
      if ((input as { id?: unknown } | null)?.id === 'boom') throw new Error('boom');
      return original.checkCaseInput(input);
    },
  };
});

const D1 = '2025-01-06';
const AS_OF = '2025-06-02';
const ev = (e: Record<string, unknown>) => ({ firstSickDay: D1, events: [e] });

type Entry = 'parseCaseInput' | 'safeEvaluateCase' | 'evaluateCase' | 'validate' | 'batch';
const CASE_ENTRIES: readonly Entry[] = ['parseCaseInput', 'safeEvaluateCase', 'evaluateCase', 'validate', 'batch'];
/** The schema checks these; evaluateCase, typed, does not (it checks what it reads). */
const SCHEMA_ONLY: readonly Entry[] = ['parseCaseInput', 'safeEvaluateCase', 'validate', 'batch'];
const OPTION_ENTRIES: readonly Entry[] = ['safeEvaluateCase', 'evaluateCase'];

interface Producer {
  /** The case (a value, or raw text for the CLI). */
  readonly input: unknown;
  readonly options?: Partial<EvaluateCaseOptions>;
  readonly path: readonly (string | number)[];
  readonly entries: readonly Entry[];
}

/** For each code, one or more inputs that produce it; typed so that a new code needs a producer. */
const PRODUCERS: { readonly [C in InputIssueCode]: readonly Producer[] } = {
  missing: [
    { input: {}, path: ['firstSickDay'], entries: CASE_ENTRIES },
    { input: ev({ type: 'probleemanalyse' }), path: ['events', 0, 'date'], entries: CASE_ENTRIES },
    { input: ev({ date: '2025-02-01' }), path: ['events', 0, 'type'], entries: CASE_ENTRIES },
    { input: ev({ type: 'loonsanctie', date: '2025-06-01' }), path: ['events', 0, 'weeks'], entries: CASE_ENTRIES },
    { input: { firstSickDay: D1 }, options: { asOf: undefined }, path: ['asOf'], entries: OPTION_ENTRIES },
  ],
  invalid_type: [
    { input: null, path: [], entries: CASE_ENTRIES },
    { input: { firstSickDay: 20250106 }, path: ['firstSickDay'], entries: CASE_ENTRIES },
    { input: { firstSickDay: D1, events: {} }, path: ['events'], entries: CASE_ENTRIES },
    { input: { firstSickDay: D1, events: [5] }, path: ['events', 0], entries: CASE_ENTRIES },
    { input: ev({ type: 'loonsanctie', date: '2025-06-01', weeks: 2.5 }), path: ['events', 0, 'weeks'], entries: CASE_ENTRIES },
    { input: ev({ type: 'verlenging', date: '2025-06-01', weeks: '13' }), path: ['events', 0, 'weeks'], entries: CASE_ENTRIES },
    { input: { firstSickDay: D1, id: true }, path: ['id'], entries: SCHEMA_ONLY },
    { input: { firstSickDay: D1 }, options: { asOf: 20250602 as never }, path: ['asOf'], entries: OPTION_ENTRIES },
    {
      input: { firstSickDay: D1 },
      options: { policy: { includeAdvice: 'yes' as never } },
      path: ['policy', 'includeAdvice'],
      entries: OPTION_ENTRIES,
    },
    { input: { firstSickDay: D1 }, options: { policy: { dueSoonDays: 1.5 } }, path: ['policy', 'dueSoonDays'], entries: OPTION_ENTRIES },
    { input: { firstSickDay: D1 }, options: { rules: {} as never }, path: ['rules'], entries: ['safeEvaluateCase'] },
  ],
  invalid_date: [
    { input: { firstSickDay: '2024-02-30' }, path: ['firstSickDay'], entries: CASE_ENTRIES },
    { input: { firstSickDay: '1899-12-31' }, path: ['firstSickDay'], entries: CASE_ENTRIES },
    { input: { firstSickDay: '2025-01-06T08:00:00Z' }, path: ['firstSickDay'], entries: CASE_ENTRIES },
    {
      input: ev({ type: 'zwangerschapsverlof', date: '2025-03-01', until: '2025-13-01' }),
      path: ['events', 0, 'until'],
      entries: CASE_ENTRIES,
    },
    { input: { firstSickDay: D1 }, options: { asOf: '2025-02-29' }, path: ['asOf'], entries: OPTION_ENTRIES },
  ],
  invalid_event_type: [
    { input: ev({ type: 'ziekmelding', date: '2025-01-07' }), path: ['events', 0, 'type'], entries: CASE_ENTRIES },
    { input: ev({ type: 7, date: '2025-01-07' }), path: ['events', 0, 'type'], entries: CASE_ENTRIES },
  ],
  unknown_field: [
    { input: ev({ type: 'probleemanalyse', date: '2025-02-01', datum: '2025-02-01' }), path: ['events', 0, 'datum'], entries: SCHEMA_ONLY },
    { input: { firstSickDay: D1, naam: 'x' }, path: ['naam'], entries: SCHEMA_ONLY },
    {
      input: { firstSickDay: D1 },
      options: { policy: { probleemAnalyse: 'week' } as never },
      path: ['policy', 'probleemAnalyse'],
      entries: OPTION_ENTRIES,
    },
  ],
  too_small: [
    { input: ev({ type: 'verlenging', date: '2025-06-01', weeks: 12 }), path: ['events', 0, 'weeks'], entries: CASE_ENTRIES },
    {
      input: ev({ type: 'gedeeltelijk-hersteld', date: '2025-03-01', percentage: -1 }),
      path: ['events', 0, 'percentage'],
      entries: SCHEMA_ONLY,
    },
    { input: { firstSickDay: D1 }, options: { policy: { dueSoonDays: -1 } }, path: ['policy', 'dueSoonDays'], entries: OPTION_ENTRIES },
  ],
  too_big: [
    { input: ev({ type: 'loonsanctie', date: '2025-06-01', weeks: 53 }), path: ['events', 0, 'weeks'], entries: CASE_ENTRIES },
    {
      input: ev({ type: 'probleemanalyse', date: '2025-02-01', note: 'x'.repeat(2001) }),
      path: ['events', 0, 'note'],
      entries: SCHEMA_ONLY,
    },
    { input: { firstSickDay: D1, id: 'x'.repeat(201) }, path: ['id'], entries: SCHEMA_ONLY },
    {
      input: { firstSickDay: D1 },
      options: { policy: { meldingBedrijfsartsDay: 43 } },
      path: ['policy', 'meldingBedrijfsartsDay'],
      entries: OPTION_ENTRIES,
    },
  ],
  invalid_value: [
    {
      input: ev({ type: 'casemanager', date: '2025-03-07', casemanagerType: 'baas' }),
      path: ['events', 0, 'casemanagerType'],
      entries: SCHEMA_ONLY,
    },
    {
      input: { firstSickDay: D1 },
      options: { policy: { probleemanalyse: 'later' as never } },
      path: ['policy', 'probleemanalyse'],
      entries: OPTION_ENTRIES,
    },
  ],
  before_first_sick_day: [
    { input: ev({ type: 'plan-van-aanpak', date: '2025-01-05' }), path: ['events', 0, 'date'], entries: CASE_ENTRIES },
  ],
  until_before_date: [
    {
      input: ev({ type: 'zwangerschapsverlof', date: '2025-03-07', until: '2025-03-01' }),
      path: ['events', 0, 'until'],
      entries: CASE_ENTRIES,
    },
  ],
  invalid_id: [
    {
      input: { firstSickDay: D1 },
      options: { policy: { protocol: [{ id: 'Niet Kebab', title: { nl: 'Gesprek', en: 'Talk' }, actor: 'werkgever', days: 2 }] } },
      path: ['policy', 'protocol', 0, 'id'],
      entries: OPTION_ENTRIES,
    },
  ],
  duplicate_id: [
    {
      input: { firstSickDay: D1 },
      options: {
        policy: {
          protocol: [
            { id: 'gesprek', title: { nl: 'Gesprek', en: 'Talk' }, actor: 'werkgever', days: 2 },
            { id: 'gesprek', title: { nl: 'Gesprek', en: 'Talk' }, actor: 'werkgever', days: 9 },
          ],
        },
      },
      path: ['policy', 'protocol', 1, 'id'],
      entries: OPTION_ENTRIES,
    },
  ],
  total_too_big: [
    {
      input: {
        firstSickDay: D1,
        events: [
          { type: 'verlenging', date: '2026-06-01', weeks: 520 },
          { type: 'verlenging', date: '2026-07-01', weeks: 13 },
        ],
      },
      path: ['events', 1, 'weeks'],
      entries: CASE_ENTRIES,
    },
  ],
  invalid_json: [{ input: '{"firstSickDay": }', path: [], entries: ['validate', 'batch'] }],
  empty_line: [{ input: '   ', path: [], entries: ['batch'] }],
  unreadable: [{ input: null, path: [], entries: ['validate'] }],
  internal_error: [{ input: { firstSickDay: D1, id: 'boom' }, path: [], entries: ['batch'] }],
};

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

async function cli(argv: string[], stdin: string): Promise<string> {
  const stdout = new Sink();
  const stderr = new Sink();
  await runCli(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, env: { NO_COLOR: '1' } });
  return stdout.text;
}

const text = (p: Producer): string => (typeof p.input === 'string' ? p.input : JSON.stringify(p.input));

/** The issues an entry point gives for a producer. */
async function issuesFrom(entry: Entry, code: InputIssueCode, p: Producer): Promise<readonly InputIssue[]> {
  const options = { asOf: AS_OF, ...p.options } as EvaluateCaseOptions;
  switch (entry) {
    case 'parseCaseInput': {
      const r = parseCaseInput(p.input);
      return r.success ? [] : r.issues;
    }
    case 'safeEvaluateCase': {
      const r = safeEvaluateCase(p.input, options);
      return r.success ? [] : r.issues;
    }
    case 'evaluateCase':
      try {
        evaluateCase(p.input as never, options);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(PoortwachterError);
        // The engine's issues are data (no words); the message is added at the edge.
        for (const i of (error as PoortwachterError).issues) expect('message' in i).toBe(false);
        return (error as PoortwachterError).issues.map(withIssueMessage);
      }
    case 'validate': {
      const args =
        code === 'unreadable' ? ['validate', '/nonexistent/case.json', '--format', 'json'] : ['validate', '-', '--format', 'json'];
      return (JSON.parse(await cli(args, text(p))) as { issues: InputIssue[] }).issues;
    }
    case 'batch': {
      const line = JSON.parse((await cli(['batch', '--as-of', AS_OF], `${text(p)}\n`)).trim()) as { ok: boolean; issues?: InputIssue[] };
      return line.issues ?? [];
    }
    default:
      return entry satisfies never;
  }
}

describe('every input issue code is produced, with the same code and path from each entry point', () => {
  it('has a producer for every declared code', () => {
    expect(Object.keys(PRODUCERS).sort()).toEqual([...INPUT_ISSUE_CODES].sort());
  });
  for (const code of INPUT_ISSUE_CODES) {
    for (const [k, p] of PRODUCERS[code].entries()) {
      for (const entry of p.entries) {
        // The mutation runs (the `mutation` project of vitest.config.ts) share one module graph, so the module mock
        // above cannot take effect there; the CLI's safety net it exercises is not mutated code.
        const needsMock = code === 'internal_error' && process.env.POORTWACHTER_MUTATION === '1';
        it.skipIf(needsMock)(`${code} #${k + 1} from ${entry} at ${JSON.stringify(p.path)}`, async () => {
          const issues = await issuesFrom(entry, code, p);
          expect(issues.map((i) => [i.code, i.path])).toContainEqual([code, p.path]);
          // Where the library made it, the message starts with the field's name in both languages.
          for (const i of issues) expect(typeof i.message.nl === 'string' && typeof i.message.en === 'string').toBe(true);
        });
      }
    }
  }
});

describe('every flag code is produced', () => {
  it('by some case of the corpus', () => {
    const seen = new Set(corpus().flatMap((c) => c.timeline.flags.map((f) => f.code)));
    expect([...FLAG_CODES].filter((c) => !seen.has(c))).toEqual([]);
  });
});

#!/usr/bin/env -S npx tsx
/**
 * Writes docs/codes.md from the catalogues: every flag code with its severities, its params and its
 * message in Dutch and English for example params, and every input issue code with both messages.
 * `npm run docs:codes`; test/codes/codes-doc.test.ts fails when the committed file differs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONSEQUENCE_CODES, FLAG_CODES, FLAG_SEVERITIES, INPUT_ISSUE_CODES } from '../src/codes.js';
import { CATALOGUES, flagMessage } from '../src/i18n/index.js';
import { inputIssue, withSuggestionWords } from '../src/i18n/issues.js';
import { MILESTONE_RULES } from '../src/law/milestones.js';
import type { FlagCode, FlagOf, InputIssueCode, InputIssueParams } from '../src/types.js';

/** An example of each input issue: a path and params. */
export const ISSUE_EXAMPLES: {
  readonly [C in InputIssueCode]: { readonly path: readonly (string | number)[]; readonly params: InputIssueParams[C] };
} = {
  missing: { path: ['firstSickDay'], params: {} },
  invalid_type: { path: ['events', 0, 'weeks'], params: { expected: 'int', received: 'number', value: '2.5' } },
  invalid_date: { path: ['events', 2, 'date'], params: { value: "'2025-02-30'" } },
  invalid_event_type: { path: ['events', 1, 'type'], params: { value: "'ziekmelding'" } },
  unknown_field: { path: ['events', 0, 'datum'], params: { field: 'datum' } },
  too_small: { path: ['events', 3, 'weeks'], params: { origin: 'number', minimum: 13, value: '12' } },
  too_big: { path: ['events', 0, 'note'], params: { origin: 'string', maximum: 2000, value: null } },
  invalid_value: {
    path: ['events', 4, 'casemanagerType'],
    params: { value: "'baas'", allowed: ['leidinggevende', 'hr', 'extern', 'taakdelegatie'] },
  },
  before_first_sick_day: { path: ['events', 0, 'date'], params: { date: '2025-01-05', firstSickDay: '2025-01-06' } },
  until_before_date: { path: ['events', 5, 'until'], params: { date: '2025-03-07', until: '2025-03-01' } },
  invalid_id: { path: ['policy', 'protocol', 0, 'id'], params: { value: "'Gesprek Week 2'" } },
  duplicate_id: { path: ['policy', 'protocol', 1, 'id'], params: { value: "'gesprek-week-2'" } },
  total_too_big: { path: ['events', 7, 'weeks'], params: { total: 533, maximum: 520 } },
  invalid_json: { path: [], params: { line: 4, detail: "Expected property name or '}' at column 2" } },
  empty_line: { path: [], params: { line: 3 } },
  unreadable: { path: [], params: { file: 'case.json', detail: 'no such file' } },
  internal_error: { path: [], params: { line: 7, detail: 'RangeError: Invalid array length' } },
};

/** The codes that may carry `params.suggestion`, with an example of one. */
const SUGGESTION_EXAMPLES: {
  readonly [C in 'invalid_date' | 'invalid_event_type']: {
    readonly path: readonly (string | number)[];
    readonly params: InputIssueParams[C];
  };
} = {
  invalid_date: { path: ['firstSickDay'], params: { value: "'06-01-2025'", suggestion: '2025-01-06' } },
  invalid_event_type: { path: ['events', 0, 'type'], params: { value: "'probleemanalyze'", suggestion: 'probleemanalyse' } },
};

/** An example flag of each code, with realistic params. */
export const FLAG_EXAMPLES: { readonly [C in FlagCode]: FlagOf<C> } = {
  MILESTONE_OVERDUE: {
    code: 'MILESTONE_OVERDUE',
    severity: 'error',
    milestoneId: 'probleemanalyse',
    params: { due: '2025-02-16', legalLatest: '2025-02-17', withinLegal: false, consequence: 'loonsanctie', fine: null },
  },
  MILESTONE_DONE_LATE: {
    code: 'MILESTONE_DONE_LATE',
    severity: 'warning',
    milestoneId: '42e-weeksmelding',
    params: {
      due: '2025-10-27',
      completedOn: '2025-11-05',
      legalLatest: null,
      withinLegal: false,
      fine: { daysLate: 9, euro: 230, max: 455 },
    },
  },
  STEP_BEFORE_WINDOW: {
    code: 'STEP_BEFORE_WINDOW',
    severity: 'warning',
    milestoneId: '42e-weeksmelding',
    params: { completedOn: '2025-10-19', windowStart: '2025-10-20' },
  },
  STEP_WHILE_CLOSED: {
    code: 'STEP_WHILE_CLOSED',
    severity: 'warning',
    params: { eventType: 'probleemanalyse', date: '2025-04-01', fitFrom: '2025-02-01' },
  },
  EVENT_AFTER_AS_OF: {
    code: 'EVENT_AFTER_AS_OF',
    severity: 'warning',
    params: { eventType: 'plan-van-aanpak', date: '2025-03-20', asOf: '2025-03-10' },
  },
  ZIEK_WITHOUT_HERSTELD: { code: 'ZIEK_WITHOUT_HERSTELD', severity: 'warning', params: { date: '2025-03-01' } },
  HERSTELD_TWICE: { code: 'HERSTELD_TWICE', severity: 'warning', params: { date: '2025-02-05' } },
  LOONSANCTIE_OVER_MAX: { code: 'LOONSANCTIE_OVER_MAX', severity: 'error', params: { weeks: 60, max: 52 } },
  VERLENGING_AFTER_WACHTTIJD: {
    code: 'VERLENGING_AFTER_WACHTTIJD',
    severity: 'warning',
    params: { date: '2027-02-01', lastDay: '2027-01-03' },
  },
  WIA_LETTER_LATE: {
    code: 'WIA_LETTER_LATE',
    severity: 'warning',
    milestoneId: 'wia-brief-uwv',
    params: { latest: '2026-09-20', received: '2026-10-01', afterLetterDays: 28 },
  },
  WIA_LETTER_EXTENSION_EXCLUDED: {
    code: 'WIA_LETTER_EXTENSION_EXCLUDED',
    severity: 'warning',
    milestoneId: 'wia-aanvraag',
    params: { letter: '2026-10-01', meldingBy: '2026-07-25', melding: null },
  },
  STEP_IMPLIED: {
    code: 'STEP_IMPLIED',
    severity: 'warning',
    milestoneId: 'wia-aanvraag',
    params: { impliedBy: 'loonsanctie', date: '2026-11-16', basis: 'wia-25-lid-9' },
  },
  REPORT_BEFORE_VERLENGING: {
    code: 'REPORT_BEFORE_VERLENGING',
    severity: 'warning',
    milestoneId: 're-integratieverslag',
    params: { completedOn: '2026-09-20', verlenging: '2026-10-01', due: '2027-01-03' },
  },
  WAGE_END_OPEN: {
    code: 'WAGE_END_OPEN',
    severity: 'warning',
    milestoneId: 'wia-aanvraag',
    params: { step: 'wia-aanvraag', overdueSince: '2026-10-19', extensionSoFar: 29, impliedOn: '2026-11-16' },
  },
  FREQUENT_ABSENCE: { code: 'FREQUENT_ABSENCE', severity: 'info', params: { reports: 3, windowDays: 365 } },
  ATW_CALENDAR_INCOMPLETE: {
    code: 'ATW_CALENDAR_INCOMPLETE',
    severity: 'info',
    milestoneId: '42e-weeksmelding',
    params: { year: 2031, knownFrom: 2020, knownUntil: 2030 },
  },
  RULES_BEFORE_COVERAGE: { code: 'RULES_BEFORE_COVERAGE', severity: 'info', params: { coverageFrom: '2013-07-01' } },
  DUPLICATE_STEP: {
    code: 'DUPLICATE_STEP',
    severity: 'warning',
    milestoneId: 'probleemanalyse',
    params: { dates: ['2025-02-10', '2025-02-14'], counted: '2025-02-10' },
  },
  NEW_CASE_STARTED: { code: 'NEW_CASE_STARTED', severity: 'info', params: { date: '2025-03-01', gapDays: 50 } },
  AS_OF_BEFORE_FIRST_SICK_DAY: {
    code: 'AS_OF_BEFORE_FIRST_SICK_DAY',
    severity: 'error',
    params: { asOf: '2025-01-01', firstSickDay: '2025-01-06' },
  },
  RULE_NOT_IN_FORCE: {
    code: 'RULE_NOT_IN_FORCE',
    severity: 'warning',
    params: { rule: 'aow-loondoorbetaling', inForceFrom: '2016-01-01' },
  },
};

const SEVERITY_WORDS = { error: 'error', warning: 'warning', info: 'info' } as const;

const json = (v: unknown): string => `\`${JSON.stringify(v)}\``;
const cell = (s: string): string => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** docs/codes.md, from the catalogues. */
export function codesMarkdown(): string {
  const out: string[] = [
    '# Codes',
    '',
    '<!-- Generated by `npm run docs:codes` (scripts/write-codes.ts) from the message catalogues; do not edit by hand. -->',
    '',
    'Every code poortwachter gives a program is a closed, exported union with an array of its values:',
    '`FlagCode` (`FLAG_CODES`) for the findings about a case, `InputIssueCode` (`INPUT_ISSUE_CODES`) for',
    'problems with the input. Programs switch on the code and read the `params`; people read the message,',
    'rendered by `flagMessage(flag, lang)` or carried by the issue as `message: { nl, en }`. Dates in flag',
    "messages are shown as `flagMessage` shows them by default (`{ dates: 'iso' }` gives ISO dates).",
    '',
    '## Flags',
    '',
    'In `timeline.flags`: `{ code, severity, milestoneId?, occurrence?, params }`. The severities a code',
    'comes with are in `FLAG_SEVERITIES`.',
    '',
  ];
  for (const code of FLAG_CODES) {
    const example = FLAG_EXAMPLES[code];
    out.push(`### \`${code}\``, '');
    out.push(`- severity: ${FLAG_SEVERITIES[code].map((s) => `\`${SEVERITY_WORDS[s]}\``).join(', ')}`);
    out.push(
      `- example params: ${json(example.params)}${example.milestoneId === undefined ? '' : ` (milestoneId ${json(example.milestoneId)})`}`,
    );
    out.push(`- nl: ${cell(flagMessage(example, 'nl'))}`);
    out.push(`- en: ${cell(flagMessage(example, 'en'))}`);
    out.push('');
  }
  out.push(
    '## Consequences',
    '',
    'On every milestone as `consequence` (`ConsequenceCode`, `CONSEQUENCE_CODES`): what missing the step',
    "costs, the same for every case of the step (the rule table's, like its title and legal basis:",
    "`ruleOf(id)`, `GET /v1/rules`). `MILESTONE_OVERDUE` flags carry it too. The words are the catalogues'",
    '(`CATALOGUES[lang].consequence`, a function of the code that takes the fine, if any; shown here without one).',
    '',
    '| code | steps | nl | en |',
    '|---|---|---|---|',
  );
  for (const code of CONSEQUENCE_CODES) {
    // `protocol` steps are the employer's own (policy.protocol), not in the rule table.
    const steps = code === 'protocol' ? ['`protocol`'] : MILESTONE_RULES.filter((r) => r.consequence === code).map((r) => `\`${r.id}\``);
    out.push(
      `| \`${code}\` | ${steps.join(', ')} | ${cell(CATALOGUES.nl.consequence[code](null))} | ${cell(CATALOGUES.en.consequence[code](null))} |`,
    );
  }
  out.push(
    '',
    '## Input issues',
    '',
    'In `issues` of `parseCaseInput`, `safeEvaluateCase` and the CLI (`batch` lines with `"ok": false`,',
    '`validate --format json`): `{ path, code, params, message: { nl, en } }`. `PoortwachterError` (from the',
    'typed `evaluateCase`) carries the same issues as data, `{ path, code, params }` without words (the engine',
    'ships no message text); `withIssueMessage(issue)` adds the message.',
    'The same problem gets the same code and path from every entry point. The message starts with the',
    "field's name; `invalid_json`, `empty_line`, `unreadable` and `internal_error` come from the CLI only",
    '(the text was not a case to check) and start with the line number or the file name, or, for a whole',
    "file, with nothing (the CLI prints the file's name before it).",
    '',
    '`parseCaseInput`, `safeEvaluateCase` and the CLI add `params.suggestion` to two codes when they can',
    'guess what was meant, and its words after the message: `invalid_date` for a day-month-year text read',
    'the Dutch way (DD-MM-YYYY, only when that is a real day), `invalid_event_type` for the nearest known',
    'type (one edit per three characters at most, ignoring case, spaces and underscores). The typed',
    '`evaluateCase` makes no suggestions (its checks stay small).',
    '',
    '| code | example path | example params | nl | en |',
    '|---|---|---|---|---|',
  );
  for (const code of INPUT_ISSUE_CODES) {
    const example = ISSUE_EXAMPLES[code];
    const issue = inputIssue(example.path, code, example.params as never);
    out.push(
      `| \`${code}\` | ${json(example.path)} | ${cell(json(example.params))} | ${cell(issue.message.nl)} | ${cell(issue.message.en)} |`,
    );
    if (code === 'invalid_date' || code === 'invalid_event_type') {
      const s = SUGGESTION_EXAMPLES[code];
      const suggested = withSuggestionWords(inputIssue(s.path, code, s.params as never));
      out.push(
        `| \`${code}\` (with a suggestion) | ${json(s.path)} | ${cell(json(s.params))} | ${cell(suggested.message.nl)} | ${cell(suggested.message.en)} |`,
      );
    }
  }
  out.push('');
  return out.join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL('../docs/codes.md', import.meta.url), codesMarkdown());
}

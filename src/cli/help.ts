/**
 * The help texts of `poortwachter` and each subcommand, every one with an example.
 *
 * @module
 */

/**
 * The subcommands, in the order `poortwachter --help` lists them.
 *
 * @example
 * COMMANDS.includes('batch') //=> true
 */
export const COMMANDS = ['timeline', 'report', 'batch', 'validate', 'schema', 'serve'] as const;

/**
 * A subcommand name.
 *
 * @example
 * const command: CommandName = 'timeline';
 */
export type CommandName = (typeof COMMANDS)[number];

const MAIN = `poortwachter — every step of the Dutch Wet verbetering poortwachter, with its deadline,
legal basis and status, from a first sick day and the events of a sickness case.

Usage: poortwachter <command> [options]

Commands:
  timeline   the timeline of one case (table, json, csv, ics or html)
  report     the self-contained HTML report of one case (timeline --format html)
  batch      one result line per NDJSON case line (nightly payroll runs)
  validate   check a case file against the input rules
  schema     print the JSON Schema of a case
  serve      the HTTP service (JSON and NDJSON; OpenAPI 3.1 at /openapi.json)

Options:
  -h, --help      help (also: poortwachter <command> --help)
  -v, --version   the version

Example:
  poortwachter timeline --first-sick-day 2025-01-06 --as-of 2025-03-10

Exit codes: 0 ok; 2 bad usage or invalid input; 1 only with --fail-on.
Docs: docs/cli.md
`;

const TIMELINE = `Usage: poortwachter timeline (--first-sick-day YYYY-MM-DD | --case FILE|-) [options]

The timeline of one case: every Poortwachter step with its due date, legal basis and status.

Options:
  --first-sick-day D   eerste ziektedag (day 1); enough on its own for a case without events
  --case FILE|-        the case as JSON (a file, or - for stdin); see 'poortwachter schema'
  --as-of D            evaluate on this day (default: today in Europe/Amsterdam)
  --format F           table | json | csv | ics | html
                       (default: table on a terminal, json otherwise)
  --lang L             nl | en (default nl): labels, dates and messages
  --id ID              your reference for the case (ics: in UIDs and summaries; default: the case's id)
  --fail-on W          overdue: exit 1 when a legal step is overdue;
                       late: also when one was done late
  -h, --help           this help

Examples:
  poortwachter timeline --first-sick-day 2025-01-06 --as-of 2025-03-10
  poortwachter timeline --case examples/sample-case.json --as-of 2025-06-02 --format ics > case.ics
  cat case.json | poortwachter timeline --case - --format json --fail-on overdue
`;

const REPORT = `Usage: poortwachter report (--first-sick-day YYYY-MM-DD | --case FILE|-) [options]

The self-contained HTML report of one case (the same as 'timeline --format html').
Options as 'poortwachter timeline' (--as-of, --lang, --fail-on); --format is always html.

Example:
  poortwachter report --case examples/sample-case.json --as-of 2025-06-02 --lang en > report.html
`;

const BATCH = `Usage: poortwachter batch [FILE|-] [options]

Reads NDJSON (one case per line, as in 'poortwachter schema', optionally with an "id") from FILE or
stdin and writes exactly one result line per input line, in order, streaming:
  {"ok":true,"line":1,"id":"E-17","timeline":{…}}
  {"ok":false,"line":2,"id":"E-18","issues":[{"path":["firstSickDay"],"code":"…","message":{"nl":"…","en":"…"}}]}
An empty or broken line gives an ok:false line; nothing is skipped and the run goes on.

Options:
  --as-of D        evaluate every case on this day (default: today in Europe/Amsterdam)
  --format F       ndjson | csv (csv: a header and one row per input line; default ndjson)
  --fields LIST    instead of the whole timeline: 'summary' (status,currentWeek,next,overdue),
                   'all', or a comma list of firstSickDay, asOf, status, currentWeek,
                   countedSickDays, next, overdue, doneLate, lastDay, wiaStart,
                   wageObligationEnd, flags (csv default: all)
  --lang L         nl | en: the language of the issues column in csv (default nl)
  --fail-on W      overdue | late: exit 1 when any case has an overdue (or late) legal step
  -h, --help       this help

Progress and a final count (cases, ok, invalid, overdue) go to stderr when it is a terminal.
Exit code 2 when any line was invalid (after writing every line).

Examples:
  poortwachter batch cases.ndjson --as-of 2025-06-02 --fields summary > results.ndjson
  node examples/generate-ndjson.mjs 1000 | poortwachter batch - --format csv > cases.csv
`;

const VALIDATE = `Usage: poortwachter validate FILE|- [--format text|json] [--lang nl|en]

Checks a case against the input rules. Exit 0 when valid; exit 2 with every problem listed, one
line each on stderr (or, with --format json, {"valid":false,"issues":[…]} on stdout).

Example:
  poortwachter validate examples/sample-case.json
`;

const SCHEMA = `Usage: poortwachter schema

Prints the JSON Schema (draft 2020-12) of a case, generated from the zod schemas; the same file
ships in the package as poortwachter/schema.json.

Example:
  poortwachter schema > case-input.schema.json
`;

const SERVE = `Usage: poortwachter serve [--port 8080] [--host 127.0.0.1] [options]

The HTTP service for HR systems in any language: evaluate one case (POST /v1/evaluate), many
(POST /v1/batch, NDJSON in and out, streamed), validate (POST /v1/validate), the JSON Schemas, the
legal sources, /healthz and /readyz. The API page is at /docs, OpenAPI 3.1 at /openapi.json.
Errors are application/problem+json in Dutch or English (Accept-Language; default nl).
Prints the address it listens on to stderr (with --port 0: a free port). SIGTERM or SIGINT:
requests in flight finish, then exit 0.

Options:
  --port N              TCP port (default 8080; 0: any free port)
  --host H              address to listen on (default 127.0.0.1: this machine only)
  --log                 one JSON line per request on stdout (default: no logs)
  --body-limit BYTES    largest body of a single call, and longest batch line (default 1048576)
  --max-events N        most events per case (default 1000, at most 10000)
  --request-timeout S   seconds to receive a whole request, batch bodies included (default 300; 0: none)
  --idle-timeout S      seconds a connection may stay silent during a request (default 30)
  --shutdown-timeout S  seconds to wait for requests in flight after SIGTERM (default 30)
  -h, --help            this help

Example:
  poortwachter serve --port 8080
  curl -s -X POST http://127.0.0.1:8080/v1/evaluate -H 'content-type: application/json' \\
    -d '{"case":{"firstSickDay":"2025-01-06"},"asOf":"2025-03-10","fields":"summary"}'
`;

const TEXTS: Readonly<Record<CommandName | 'main', string>> = {
  main: MAIN,
  timeline: TIMELINE,
  report: REPORT,
  batch: BATCH,
  validate: VALIDATE,
  schema: SCHEMA,
  serve: SERVE,
};

/**
 * The help text of a subcommand, or of `poortwachter` itself.
 *
 * @example
 * helpText('batch').startsWith('Usage: poortwachter batch') //=> true
 */
export function helpText(command: CommandName | 'main'): string {
  return TEXTS[command];
}

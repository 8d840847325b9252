/**
 * The words of the `poortwachter` command itself, in English: usage errors, file and JSON errors,
 * batch progress and the help texts. Keep the same keys as `cli-nl.ts`.
 *
 * @module
 */
import type { CliCatalogue, FsReason } from './cli-catalogue.js';

const REASON: Readonly<Record<FsReason, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
};
const reason = (code: FsReason | null, detail: string): string => (code === null ? detail : REASON[code]);
const quoted = (xs: readonly string[]): string => xs.map((x) => `'${x}'`).join(', ');

const MAIN = `poortwachter — every step of the Dutch Wet verbetering poortwachter, with its deadline,
legal basis and status, from a first sick day and the events of a sickness case.

Usage: poortwachter <command> [options]

Commands:
  timeline   the timeline of one case (table, json, csv, ics or html)
  report     the self-contained HTML report of one case (timeline --format html)
  batch      one result line per NDJSON case line (nightly payroll runs)
  worklist   the open steps over many cases: overdue or due within N days, by date
  validate   check a case file against the input rules
  schema     print the JSON Schema of a case
  sources    the legal sources, and which step cites which
  serve      the HTTP service (JSON and NDJSON; OpenAPI 3.1 at /openapi.json)
  page       the case page as static files (computes in the browser)

Options:
  -h, --help      help (also: poortwachter <command> --help)
  -v, --version   the version
  --lang L        nl | en (default nl): the language of everything poortwachter writes

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
  --excel              csv for Dutch Excel: semicolons and a UTF-8 BOM
  --wide               table: one line per step, with a 'From' column and dates with month names
                       (by default every line fits 100 columns)
  --lang L             nl | en (default nl): labels, dates and messages
  --id ID              your reference for the case (html: in the title; ics: in UIDs and summaries;
                       default: the case's id)
  --fail-on W          overdue: exit 1 when a legal step is overdue;
                       late: also when one was done late
  --explain            json: each milestone also with its 'derivation' and 'explanation'
  -h, --help           this help

json: the library's CaseTimeline object, the facts of each step (its title and legal basis are
listed under its 'id' by 'poortwachter sources'); behind the existing fields each finding carries
'message', and with --explain each milestone 'derivation' and 'explanation', rendered in --lang.

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
Each milestone carries its facts; its title and legal basis are listed under the milestone's 'id'
by 'poortwachter sources' (and the library's ruleOf(id), GET /v1/rules).

Options:
  --as-of D        evaluate every case on this day (default: today in Europe/Amsterdam)
  --format F       ndjson | csv | payroll-csv (csv: a header and one row per input line;
                   payroll-csv: one row per employee per wage phase — jaar-1, jaar-2,
                   verlenging, late-wia-aanvraag, loonsanctie — with dates, days and
                   percentage, for a payroll import; default ndjson)
  --excel          csv for Dutch Excel: semicolons and a UTF-8 BOM
  --fields LIST    instead of the whole timeline: 'summary' (status,currentWeek,next,overdue),
                   'all', or a comma list of firstSickDay, asOf, status, currentWeek,
                   countedSickDays, next, overdue, doneLate, lastDay, wiaStart,
                   wageObligationEnd, flags (csv default: all)
  --lang L         nl | en: the language of the issues column in csv and of messages (default nl)
  --fail-on W      overdue | late: exit 1 when any case has an overdue (or late) legal step
  --line-limit N   longest line in characters (default 1048576); a longer one is a too_big line
  -h, --help       this help

Progress and a final count (cases, ok, invalid, overdue) go to stderr when it is a terminal.
Exit code 2 when any line was invalid (after writing every line). When the reader of the output
goes away (| head) the run stops reading at once; the exit code counts the lines read so far.

Examples:
  poortwachter batch cases.ndjson --as-of 2025-06-02 --fields summary > results.ndjson
  node examples/generate-ndjson.mjs 1000 | poortwachter batch - --format csv > cases.csv
  poortwachter batch cases.ndjson --format payroll-csv --excel > loon.csv
`;

const WORKLIST = `Usage: poortwachter worklist [FILE|-] [options]

Reads NDJSON cases (one per line, each with an "id") from FILE or stdin and lists the open steps
that are overdue or fall due within --within days, over all cases, sorted by date, then severity
(legal before advice, overdue first), then case id. Information milestones (einde-wachttijd, the
UWV letter, vervroegde IVA) are never listed; steps of a case whose clock stands still (the
employee is fit, status suspended) are left out. Reads line by line: memory grows with the items
listed, not with the input.

Options:
  --within N         days ahead of --as-of (default 14); overdue steps are always listed
  --as-of D          the day of the list (default: today in Europe/Amsterdam)
  --format F         table | json | ndjson | csv | ics | html
                     (default: table on a terminal, json otherwise)
  --lang L           nl | en (default nl): every word printed, errors included
  --include-windows  also list steps whose window opens within the range
  --excel            csv for Dutch Excel: semicolons and a UTF-8 BOM
  --limit N          only the N most urgent steps (the counts say how many there were)
  --counts           counts only: per status, week, actor and step (table, json, ndjson, csv)
  --actor A,B        only the steps of these actors (werkgever, werknemer, bedrijfsarts, uwv,
                     werkgever+werknemer)
  --kind K,L         only these kinds of step (legal, advice, protocol)
  -h, --help         this help

Invalid lines (no id, broken JSON, bad dates) are reported on stderr by line number and counted
in the output (json: "invalid"); the run goes on. Exit code 0, also when some lines were invalid;
2 on bad usage, an unreadable input, or when every line was invalid.

Examples:
  poortwachter worklist cases.ndjson --within 14 --as-of 2025-06-02
  poortwachter worklist cases.ndjson --format ics --lang en > worklist.ics
  cat cases.ndjson | poortwachter worklist - --format csv > worklist.csv
  poortwachter worklist cases.ndjson --limit 20 --actor werkgever --format table --lang en
`;

const VALIDATE = `Usage: poortwachter validate FILE|- [--format text|json] [--lang nl|en]

Checks a case against the input rules. Exit 0 when valid; exit 2 with every problem listed, one
line each on stderr (or, with --format json, {"valid":false,"issues":[…]} on stdout).

Example:
  poortwachter validate examples/sample-case.json
`;

const SCHEMA = `Usage: poortwachter schema

Prints the JSON Schema (draft 2020-12) of a case, generated from the zod schemas, with the field
descriptions in --lang (Dutch by default). With --lang en it is the file that ships in the package
as poortwachter/schema.json. 'schema timeline' and 'schema batch-line' print the schemas of the
output.

Example:
  poortwachter schema > case-input.schema.json
`;

const SOURCES = `Usage: poortwachter sources [--format table|json] [--lang nl|en]

The legal sources poortwachter cites, each with a stable id, and for each step (by the step's
'id') its title and the ids of its sources: what a timeline does not repeat per step.

Options:
  --format F   table | json (default: table on a terminal, json otherwise)
  --lang L     nl | en (default nl): headings and step names
  -h, --help   this help

Example:
  poortwachter sources --format json --lang en > sources.json
`;

const SERVE = `Usage: poortwachter serve [--port 8080] [--host 127.0.0.1] [options]

The HTTP service for HR systems in any language: evaluate one case (POST /v1/evaluate), many
(POST /v1/batch, NDJSON in and out, streamed), the worklist over many cases (POST /v1/worklist),
validate (POST /v1/validate), the JSON Schemas, the legal sources, /healthz and /readyz. The case
page (it computes in the browser) is at /, the API page at /docs, OpenAPI 3.1 at /openapi.json. Errors are application/problem+json in Dutch or
English (Accept-Language; default nl). Prints the address it listens on to stderr (with --port 0:
a free port). SIGTERM or SIGINT: requests in flight finish, then exit 0; after --shutdown-timeout
or a second signal, a streamed answer ends with an "interrupted" line (after which input line),
exit 1.

Options:
  --port N              TCP port (default 8080; 0: any free port)
  --host H              address to listen on (default 127.0.0.1: this machine only)
  --log                 one JSON line per request on stdout (default: no logs)
  --body-limit BYTES    largest body of a single call (default 1048576)
  --line-limit CHARS    longest NDJSON line of a batch or worklist (default 1048576)
  --max-events N        most events per case (default 1000, at most 10000)
  --request-timeout S   seconds to receive a whole request, batch bodies included (default 300; 0: none)
  --idle-timeout S      seconds a connection may stay silent during a request (default 30)
  --body-timeout S      seconds to receive the headers, and a single call whole (default 10)
  --max-connections N   most connections open at once; more are closed at once (default 4096)
  --drain S             after SIGTERM: seconds /readyz answers 503, all else served (default 5)
  --shutdown-timeout S  seconds to wait for requests in flight after SIGTERM (default 30)
  --lang L              nl | en (default nl): the language of these messages
  -h, --help            this help

Example:
  poortwachter serve --port 8080
  curl -s http://127.0.0.1:8080/v1/evaluate -H 'content-type: application/json' \\
    -d '{"case":{"firstSickDay":"2025-01-06"},"asOf":"2025-03-10","fields":"summary"}'
`;

const PAGE = `Usage: poortwachter page --out DIR

Writes the case page as static files (index.html, page.js, page.css, page-en.js,
page-exports.js) to DIR, to put on an intranet without Node. The page computes everything in the
browser: a sickness case never leaves the user's screen. The same page is at / of
'poortwachter serve'.

Options:
  --out DIR    the directory to write to (made when it does not exist)
  --lang L     nl | en (default nl): the language of these messages
  -h, --help   this help

Example:
  poortwachter page --out /srv/intranet/poortwachter
`;

export const cliEn: CliCatalogue = {
  seeHelp: (command) => `(see 'poortwachter ${command} --help')`,
  unknownCommand: (command, commands) => `unknown command '${command}'; commands: ${commands.join(', ')} (see 'poortwachter --help')`,
  unknownOption: (option) => `unknown option '${option}'`,
  missingValue: (option) => `option '${option}' needs a value`,
  noValueAllowed: (option) => `option '${option}' does not take a value`,
  repeatedOption: (option, values) =>
    `option '${option}' is given ${values.length} times (${values.map((v) => `'${v}'`).join(', ')}); give it once`,
  unexpectedArgument: (args) => `unexpected argument ${quoted(args)}`,
  badArguments: 'bad arguments',
  mustBeOneOf: (option, allowed, got) => `--${option} must be one of ${allowed.join(', ')} (got '${got}')`,
  invalidDate: (option, got, suggestion) =>
    `--${option} '${got}' is not a valid date (expected YYYY-MM-DD, a real calendar day between 1900 and 2199)${suggestion === undefined ? '' : `; did you mean ${suggestion}? (read as DD-MM-YYYY, the Dutch order)`}`,
  needCase: 'give --first-sick-day YYYY-MM-DD or --case FILE',
  firstSickDayDiffers: (own, flag) => `firstSickDay '${own}' differs from --first-sick-day ${flag}; give one of them`,
  needCaseFile: 'give a case file, or - for stdin',
  valid: 'valid',
  stdinIsTerminal: (batch) =>
    batch
      ? 'stdin is a terminal; pipe NDJSON into it or give a file name'
      : "stdin is a terminal: pipe a case into '-' or give a file name",
  inputTooLarge: (mb) => `input larger than ${mb} MB`,
  inputEmpty: (isFile) => `${isFile ? 'the file' : 'the input'} is empty (expected a JSON case)`,
  cannotRead: (code, detail) => `cannot read (${reason(code, detail)})`,
  cannotReadAfter: (line, code, detail) => `cannot read after line ${line} (${reason(code, detail)})`,
  notJson: (found) =>
    found === null
      ? 'not valid JSON'
      : found.char === null
        ? `not valid JSON: the input ends too early (line ${found.line}, column ${found.column})`
        : `not valid JSON: unexpected character '${found.char}' (line ${found.line}, column ${found.column})`,
  emptyLine: (line) => `line ${line} is empty (expected one case as JSON per line)`,
  lineNotJson: (line, column) => `line ${line} is not valid JSON${column === null ? '' : ` (column ${column})`}`,
  lineInternalError: (line, detail) => `line ${line}: internal error: ${detail}`,
  unknownFields: (unknown, known) => `unknown --fields ${quoted(unknown)}; use summary, all or a comma list of ${known.join(', ')}`,
  progress: (lines) => `${lines} lines…`,
  batchExcelColumns: {
    line: 'Line',
    id: 'Reference',
    ok: 'Valid',
    first_sick_day: 'First sick day',
    as_of: 'As of',
    status: 'Status',
    current_week: 'Week of sickness',
    counted_sick_days: 'Counted sick days',
    next_step: 'Next step',
    next_due: 'Due',
    next_status: 'Status of the next step',
    overdue_count: 'Overdue',
    overdue_steps: 'Overdue steps',
    done_late_count: 'Done late',
    done_late_steps: 'Steps done late',
    last_day: 'Last day of the wachttijd',
    wia_start: 'WIA from',
    wage_obligation_end: 'End of wage obligation',
    flags: 'Findings (codes)',
    issues: 'Input errors',
    employee: 'Employee',
    phase: 'Phase',
    from: 'From',
    until: 'Until',
    days: 'Days',
    percentage: 'Percentage',
    ranges: 'Ranges',
  },
  batchExcelOk: { yes: 'yes', no: 'no' },
  batchCounts: (c) => `${c.cases} cases, ${c.ok} ok, ${c.invalid} invalid, ${c.overdue} overdue`,
  invalidLines: (invalid, cases, csv) =>
    `${invalid} of ${cases} lines ${invalid === 1 ? 'is' : 'are'} invalid (see the ok:false ${csv ? 'rows' : 'lines'})`,
  cannotWrite: (detail) => `cannot write output: ${detail}`,
  unknownSchema: (which, known) => `poortwachter schema: unknown schema '${which}'; choose one of ${known.join(', ')}`,
  unexpectedError: (detail) => `unexpected error: ${detail}`,
  sources: {
    sourcesHeading: 'Sources',
    milestonesHeading: 'Steps and their sources',
    columns: { id: 'Id', citation: 'Citation', url: 'Address', step: 'Step', sources: 'Sources' },
  },
  serve: {
    missingFastify: (range, major) =>
      `needs the package fastify (${range}), which is not installed: only the web service uses it, the library and the other commands work without it. ` +
      `Add it beside poortwachter with 'npm install fastify@${major}' (a global install: 'npm install -g fastify@${major}'; with npx: 'npx -p poortwachter -p fastify@${major} poortwachter serve')`,
    badNumber: (option, min, max, got) => `--${option} must be a whole number from ${min} to ${max} (not '${got}')`,
    cannotListen: (address, code, detail) =>
      `cannot listen on ${address} (${code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'permission denied' : detail})`,
    listening: (url) => `listening on ${url} (case page ${url}/, API page ${url}/docs, OpenAPI ${url}/openapi.json)`,
    everyInterface: 'listening on every interface: put TLS and authentication in front of it',
    stopping: (signal) => `${signal}: finishing the requests in flight, then stopping`,
    signalAgain: (signal) => `${signal} again: closing every connection now`,
    forceClose: (seconds) => `requests still running after ${seconds} s: closing their connections`,
    stopped: 'stopped',
    stopError: (detail) => `error while stopping: ${detail}`,
    stoppedCut: 'stopped; answers in flight were interrupted (exit 1)',
    interrupted: (afterLine) =>
      `interrupted: the server is stopping; lines after line ${afterLine} were not read: send them again, from line ${afterLine + 1}`,
    problemTitle: {
      invalid_json: 'Not valid JSON',
      invalid_request: 'Invalid request',
      invalid_case: 'Invalid input',
      unsupported_media_type: 'Unsupported media type',
      body_too_large: 'Request body too large',
      not_found: 'Not found',
      method_not_allowed: 'Method not allowed',
      request_timeout: 'Request timeout',
      headers_too_large: 'Request headers too large',
      shutting_down: 'Server shutting down',
      internal_error: 'Internal error',
    },
    problem: {
      shuttingDown: 'the server is shutting down; retry on another instance',
      unsupportedMediaType: (got, want) => `Content-Type '${got}' is not supported here; use ${want}`,
      bodyTooLarge: (bytes) => `the request body is larger than ${bytes} bytes; send many cases through /v1/batch`,
      emptyBody: 'the body is empty (expected JSON)',
      notObject: 'the body must be a JSON object: {"case": {…}, "asOf": "YYYY-MM-DD", "fields": "…"}',
      badRequest: (detail) => `the request cannot be read (${detail})`,
      internal: 'something went wrong in the server; the request id is in the log',
      notFound: (method, url) => `${method} ${url} does not exist; see /docs`,
      invalidInput: (count) => `${count} problem${count === 1 ? '' : 's'} in the input; see issues`,
      invalidQuery: 'invalid query parameters; see issues',
      methodNotAllowed: (method, url, allow) => `${method} is not allowed on ${url}; allowed: ${allow}`,
      requestTimeout: 'the request did not arrive in time (headers and body of a single call: within the body timeout)',
      headersTooLarge: 'the request headers are too large',
      badHttp: (code) => `the request is not valid HTTP/1.1 (${code})`,
    },
  },
  page: {
    needOut: "give the directory to write to with --out (see 'poortwachter page --help')",
    notBuilt: 'this installation holds no case page (dist/page/ is missing; build with npm run build)',
    written: (dir, files) => `written to ${dir}: ${files.join(', ')}`,
    cannotWrite: (path, detail) => `cannot write ${path}: ${detail}`,
  },
  help: {
    main: MAIN,
    timeline: TIMELINE,
    report: REPORT,
    batch: BATCH,
    worklist: WORKLIST,
    validate: VALIDATE,
    schema: SCHEMA,
    sources: SOURCES,
    serve: SERVE,
    page: PAGE,
  },
};

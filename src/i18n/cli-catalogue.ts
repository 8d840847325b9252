/**
 * The shape of the CLI's message catalogue: every word the `poortwachter` command prints itself —
 * usage and argument errors, file and JSON errors, batch progress, help texts. Both catalogues
 * (`cli-nl.ts`, `cli-en.ts`) implement this interface, so a key missing from one is a type error.
 * The words about a case (statuses, explanations, findings, input issues) live in the main
 * catalogues (`nl.ts`, `en.ts`) and the input-issue catalogues.
 *
 * @module
 */

/** The commands the help texts cover, and `main` for `poortwachter --help`. */
export type CliHelpTopic = 'main' | 'timeline' | 'report' | 'batch' | 'worklist' | 'validate' | 'schema' | 'sources' | 'serve' | 'page';

/** Why a file could not be read, as a short reason. */
export type FsReason = 'ENOENT' | 'EACCES' | 'EISDIR' | 'ENOTDIR';

/**
 * The problem types of the web service (`poortwachter serve`): each is an RFC 9457 problem with this
 * stable `code`, documented on the API page under `#problem-<code>`.
 */
export type ProblemCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'invalid_case'
  | 'unsupported_media_type'
  | 'body_too_large'
  | 'not_found'
  | 'method_not_allowed'
  | 'request_timeout'
  | 'headers_too_large'
  | 'shutting_down'
  | 'internal_error';

/** The words of `poortwachter serve`: its own messages on stderr and the problem details it answers. */
export interface ServeWords {
  /**
   * The web framework (Fastify, an optional peer dependency) is not installed: how to add it. `range`
   * is the version range the package supports (`^5.12.8`), `major` its major version (`5`).
   */
  readonly missingFastify: (range: string, major: string) => string;
  /** An option that must be a whole number in a range. */
  readonly badNumber: (option: string, min: number, max: number, got: string) => string;
  /** The server could not listen (`EADDRINUSE`, `EACCES`, or `null`: then `detail`). */
  readonly cannotListen: (address: string, reason: 'EADDRINUSE' | 'EACCES' | null, detail: string) => string;
  /** The address it listens on, with the API page and the OpenAPI document. */
  readonly listening: (url: string) => string;
  /** Listening on every interface: a warning. */
  readonly everyInterface: string;
  /** A first SIGTERM/SIGINT. */
  readonly stopping: (signal: string) => string;
  /** A second signal. */
  readonly signalAgain: (signal: string) => string;
  /** The shutdown timeout passed with requests still running. */
  readonly forceClose: (seconds: number) => string;
  /** The server has stopped. */
  readonly stopped: string;
  /** Closing failed. */
  readonly stopError: (detail: string) => string;
  /** Stopped, but a streamed answer was interrupted or a connection cut: exit 1. */
  readonly stoppedCut: string;
  /** The `message` of the last line of a streamed answer cut short by a forced shutdown. */
  readonly interrupted: (afterLine: number) => string;
  /** The `title` of each problem type. */
  readonly problemTitle: Readonly<Record<ProblemCode, string>>;
  /** The `detail` of the problems. */
  readonly problem: {
    readonly shuttingDown: string;
    readonly unsupportedMediaType: (got: string, want: string) => string;
    readonly bodyTooLarge: (bytes: number) => string;
    readonly emptyBody: string;
    readonly notObject: string;
    readonly badRequest: (detail: string) => string;
    readonly internal: string;
    readonly notFound: (method: string, url: string) => string;
    readonly invalidInput: (count: number) => string;
    readonly invalidQuery: string;
    readonly methodNotAllowed: (method: string, url: string, allow: string) => string;
    readonly requestTimeout: string;
    readonly headersTooLarge: string;
    readonly badHttp: (code: string) => string;
  };
}

/** Every word the CLI prints itself, for one language. */
export interface CliCatalogue {
  /** `(zie 'poortwachter timeline --help')`: appended to usage errors. */
  readonly seeHelp: (command: string) => string;
  /** An unknown subcommand. */
  readonly unknownCommand: (command: string, commands: readonly string[]) => string;
  /** An option the command does not know. */
  readonly unknownOption: (option: string) => string;
  /** An option that needs a value got none. */
  readonly missingValue: (option: string) => string;
  /** A boolean option got a value. */
  readonly noValueAllowed: (option: string) => string;
  /** A value option given more than once, with the values in the order given. */
  readonly repeatedOption: (option: string, values: readonly string[]) => string;
  /** Positional arguments the command does not take. */
  readonly unexpectedArgument: (args: readonly string[]) => string;
  /** Any other argument error (the parser's own words are not shown). */
  readonly badArguments: string;
  /** An option value outside its allowed set. */
  readonly mustBeOneOf: (option: string, allowed: readonly string[], got: string) => string;
  /** An option value that is not a real calendar date; `suggestion`: the ISO date a DD-MM-YYYY text means. */
  readonly invalidDate: (option: string, got: string, suggestion?: string) => string;
  /** `timeline` without a first sick day or a case. */
  readonly needCase: string;
  /** The case file's firstSickDay contradicts --first-sick-day. */
  readonly firstSickDayDiffers: (own: string, flag: string) => string;
  /** `validate` without a file. */
  readonly needCaseFile: string;
  /** `validate`: the case is valid. */
  readonly valid: string;
  /** stdin is a terminal where a case (or NDJSON) was expected. */
  readonly stdinIsTerminal: (batch: boolean) => string;
  /** The input is larger than the limit. */
  readonly inputTooLarge: (megabytes: number) => string;
  /** The input is empty. */
  readonly inputEmpty: (isFile: boolean) => string;
  /** A file could not be read; `reason` is a known error code or `null` (then `detail`). */
  readonly cannotRead: (reason: FsReason | null, detail: string) => string;
  /** The input broke off after line `line`. */
  readonly cannotReadAfter: (line: number, reason: FsReason | null, detail: string) => string;
  /** JSON that does not parse: the character found (or the end), and where. */
  readonly notJson: (found: { readonly char: string | null; readonly line: number; readonly column: number } | null) => string;
  /** An NDJSON line that is empty. */
  readonly emptyLine: (line: number) => string;
  /** An NDJSON line that is not JSON. */
  readonly lineNotJson: (line: number, column: number | null) => string;
  /** A line whose evaluation failed unexpectedly. */
  readonly lineInternalError: (line: number, detail: string) => string;
  /** Unknown names in `--fields`. */
  readonly unknownFields: (unknown: readonly string[], known: readonly string[]) => string;
  /** Batch progress on a terminal. */
  readonly progress: (lines: number) => string;
  /** The final count of a batch run on a terminal. */
  readonly batchCounts: (counts: { cases: number; ok: number; invalid: number; overdue: number }) => string;
  /** The header of `batch --format csv|payroll-csv --excel`, by column name (for people; programs read the names). */
  readonly batchExcelColumns: Readonly<Record<string, string>>;
  /** `ok` in `batch --excel`: the line was valid, or not. */
  readonly batchExcelOk: { readonly yes: string; readonly no: string };
  /** How many lines were invalid (after a batch run). */
  readonly invalidLines: (invalid: number, cases: number, csv: boolean) => string;
  /** stdout failed for another reason than a closed pipe. */
  readonly cannotWrite: (detail: string) => string;
  /** `schema` with a name it does not know. */
  readonly unknownSchema: (which: string, known: readonly string[]) => string;
  /** A bug: the message of an unexpected error. */
  readonly unexpectedError: (detail: string) => string;
  /** `poortwachter sources`: headings of the table. */
  readonly sources: {
    readonly sourcesHeading: string;
    readonly milestonesHeading: string;
    readonly columns: {
      readonly id: string;
      readonly citation: string;
      readonly url: string;
      readonly step: string;
      readonly sources: string;
    };
  };
  /** `poortwachter serve` and the web service's problem details. */
  readonly serve: ServeWords;
  /** `poortwachter page`: the case page as static files. */
  readonly page: {
    /** `--out` is missing. */
    readonly needOut: string;
    /** The package holds no built page (a source checkout before `npm run build`). */
    readonly notBuilt: string;
    /** The files were written. */
    readonly written: (dir: string, files: readonly string[]) => string;
    /** A file could not be written. */
    readonly cannotWrite: (path: string, detail: string) => string;
  };
  /** The help text of each command (and of `poortwachter` itself). */
  readonly help: Readonly<Record<CliHelpTopic, string>>;
}

/**
 * Argument parsing with `node:util` `parseArgs`, turning its errors into one-line usage errors,
 * and the checks of option values every subcommand shares.
 *
 * @module
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isIsoDate } from '../calendar/isoDate.js';
import { dateSuggestion } from '../case/suggest.js';
import type { Lang } from '../i18n/index.js';
import { CliError } from './io.js';

/**
 * The options config of `parseArgs`.
 *
 * @example
 * const options: OptionsConfig = { help: { type: 'boolean', short: 'h' } };
 */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * What {@link parseCommandArgs} returns: option values by name, and the positionals.
 *
 * @example
 * const { values, positionals }: ParsedArgs = parseCommandArgs('batch', ['-', '--as-of', '2025-06-02'], options, 1);
 */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * `parseArgs` in strict mode; an unknown option, a missing value or a stray argument becomes a
 * {@link CliError} naming the command.
 *
 * @example
 * parseCommandArgs('schema', ['--help'], { help: { type: 'boolean', short: 'h' } }, 0).values.help //=> true
 */
export function parseCommandArgs(command: string, args: readonly string[], options: OptionsConfig, maxPositionals: number): ParsedArgs {
  let parsed: { values: Record<string, unknown>; positionals: string[]; tokens?: { kind: string; name?: string; value?: unknown }[] };
  try {
    parsed = parseArgs({
      args: negativeValuesJoined(args, options),
      options,
      strict: true,
      allowPositionals: maxPositionals > 0,
      tokens: true,
    });
  } catch (error) {
    // The parser's own (English) words are not shown: its error code and the option it names are.
    const code = (error as { code?: unknown }).code;
    const text = error instanceof Error ? error.message : String(error);
    const named = /'([^']*)'/.exec(text)?.[1] ?? '';
    const option = named.replace(/ <value>$/, '').replace(/^-\w, /, '');
    throw new CliError((m) => [
      `poortwachter ${command}: ${
        code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
          ? m.unknownOption(option)
          : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
            ? m.unexpectedArgument([named])
            : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
              ? // 'argument missing', or 'ambiguous': the next argument is another option (`--out --format`)
                /argument missing|ambiguous/.test(text)
                ? m.missingValue(option)
                : m.noValueAllowed(option)
              : m.badArguments
      } ${m.seeHelp(command)}`,
    ]);
  }
  // A value option given twice: which one was meant is not ours to guess (`parseArgs` keeps the last).
  const given = new Map<string, string[]>();
  for (const t of parsed.tokens ?? []) {
    const spec = t.kind === 'option' && t.name !== undefined ? options[t.name] : undefined;
    if (spec === undefined || spec.type !== 'string' || spec.multiple === true) continue;
    given.set(t.name as string, [...(given.get(t.name as string) ?? []), String(t.value)]);
  }
  for (const [name, values] of given) {
    if (values.length > 1)
      throw new CliError((m) => [`poortwachter ${command}: ${m.repeatedOption(`--${name}`, values)} ${m.seeHelp(command)}`]);
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals.slice(maxPositionals);
    throw new CliError((m) => [`poortwachter ${command}: ${m.unexpectedArgument(extra)} ${m.seeHelp(command)}`]);
  }
  return parsed as ParsedArgs;
}

/**
 * The arguments with a negative number after a value option joined to it (`--within -5` →
 * `--within=-5`), so that the option's own check names what is wrong with the value; `parseArgs`
 * itself refuses a value starting with `-` as ambiguous. Nothing after `--` is touched.
 *
 * @example
 * negativeValuesJoined(['--within', '-5'], { within: { type: 'string' } }) //=> ['--within=-5']
 */
export function negativeValuesJoined(args: readonly string[], options: OptionsConfig): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    const next = args[i + 1];
    const name = a.startsWith('--')
      ? a.slice(2)
      : /^-[^-]$/.test(a)
        ? Object.keys(options).find((k) => options[k]?.short === a.slice(1))
        : undefined;
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * A string option's value restricted to `allowed`, or `fallback` when absent.
 *
 * @example
 * choice('timeline', 'format', 'csv', ['table', 'csv'], 'table') //=> 'csv'
 */
export function choice<T extends string>(command: string, name: string, value: unknown, allowed: readonly T[], fallback: T): T;
export function choice<T extends string>(
  command: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: undefined,
): T | undefined;
export function choice<T extends string>(
  command: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T | undefined,
): T | undefined {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError((m) => [`poortwachter ${command}: ${m.mustBeOneOf(name, allowed, String(value))}`]);
}

/**
 * A date option's value, checked as a real `YYYY-MM-DD` calendar day between 1900 and 2199.
 *
 * @example
 * dateOption('timeline', 'as-of', '2025-03-10') //=> '2025-03-10'
 * dateOption('timeline', 'as-of', '2025-02-30') // throws CliError: --as-of '2025-02-30' is not a valid date …
 * dateOption('timeline', 'as-of', '10-03-2025') // throws CliError: … did you mean 2025-03-10? …
 */
export function dateOption(command: string, name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isIsoDate(value)) return value;
  const suggestion = dateSuggestion(value);
  throw new CliError((m) => [`poortwachter ${command}: ${m.invalidDate(name, String(value), suggestion)}`]);
}

/**
 * The `--lang` values.
 *
 * @example
 * choice('timeline', 'lang', 'en', LANGS, 'nl') //=> 'en'
 */
export const LANGS: readonly Lang[] = ['nl', 'en'];

/**
 * The `--fail-on` values: `overdue` (a legal step overdue) or `late` (overdue or done late).
 *
 * @example
 * const failOn: FailOn = 'overdue';
 */
export type FailOn = 'overdue' | 'late';

/**
 * The `--fail-on` values, as a list.
 *
 * @example
 * choice('batch', 'fail-on', 'late', FAIL_ON, undefined) //=> 'late'
 */
export const FAIL_ON: readonly FailOn[] = ['overdue', 'late'];

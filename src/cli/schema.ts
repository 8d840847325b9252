/**
 * `poortwachter schema [input|timeline|batch-line]`: prints a JSON Schema — of a case (the default),
 * of a timeline or of a `batch` line — with the field descriptions in `--lang`.
 *
 * @module
 */
import { caseInputJsonSchema } from '../case/schema.js';
import { batchLineJsonSchema, caseTimelineJsonSchema } from '../case/timeline-schema.js';
import type { Lang } from '../i18n/index.js';
import { localizeSchema } from '../i18n/schema-nl.js';
import { choice, LANGS, parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import { CliError, type CliIo } from './io.js';

const SCHEMAS = { input: caseInputJsonSchema, timeline: caseTimelineJsonSchema, 'batch-line': batchLineJsonSchema } as const;

/**
 * Runs `poortwachter schema`: the JSON Schema (draft 2020-12) of CaseInput on stdout, or with
 * `timeline` / `batch-line` that of the output.
 *
 * @example
 * await runSchema([], io) //=> 0, with '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema", …' on stdout
 * await runSchema(['timeline'], io) //=> 0, the schema of a CaseTimeline
 */
export async function runSchema(args: readonly string[], io: CliIo, lang: Lang = 'nl'): Promise<number> {
  const { values, positionals } = parseCommandArgs('schema', args, { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } }, 1);
  const words = choice('schema', 'lang', values.lang, LANGS, lang);
  if (values.help === true) {
    io.stdout.write(helpText('schema', lang));
    return 0;
  }
  const which = positionals[0] ?? 'input';
  if (!Object.hasOwn(SCHEMAS, which)) throw new CliError((m) => [m.unknownSchema(which, Object.keys(SCHEMAS))]);
  // The field descriptions in --lang (Dutch by default, as every word the CLI prints); the shipped
  // schema files are the English ones (`--lang en`).
  io.stdout.write(`${JSON.stringify(localizeSchema(SCHEMAS[which as keyof typeof SCHEMAS](), words), null, 2)}\n`);
  return 0;
}

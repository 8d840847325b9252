/**
 * `poortwachter schema`: prints the JSON Schema of a case.
 *
 * @module
 */
import { caseInputJsonSchema } from '../case/schema.js';
import type { Lang } from '../i18n/index.js';
import { choice, LANGS, parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import type { CliIo } from './io.js';

/**
 * Runs `poortwachter schema`: the JSON Schema (draft 2020-12) of CaseInput on stdout.
 *
 * @example
 * await runSchema([], io) //=> 0, with '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema", …' on stdout
 */
export async function runSchema(args: readonly string[], io: CliIo, lang: Lang = 'nl'): Promise<number> {
  const { values } = parseCommandArgs('schema', args, { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } }, 0);
  choice('schema', 'lang', values.lang, LANGS, 'nl');
  io.stdout.write(values.help === true ? helpText('schema', lang) : `${JSON.stringify(caseInputJsonSchema(), null, 2)}\n`);
  return 0;
}

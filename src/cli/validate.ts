/**
 * `poortwachter validate`: checks a case file against the input rules.
 *
 * @module
 */
import { parseCaseInput } from '../case/parse.js';
import type { Lang } from '../i18n/index.js';
import type { InputIssue } from '../types.js';
import { choice, LANGS, parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import { CliError, type CliIo, parseJson, readSource } from './io.js';
import { CLI_CATALOGUES } from './messages.js';

const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Runs `poortwachter validate FILE|-`: exit 0 when the case is valid, 2 with every issue listed.
 *
 * @example
 * await runValidate(['examples/sample-case.json'], io) //=> 0
 */
export async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, OPTIONS, 1);
  const lang: Lang = choice('validate', 'lang', values.lang, LANGS, 'nl');
  if (values.help === true) {
    io.stdout.write(helpText('validate', lang));
    return 0;
  }
  const format = choice('validate', 'format', values.format, ['text', 'json'] as const, 'text');
  const source = positionals[0];
  if (source === undefined) throw new CliError((m) => [`poortwachter validate: ${m.needCaseFile} ${m.seeHelp('validate')}`]);

  let issues: readonly InputIssue[];
  let name = source === '-' ? 'stdin' : source;
  try {
    const read = await readSource(source, io);
    name = read.name;
    const json = parseJson(read.text);
    issues = json.ok
      ? (() => {
          const r = parseCaseInput(json.value);
          return r.success ? [] : r.issues;
        })()
      : [
          {
            path: [],
            code: 'invalid_json',
            message: { nl: CLI_CATALOGUES.nl.notJson(json.at), en: CLI_CATALOGUES.en.notJson(json.at) },
          },
        ];
  } catch (error) {
    if (!(error instanceof CliError) || format === 'text') throw error;
    const nl = error.render(CLI_CATALOGUES.nl);
    const en = error.render(CLI_CATALOGUES.en);
    issues = nl.map((line, i) => ({ path: [], code: 'unreadable', message: { nl: line, en: en[i] ?? line } }));
  }

  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(issues.length === 0 ? { valid: true, issues: [] } : { valid: false, issues }, null, 2)}\n`);
    return issues.length === 0 ? 0 : 2;
  }
  if (issues.length > 0) {
    const listed = issues;
    throw new CliError(() => listed.map((i) => `${name}: ${i.message[lang]}`));
  }
  io.stdout.write(`${name}: ${CLI_CATALOGUES[lang].valid}\n`);
  return 0;
}

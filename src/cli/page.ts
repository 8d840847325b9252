/**
 * `poortwachter page --out DIR`: writes the case page (index.html, page.js, page.css and the later
 * scripts page-en.js and page-exports.js: src/common/page-files.ts) as static files, for an
 * intranet without Node. The page computes in the browser; the files hold no case.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PAGE_FILES, readPage } from '../common/page-files.js';
import type { Lang } from '../i18n/index.js';
import { choice, LANGS, parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import { CliError, type CliIo, oneLine } from './io.js';
import { CLI_CATALOGUES } from './messages.js';

/**
 * Runs `poortwachter page`: writes the page's files to `--out` (made when absent) and says so on
 * stderr; exit 2 without `--out`, when the page is not built or a file cannot be written.
 *
 * @example
 * await runPage(['--out', 'intranet/poortwachter'], io) //=> 0; stderr: 'poortwachter page: geschreven in …: index.html, page.js, page.css, page-en.js, page-exports.js'
 */
export async function runPage(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    'page',
    args,
    { out: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    0,
  );
  const lang: Lang = choice('page', 'lang', values.lang, LANGS, 'nl');
  if (values.help === true) {
    io.stdout.write(helpText('page', lang));
    return 0;
  }
  const out = typeof values.out === 'string' && values.out.trim() !== '' ? resolve(values.out) : null;
  if (out === null) throw new CliError((m) => [`poortwachter page: ${m.page.needOut}`]);
  const files = readPage();
  if (files === null) throw new CliError((m) => [`poortwachter page: ${m.page.notBuilt}`]);
  for (const name of PAGE_FILES) {
    const path = join(out, name);
    try {
      mkdirSync(out, { recursive: true });
      writeFileSync(path, files[name]);
    } catch (error) {
      const detail = oneLine(error);
      throw new CliError((m) => [`poortwachter page: ${m.page.cannotWrite(path, detail)}`]);
    }
  }
  io.stderr.write(`poortwachter page: ${CLI_CATALOGUES[lang].page.written(out, PAGE_FILES)}\n`);
  return 0;
}

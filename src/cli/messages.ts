/**
 * The CLI's words: the catalogue for `--lang`, and finding `--lang` in the raw arguments before any
 * parsing, so that even an argument error is reported in the chosen language.
 *
 * @module
 */
import type { CliCatalogue } from '../i18n/cli-catalogue.js';
import { cliEn } from '../i18n/cli-en.js';
import { cliNl } from '../i18n/cli-nl.js';
import type { Lang } from '../i18n/index.js';

/** The CLI catalogues by language. */
export const CLI_CATALOGUES: Readonly<Record<Lang, CliCatalogue>> = Object.freeze({ nl: cliNl, en: cliEn });

/**
 * The language asked for in `argv` (`--lang en` or `--lang=en`; the last one wins), or `nl` when
 * none is given or the value is not a language (that value is reported as an error, in Dutch).
 * Stops at `--`, after which nothing is an option.
 *
 * @example
 * langFromArgv(['timeline', '--colour', '--lang', 'en']) //=> 'en'
 * langFromArgv(['timeline', '--lang=de']) //=> 'nl'
 */
export function langFromArgv(argv: readonly string[]): Lang {
  let lang: Lang = 'nl';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const value = a === '--lang' ? argv[++i] : a?.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'nl' || value === 'en') lang = value;
  }
  return lang;
}

/**
 * The CLI's words: the catalogue for `--lang`, and finding `--lang` in the raw arguments before any
 * parsing, so that even an argument error is reported in the chosen language.
 *
 * @module
 */
import type { Lang } from '../i18n/index.js';

// Shared with the service (src/server): it lives below both, in src/common.
export { CLI_CATALOGUES } from '../common/messages.js';

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

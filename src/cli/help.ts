/**
 * The help texts of `poortwachter` and each subcommand, every one with an example, in Dutch and
 * English (the CLI catalogues, src/i18n/cli-*.ts).
 *
 * @module
 */
import type { Lang } from '../i18n/index.js';
import { CLI_CATALOGUES } from './messages.js';

/**
 * The subcommands, in the order `poortwachter --help` lists them.
 *
 * @example
 * COMMANDS.includes('batch') //=> true
 */
export const COMMANDS = ['timeline', 'report', 'batch', 'worklist', 'validate', 'schema', 'sources', 'serve', 'page'] as const;

/**
 * A subcommand name.
 *
 * @example
 * const command: CommandName = 'timeline';
 */
export type CommandName = (typeof COMMANDS)[number];

/**
 * The help text of a subcommand, or of `poortwachter` itself, in `lang` (default `nl`).
 *
 * @example
 * helpText('batch', 'en').startsWith('Usage: poortwachter batch') //=> true
 * helpText('batch').startsWith('Gebruik: poortwachter batch') //=> true
 */
export function helpText(command: CommandName | 'main', lang: Lang = 'nl'): string {
  return CLI_CATALOGUES[lang].help[command];
}

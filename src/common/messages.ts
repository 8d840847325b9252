/**
 * The CLI catalogues by language: the words that `poortwachter` (the command) and
 * `poortwachter/server` (the service) share — input issues about whole lines, the service's
 * problem titles. Below both: neither imports the other's modules.
 *
 * @module
 */
import type { CliCatalogue } from '../i18n/cli-catalogue.js';
import { cliEn } from '../i18n/cli-en.js';
import { cliNl } from '../i18n/cli-nl.js';
import type { Lang } from '../i18n/index.js';

/**
 * The CLI catalogues by language.
 *
 * @example
 * CLI_CATALOGUES.en.seeHelp('timeline') //=> "(see 'poortwachter timeline --help')"
 */
export const CLI_CATALOGUES: Readonly<Record<Lang, CliCatalogue>> = Object.freeze({ nl: cliNl, en: cliEn });

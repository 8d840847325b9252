/**
 * The Dutch words that only page-exports.js and the explanation of a date read: the derivations and
 * status reasons (an explanation on request), the picture's words, and those of the HTML report, the
 * table and the ICS file. In the case page's build (scripts/build-page.mjs, LATE_NL) page.js holds the
 * Dutch catalogue without them and this module holds them, in page-exports.js, which puts them into
 * the catalogue when it runs ({@link fillDutch}). From the sources (the tests, the library) the
 * catalogue is whole and this does nothing.
 *
 * @module
 */
import { nlCatalogue } from '../i18n/nl.js';

/** Puts the late Dutch words into the catalogue page.js reads (a no-op where it is whole). */
export function fillDutch(): void {
  Object.assign(nlCatalogue, {});
}

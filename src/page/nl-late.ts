/**
 * The words that only page-exports.js and the explanation of a date read: the derivations and
 * status reasons (an explanation on request), the words of the HTML report, the table, the ICS file
 * and the CSV (its headers in both languages), and the months' full names (./date-format.ts, the
 * report's heading). In the case page's build (scripts/build-page.mjs: LATE_NL, LATE_EN,
 * splitDates) page.js holds the catalogues and date words without them, and this module — injected
 * into page-exports.js, so that it runs before the renderers' modules, which read some of them when
 * they load — puts them into page.js's objects. From the sources (the tests, the library) the catalogues are
 * whole and nothing imports this module.
 *
 * @module
 */
export {};

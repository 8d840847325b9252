/**
 * The English titles of the steps, by milestone id, for page-en.js. In the case page's build
 * (scripts/build-page.mjs, splitMilestones) page.js's rule table holds the Dutch titles only and this
 * module is the English ones as data, which page.js puts into the titles when page-en.js has run
 * (src/page/main.ts, withWords). From the sources (the tests, the library) it reads them from the
 * rule table, which is whole.
 *
 * @module
 */
import { MILESTONE_RULES } from '../law/milestones.js';

/** The English title of each step, by its id. */
export const EN_TITLES: Readonly<Record<string, string>> = Object.fromEntries(MILESTONE_RULES.map((r) => [r.id, r.title.en]));

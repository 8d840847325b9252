/**
 * Dates for people (`zo 16 feb. 2025`): re-exported from the message catalogues (src/i18n). The week
 * of sickness of a step is the engine's (`Milestone.week`); no renderer counts it again.
 *
 * @module
 */
export { readableDate } from '../i18n/dates.js';

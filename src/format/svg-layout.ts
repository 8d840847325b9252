/**
 * The layout of the timeline picture, shared by its geometry (./svg-model.ts, ./svg-steps.ts) and
 * its serialiser (./svg-serialise.ts): user units of the viewBox, and the frame every part of the
 * geometry is placed in.
 *
 * @module
 */
import type { CaseWeeks, DayRange } from '../engine/case-weeks.js';
import type { PictureWords } from '../i18n/catalogue.js';
import type { IsoDate, MilestoneId } from '../types.js';
import type { ReportLang } from './report-common.js';

// Layout (user units of the viewBox; 1040 fits A4 landscape with 10 mm margins at 96 dpi).
export const WIDTH = 1040;
export const LABEL_W = 214;
const PAD_R = 18;
export const PLOT_X = LABEL_W;
export const PLOT_W = WIDTH - LABEL_W - PAD_R;
export const AXIS_Y = 52;
export const ROW_H = 22;
export const PERIOD_Y = AXIS_Y + 8;
export const WACHT_Y = PERIOD_Y + ROW_H;
export const FIRST_ROW_Y = WACHT_Y + ROW_H + 6;

/** Rounds to one decimal: the coordinates of the picture. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** An earlier closed case drawn before this one. */
export interface EarlierCase {
  readonly firstSickDay: IsoDate;
  readonly start: number;
  readonly end: number;
  readonly counted: number;
  readonly periods: readonly DayRange[];
}

/** The scale and the facts every part of the picture uses. */
export interface Frame {
  readonly lang: ReportLang;
  readonly words: PictureWords;
  readonly d1: number;
  readonly asOf: number;
  readonly lastDay: number;
  readonly wageEnd: number;
  /** The first and last day of the axis. */
  readonly start: number;
  readonly end: number;
  readonly asOfInRange: boolean;
  readonly rows: readonly MilestoneId[];
  readonly chartBottom: number;
  readonly weeks: CaseWeeks;
  readonly earlier: readonly EarlierCase[];
  /** The x of a day, clamped to the axis. */
  readonly x: (day: number) => number;
  /** A run of days in words (`3 mrt. 2025 – 9 mrt. 2025`). */
  readonly range: (s: number, e: number) => string;
}

/**
 * iCalendar (RFC 5545) export: one all-day VEVENT per step and occurrence (open steps confirmed,
 * steps done or no longer needed cancelled), `DTSTART;VALUE=DATE` on the due date with the
 * exclusive `DTEND` the day after, a UID that stays the same across runs and a SEQUENCE that grows
 * with the as-of date (so a calendar updates or cancels the event instead of adding a copy),
 * CRLF line ends and lines folded at 75 octets without splitting a UTF-8 character.
 *
 * @module
 */
import { daysFromCivil, formatIsoDate } from '../calendar/isoDate.js';
import { legalBasisOf } from '../law/rule-of.js';
import { sourceUrl } from '../law/sources.js';
import type { CaseTimeline, IsoDate, Milestone } from '../types.js';
import { actorLabel, CATALOGUES, explain, isOpen, kindLabel, type Lang, milestoneStatusLabel, milestoneTitle } from './labels.js';

/**
 * Options of {@link renderIcs}.
 *
 * @example
 * renderIcs(timeline, { lang: 'nl', caseId: 'E-17', dtstamp: new Date() })
 */
export interface RenderIcsOptions {
  /** Language of summaries and descriptions. Default `nl`. */
  readonly lang?: Lang | undefined;
  /** Your reference for the case: part of every UID and shown in the summaries. */
  readonly caseId?: string | number | undefined;
  /**
   * The instant the calendar is made (`DTSTAMP`). Default: `asOf` at 00:00 UTC, so the output is a
   * pure function of the timeline; the CLI passes the current time.
   */
  readonly dtstamp?: Date | undefined;
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines.
 *
 * @example
 * escapeIcsText('a;b,c\nd') //=> 'a\\;b\\,c\\nd'
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space, and
 * a multi-byte UTF-8 character is never split. Returns the line with CRLF line ends.
 *
 * @example
 * foldIcsLine('SUMMARY:short') //=> 'SUMMARY:short\r\n'
 */
export function foldIcsLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return `${out}\r\n`;
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

const compact = (date: IsoDate): string => date.replaceAll('-', '');

function stamp(d: Date): string {
  return `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function uidPart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * The UID of a milestone's event: the same for the same case, step and occurrence on every run.
 *
 * @example
 * icsUid({ firstSickDay: '2025-01-06' }, { id: 'evaluatie', occurrence: 2 }, 'E-17')
 * //=> 'poortwachter-E-17-2025-01-06-evaluatie-2@poortwachter'
 */
export function icsUid(
  timeline: Pick<CaseTimeline, 'firstSickDay'>,
  m: Pick<Milestone, 'id' | 'occurrence' | 'protocolStep'>,
  caseId?: string | number,
): string {
  const tag = caseId === undefined ? '' : `${uidPart(String(caseId))}-`;
  const step = m.protocolStep === undefined ? m.id : `${m.id}-${uidPart(m.protocolStep)}`;
  return `poortwachter-${tag}${timeline.firstSickDay}-${step}-${m.occurrence}@poortwachter`;
}

/**
 * The SEQUENCE of every event of an export: the days from the first sick day to `asOf`. A later
 * export of the same case has a higher number, so a calendar that imports it updates (or cancels)
 * the events it has instead of adding new ones; the same export twice changes nothing.
 *
 * @example
 * icsSequence({ firstSickDay: '2025-01-06', asOf: '2025-03-10' }) //=> 63
 */
export function icsSequence(timeline: Pick<CaseTimeline, 'firstSickDay' | 'asOf'>): number {
  return Math.max(0, dayOfIso(timeline.asOf) - dayOfIso(timeline.firstSickDay));
}

/** Epoch day of a timeline date (not parseIsoDate: a due date may lie after 2199). */
const dayOfIso = (d: IsoDate): number => daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));

/**
 * Renders the milestones of a timeline as an iCalendar file of all-day events on their due dates:
 * one event per step and occurrence with a stable UID (`icsUid`) and a SEQUENCE that grows
 * with `asOf` (`icsSequence`). Open steps (`overdue`, `due-soon`, `upcoming`, `suspended`) are
 * `STATUS:CONFIRMED`; steps done since, or no longer needed, are `STATUS:CANCELLED`, so importing a
 * newer export updates the calendar instead of duplicating it. Info milestones are left out.
 *
 * @example
 * renderIcs(evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' }), { caseId: 'E-17' })
 * //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//poortwachter//poortwachter//NL\r\n…'
 */
export function renderIcs(timeline: CaseTimeline, options: RenderIcsOptions = {}): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  const t = CATALOGUES[lang].ics;
  const dtstamp = options.dtstamp !== undefined ? stamp(options.dtstamp) : `${compact(timeline.asOf)}T000000Z`;
  const caseLabel = options.caseId === undefined ? '' : `[${String(options.caseId)}] `;
  let out = '';
  const add = (line: string): void => {
    out += foldIcsLine(line);
  };
  add('BEGIN:VCALENDAR');
  add('VERSION:2.0');
  add('PRODID:-//poortwachter//poortwachter//NL');
  add('CALSCALE:GREGORIAN');
  add('METHOD:PUBLISH');
  add(`X-WR-CALNAME:${escapeIcsText(`${caseLabel}${t.calendar} (${t.case} ${timeline.firstSickDay})`)}`);
  const sequence = icsSequence(timeline);
  for (const m of timeline.milestones) {
    if (m.kind === 'info') continue;
    const description = [
      `${t.who}: ${actorLabel(m.actor, lang)}`,
      `${t.status}: ${milestoneStatusLabel(m, lang)}`,
      `${t.week}: ${m.week} (${t.countedDay} ${m.countedDay})`,
      ...(m.windowStart === null ? [] : [`${t.window}: ${m.windowStart}`]),
      ...legalBasisOf(m).map((b) => `${t.basis}: ${b.citation}${b.url ? ` (${sourceUrl(b, lang)})` : ''}`),
      ...explain(m, lang, { dates: 'iso' }),
    ].join('\n');
    add('BEGIN:VEVENT');
    add(`UID:${icsUid(timeline, m, options.caseId)}`);
    add(`SEQUENCE:${sequence}`);
    add(`STATUS:${isOpen(m) ? 'CONFIRMED' : 'CANCELLED'}`);
    add(`DTSTAMP:${dtstamp}`);
    add(`DTSTART;VALUE=DATE:${compact(m.due)}`);
    add(`DTEND;VALUE=DATE:${compact(formatIsoDate(dayOfIso(m.due) + 1))}`);
    add(`SUMMARY:${escapeIcsText(`${caseLabel}${milestoneTitle(m, lang)}`)}`);
    add(`DESCRIPTION:${escapeIcsText(description)}`);
    // Catalogue words only (`wettelijk`, `advies`, …): no code or English word in a Dutch calendar.
    add(`CATEGORIES:Poortwachter,${escapeIcsText(kindLabel(m.kind, lang))}`);
    add('TRANSP:TRANSPARENT');
    add('END:VEVENT');
  }
  add('END:VCALENDAR');
  return out;
}

/**
 * Stage 3 of the engine: the facts of the current case. Completions by type, the end of the
 * wachttijd (104 weeks of counted sickness plus any vrijwillige verlenging, WIA 24) and of the
 * employer's wage obligation (loonsanctie, AOW age, end of employment), each with its derivation.
 *
 * @module
 */
import { formatIsoDate } from '../calendar/isoDate.js';
import { parametersFor, type RuleTable } from '../law/rules.js';
import type { CaseEventType, DerivationStep, Flag } from '../types.js';
import { type Ev, type Leave, uncountedBetween } from './context.js';
import { countedDay } from './counting.js';
import { MAY_PRECEDE_DAY_1 } from './events.js';
import { makeFlag } from './flags.js';
import type { CurrentCase } from './periods.js';

/** What the events of the current case establish. */
export interface CaseFacts {
  /** Events of the current case (and facts that may precede it, such as AOW age), in date order. */
  readonly caseEvents: readonly Ev[];
  /** Completion events per type, in date order. */
  readonly done: ReadonlyMap<CaseEventType, Ev[]>;
  /** Last day of the 104 weeks, before verlenging. */
  readonly baseLastDay: number;
  /** Last day of the wachttijd, verlenging included. */
  readonly lastDay: number;
  readonly verlengingWeeks: number;
  /** The steps from day 1 to `lastDay`. */
  readonly lastDayDerivation: readonly DerivationStep[];
  readonly wageObligationEnd: number;
  /** The steps from the last day of the wachttijd to the end of the wage obligation. */
  readonly wageObligationDerivation: readonly DerivationStep[];
  /** Last day of employment, AOW date and the UWV letter's arrival: NaN where not recorded. */
  readonly eindeDienstverband: number;
  readonly aowDate: number;
  readonly letter: number;
}

/** Derives the facts of the current case from its events. */
export function caseFacts(c: CurrentCase, used: readonly Ev[], leave: Leave, rules: RuleTable, flags: Flag[]): CaseFacts {
  const { day1, p } = c;
  const caseEvents: Ev[] = [];
  const done = new Map<CaseEventType, Ev[]>();
  let verlengingWeeks = 0;
  let imposed = 0;
  let aow = Number.NaN;
  let einde = Number.NaN;
  let letter = Number.NaN;
  for (const e of used) {
    if (e.day < day1 && !MAY_PRECEDE_DAY_1.has(e.type)) continue;
    caseEvents.push(e);
    const list = done.get(e.type);
    if (list === undefined) done.set(e.type, [e]);
    else list.push(e);
    switch (e.type) {
      case 'verlenging':
        verlengingWeeks += (e.event as { weeks: number }).weeks;
        break;
      case 'loonsanctie':
        imposed += (e.event as { weeks: number }).weeks;
        break;
      case 'aow-leeftijd':
        aow = e.day; // the last one recorded is the one that holds
        break;
      case 'einde-dienstverband':
        einde = e.day;
        break;
      case 'wia-brief-ontvangen':
        // The first letter counts, as for every step recorded twice.
        if (Number.isNaN(letter)) letter = e.day;
        break;
    }
  }

  // Wachttijd: counted day 728, then the verlenging (WIA 24).
  const baseLastDay = countedDay(c.iv, p.wachttijdDays);
  const lastDay = baseLastDay + 7 * verlengingWeeks;
  const lastDayDerivation: DerivationStep[] = [
    {
      kind: 'counted',
      countedDay: p.wachttijdDays,
      from: formatIsoDate(day1),
      days: baseLastDay - day1,
      uncounted: uncountedBetween(day1 - 1, baseLastDay, p.wachttijdDays, leave),
      date: formatIsoDate(baseLastDay),
    },
  ];
  if (verlengingWeeks > 0) lastDayDerivation.push({ kind: 'verlenging', weeks: verlengingWeeks, date: formatIsoDate(lastDay) });
  for (const e of caseEvents) {
    if (e.type === 'verlenging' && e.day > baseLastDay) {
      flags.push(makeFlag('VERLENGING_AFTER_WACHTTIJD', 'warning', { date: formatIsoDate(e.day), lastDay: formatIsoDate(baseLastDay) }));
    }
  }

  // Wage obligation: loonsanctie (capped), AOW age, end of employment.
  const wageObligationDerivation: DerivationStep[] = [];
  let sanctionWeeks = imposed;
  if (imposed > p.loonsanctieMaxWeeks) {
    flags.push(makeFlag('LOONSANCTIE_OVER_MAX', 'error', { weeks: imposed, max: p.loonsanctieMaxWeeks }));
    sanctionWeeks = p.loonsanctieMaxWeeks;
  }
  let wageObligationEnd = lastDay + 7 * sanctionWeeks;
  if (sanctionWeeks > 0) {
    wageObligationDerivation.push({ kind: 'loonsanctie', weeks: sanctionWeeks, imposed, date: formatIsoDate(wageObligationEnd) });
  }
  if (!Number.isNaN(aow)) {
    const weeks = parametersFor(rules, day1).aowWageWeeks;
    const end = Math.max(aow, day1) + 7 * weeks - 1;
    if (end < wageObligationEnd) {
      wageObligationEnd = end;
      wageObligationDerivation.push({ kind: 'aow', aowDate: formatIsoDate(aow), weeks, date: formatIsoDate(end) });
    }
  }
  if (!Number.isNaN(einde) && einde < wageObligationEnd) {
    wageObligationEnd = einde;
    wageObligationDerivation.push({ kind: 'employmentEnds', date: formatIsoDate(einde) });
  }
  return {
    caseEvents,
    done,
    baseLastDay,
    lastDay,
    verlengingWeeks,
    lastDayDerivation,
    wageObligationEnd,
    wageObligationDerivation,
    eindeDienstverband: einde,
    aowDate: aow,
    letter,
  };
}

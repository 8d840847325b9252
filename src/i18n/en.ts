/**
 * The English message catalogue: every word poortwachter shows a person, in English (the second
 * language). Keep the same keys as `nl.ts`. Dutch legal terms that have no English equivalent
 * (probleemanalyse, wachttijd, loonsanctie, …) stay Dutch, as names.
 *
 * @module
 */
import type { Catalogue } from './catalogue.js';

const VANGNET_EN = {
  zwangerschap: 'Safety net (pregnancy)',
  'zwangerschap-na-verlof': 'Safety net (sick from pregnancy or childbirth after the leave)',
  'no-riskpolis': 'Safety net (no-risk policy)',
  orgaandonatie: 'Safety net (organ donation)',
} as const;

const days = (n: number): string => (n === 1 ? '1 day' : `${n} days`);
const weeks = (n: number): string => (n === 1 ? '1 week' : `${n} weeks`);
/** `91 days (13 weeks)`, `95 days (13 weeks and 4 days)`. */
const daysInWeeks = (n: number): string =>
  n % 7 === 0 ? `${days(n)} (${weeks(n / 7)})` : n < 7 ? days(n) : `${days(n)} (${weeks(Math.floor(n / 7))} and ${days(n % 7)})`;
const uncounted = (u: { fit: number; leave: number }): string =>
  (u.fit > 0 ? ` + ${u.fit} uncounted ${u.fit === 1 ? 'day' : 'days'} of recovery` : '') +
  (u.leave > 0 ? ` + ${u.leave} uncounted ${u.leave === 1 ? 'day' : 'days'} of pregnancy leave` : '');

export const enCatalogue: Catalogue = {
  lang: 'en',
  status: {
    done: 'done',
    'done-late': 'done late',
    overdue: 'overdue',
    'due-soon': 'due soon',
    upcoming: 'upcoming',
    suspended: 'suspended',
    'not-applicable': 'n/a',
  },
  stepStatus: {
    'wia-brief-uwv': {
      done: 'received',
      'done-late': 'received late',
      overdue: 'not yet received',
      'due-soon': 'expected soon',
      upcoming: 'expected',
    },
    'einde-wachttijd': { done: 'reached', overdue: 'reached', 'due-soon': 'soon', upcoming: 'expected' },
    'vervroegde-iva': { done: 'applied for', 'done-late': 'applied for', 'due-soon': 'closes soon', upcoming: 'possible' },
  },
  statusHelp: {
    done: 'done in time',
    'done-late': 'done, but after the deadline',
    overdue: 'deadline passed and not done',
    'due-soon': 'deadline coming up soon',
    upcoming: 'not yet due',
    suspended: 'the employee has recovered; the clock is stopped',
    'not-applicable': 'not (or no longer) needed in this case',
  },
  caseStatus: { sick: 'sick', recovered: 'recovered (under 4 weeks)', closed: 'closed (recovered for 4 weeks or more)' },
  actor: {
    werkgever: 'employer',
    werknemer: 'employee',
    bedrijfsarts: 'occupational physician',
    uwv: 'UWV',
    'werkgever+werknemer': 'employer and employee',
  },
  kind: { legal: 'legal', advice: 'advice', info: 'for information', protocol: 'absence protocol' },
  severity: { error: 'error', warning: 'warning', info: 'for information' },
  stepRef: { probleemanalyse: 'the problem analysis', 'plan-van-aanpak': 'the action plan', evaluatie: 'evaluation' },
  article: 'the',
  eventType: {
    'melding-bedrijfsarts': 'report to the occupational physician',
    'signalering-week-3': 'week-3 signal',
    probleemanalyse: 'problem analysis',
    'plan-van-aanpak': 'action plan',
    casemanager: 'case manager appointed',
    evaluatie: 'evaluation',
    '42e-weeksmelding': 'week-42 report',
    eerstejaarsevaluatie: 'first-year evaluation',
    'vervroegde-iva': 'early IVA application',
    eindevaluatie: 'final evaluation',
    're-integratieverslag': 're-integration report',
    'wia-aanvraag': 'WIA application',
    'ziekmelding-uwv-einde-dienstverband': 'sickness report to UWV at end of employment',
    'ziekmelding-uwv-vangnet': 'sickness report to UWV (safety net)',
    'spoor-2-besluit': 'decision on track 2',
    protocol: 'absence protocol step',
    hersteld: 'recovery',
    ziek: 'new sick report',
    'gedeeltelijk-hersteld': 'partial return to work',
    zwangerschapsverlof: 'pregnancy leave',
    'wia-brief-ontvangen': 'UWV WIA letter received',
    verlenging: 'voluntary extension',
    loonsanctie: 'loonsanctie',
    'loonsanctie-bekort': 'loonsanctie cut short',
    'einde-dienstverband': 'end of employment',
    'aow-leeftijd': 'state pension (AOW) age',
    deskundigenoordeel: 'expert opinion (deskundigenoordeel)',
    afwijking: 'agreed, reasoned deviation from a term',
  },
  nonWorkingDay: {
    zaterdag: 'Saturday',
    zondag: 'Sunday',
    nieuwjaarsdag: "New Year's Day",
    'goede-vrijdag': 'Good Friday',
    'tweede-paasdag': 'Easter Monday',
    koningsdag: "King's Day",
    bevrijdingsdag: 'Liberation Day',
    hemelvaartsdag: 'Ascension Day',
    'tweede-pinksterdag': 'Whit Monday',
    'eerste-kerstdag': 'Christmas Day',
    'tweede-kerstdag': 'Boxing Day',
    'gelijkgestelde-dag': 'day treated as a holiday (Atw art. 3(3))',
  },
  consequence: {
    loonsanctie: () => 'Risk: at the WIA application UWV can impose a loonsanctie of up to 52 weeks of wages (WIA art. 25(9) and art. 65).',
    'boete-42e-week': (fine) =>
      fine === null || fine.daysLate <= 0
        ? 'Consequence: an administrative fine of at most € 455 (Sickness Benefits Act art. 38(3); Boetebesluit socialezekerheidswetten art. 2c); UWV may lower or waive it (Sickness Benefits Act art. 45a(8)). It is not an extension of wage payment.'
        : `Consequence: an administrative fine of at most € ${fine.euro} for ${days(fine.daysLate)} late (€ 70 under 7 days, € 230 under 28 days, € ${fine.max} from 28 days or without a report; Sickness Benefits Act art. 38(3), Boetebesluit socialezekerheidswetten art. 2c); UWV may lower or waive it (Sickness Benefits Act art. 45a(8)). It is not an extension of wage payment.`,
    'riv-missing': () =>
      'Consequence: UWV sets a term within which the report must still be supplied or completed (WIA art. 25(8), art. 65); a loonsanctie (WIA art. 25(9)) follows only when the re-integration itself fell short.',
    'wia-aanvraag-late': () =>
      'Consequence: the WIA benefit starts later; the employer pays wages for the delay (Civil Code 7:629(11)(a)) unless the employee had no valid reason (para. 3(f)).',
    'wia-late-letter': () => 'If the letter is late, a WIA application is still timely within 4 weeks of receiving it (WIA art. 64(6)).',
    'vangnet-late': () =>
      'Consequence: an administrative fine of at most € 455 (Sickness Benefits Act art. 38a(8); art. 38b(4)); UWV then grants the sickness benefit retroactively for at most one year (art. 38a(9)).',
    'evaluatie-praktijk': () =>
      "The law says 'periodically' (WIA art. 25(2)) and 'regularly' (Civil Code 7:658a(3)); the action plan fixes the moments (Regeling procesgang art. 4(2)(b)). Once every 6 weeks is UWV practice: record the interval the plan agrees, which then governs.",
    advice: () => 'No statutory sanction, but a weaker position when UWV reviews the re-integration report.',
    protocol: () => "A step of the employer's own absence protocol, not a legal duty.",
    info: () => 'For information.',
  },
  derivation: {
    counted: (s, c) =>
      `Counted day ${s.countedDay} (week ${Math.ceil(s.countedDay / 7)}) = first sick day ${c.date(s.from)} + ${days(s.countedDay - 1)}${uncounted(s.uncounted)} = ${c.date(s.date)}`,
    afterStep: (s, c) => {
      const name = c.stepRef(s.step, s.occurrence);
      const basis =
        s.basis === 'completed'
          ? `${name} (done on ${c.date(s.from)})`
          : s.basis === 'due'
            ? `${name} (not done yet; due ${c.date(s.from)})`
            : s.basis === 'legalLatest'
              ? `${name} (strict legal latest ${c.date(s.from)})`
              : `the first sick day ${c.date(s.from)}`;
      return `${s.countedDays} counted days after ${basis}${uncounted(s.uncounted)} = ${c.date(s.date)}`;
    },
    beforeEnd: (s, c) =>
      `${daysInWeeks(s.days)} before the last day of the wachttijd (${c.date(s.lastDay)}) = ${c.date(s.date)}; counted backward, so never moved by the General Time Limits Act (art. 1(2))`,
    verlenging: (s, c) => `+ ${weeks(s.weeks)} voluntary extension (WIA art. 24) = ${c.date(s.date)}`,
    atwRoll: (s, c) =>
      `${c.date(s.from)} is not a working day (${s.skipped.map((d) => `${c.date(d.date)}: ${enCatalogue.nonWorkingDay[d.reason]}`).join('; ')}); moved forward to ${c.date(s.date)} (General Time Limits Act art. 1(1))`,
    atwTwoWorkingDays: (s, c) =>
      `The term from ${c.date(s.termStart)} holds fewer than two working days up to ${c.date(s.from)}; extended to ${c.date(s.date)} (General Time Limits Act art. 2)`,
    firstWerkdag: (s, c) =>
      `UWV: "at the latest the first working day after the 42nd week of sickness": ${c.date(s.from)} is not a working day (${s.skipped.map((d) => `${c.date(d.date)}: ${enCatalogue.nonWorkingDay[d.reason]}`).join('; ')}) = ${c.date(s.date)}; the statutory day itself does not move (Sickness Benefits Act art. 38(1); General Time Limits Act art. 4(a))`,
    lastWorkingDay: (s, c) =>
      `${c.date(s.from)} is not a working day (${s.skipped.map((d) => `${c.date(d.date)}: ${enCatalogue.nonWorkingDay[d.reason]}`).join('; ')}); back to the last working day ${c.date(s.date)} (Sickness Benefits Act art. 38(2))`,
    vangnet: (s, c) =>
      `${VANGNET_EN[s.grond]}: ${s.term === 'vierde-dag' ? 'by the fourth day' : s.term === 'vierde-dag-na' ? 'by the fourth day after the ground could be clear (art. 38b(2))' : 'by the first day after six weeks (art. 38a(3))'}${s.flexStart === null ? '' : ` (the period from 6 weeks before the expected date of birth starts on ${c.date(s.flexStart)})`} = ${c.date(s.from)} + ${days(s.days)} = ${c.date(s.date)} (Sickness Benefits Act art. 38a)`,
    letterReceived: (s, c) => `The UWV WIA letter arrived on ${c.date(s.date)}: the application can be made from that day`,
    lateLetter: (s, c) =>
      `The letter came late (${c.date(s.letter)}): the application is timely within ${days(s.days)} of receiving it = ${c.date(s.date)} (WIA art. 64(6))`,
    lateLetterExcluded: (s, c) =>
      `The letter came late (${c.date(s.letter)}), but the week-42 report was ${s.melding === null ? 'not made' : `only made on ${c.date(s.melding)}`}, not before the day the waiting period had lasted 81 weeks (at the latest ${c.date(s.meldingBy)}): no extra 4 weeks; the deadline stays ${c.date(s.date)} (WIA art. 64(6), last sentence)`,
    eindeDienstverband: (s, c) =>
      `Employment ends on ${c.date(s.lastDayOfEmployment)} after ${s.sickDays} counted sick days: ${s.report === 'volledig' ? 'a full re-integration report with final evaluation' : 'a shortened re-integration report'} is due by the last day of employment`,
    lateApplication: (s, c) =>
      `+ ${days(s.days)} because the WIA application (due ${c.date(s.due)}) ${s.completedOn === null ? 'has not been made yet (the delay so far)' : `was only made on ${c.date(s.completedOn)}`} = ${c.date(s.date)} (Civil Code 7:629(11)(a))`,
    loonsanctie: (s, c) =>
      `+ ${weeks(s.weeks)} loonsanctie (WIA art. 25(9))${s.imposed > s.weeks ? ` (imposed: ${weeks(s.imposed)}; at most ${weeks(s.weeks)})` : ''}${s.leaveDays > 0 ? ` + ${s.leaveDays} uncounted ${s.leaveDays === 1 ? 'day' : 'days'} of pregnancy leave` : ''} = ${c.date(s.date)}`,
    loonsanctieAfterEnd: (s, c) =>
      `No loonsanctie: UWV only decided on ${c.date(s.decision)} (${weeks(s.weeks)}), after the period ended on ${c.date(s.lastDay)} (WIA art. 25(11)) = ${c.date(s.date)}`,
    loonsanctieDecisionLate: (s, c) =>
      `The loonsanctie decision was due by ${c.date(s.term)} (six weeks before the end, WIA art. 25(10)) and came on ${c.date(s.decision)}: the loonsanctie ends ${days(s.days)} earlier (para. 14) = ${c.date(s.date)}`,
    bekorting: (s, c) =>
      `Cut short: UWV decided on ${c.date(s.decision)} that the shortfall is repaired; the loonsanctie ends ${s.days === null ? 'on the day the decision names' : `${days(s.days)} later`} = ${c.date(s.date)} (WIA art. 25(12–14))`,
    aow: (s, c) =>
      `State pension (AOW) age on ${c.date(s.aowDate)}: wages are paid for ${weeks(s.weeks)} of sickness after it${uncounted(s.uncounted)} = ${c.date(s.date)} (Civil Code 7:629(2)(b) and (10))`,
    employmentEnds: (s, c) => `Employment ends on ${c.date(s.date)}; the employer's wage payment ends with it`,
    calendarDays: (s, c) => {
      const basis =
        s.step === null
          ? `the first sick day ${c.date(s.from)}`
          : s.basis === 'completed'
            ? `${c.stepRef(s.step, 1)} (done on ${c.date(s.from)})`
            : s.basis === 'legalLatest'
              ? `${c.stepRef(s.step, 1)} (strict legal latest ${c.date(s.from)})`
              : `${c.stepRef(s.step, 1)} (not done yet; due ${c.date(s.from)})`;
      const fit =
        s.fitOn === null
          ? ''
          : `; the employee was not sick on ${c.date(s.fitOn)}, so without delay on the next sick day (Regeling procesgang art. 2(3))`;
      return `${days(s.days)} (calendar days) after ${basis}${fit} = ${c.date(s.date)}`;
    },
  },
  derivationPart: { windowStart: 'Opens:', legalLatest: 'Strict legal reading:' },
  reason: {
    'aow-before-wia': (r, c) =>
      `Not applicable: the employee reaches state pension (AOW) age on ${c.date(r.aowDate)}, before a WIA benefit could start`,
    'aow-reached': (r, c) =>
      `Not applicable: the employee reached state pension (AOW) age on ${c.date(r.aowDate)}; no Poortwachter steps apply after that (Civil Code 7:629(2)(b))`,
    'employment-ended': (r, c) =>
      r.report === 'verkort'
        ? `Employment ends on ${c.date(r.lastDayOfEmployment)} after ${r.sickDays} counted sick days: only a shortened re-integration report is needed`
        : r.report === 'geen'
          ? `Employment ends on ${c.date(r.lastDayOfEmployment)} after ${r.sickDays} counted sick days: no re-integration report is needed (sick for less than 6 weeks)`
          : `Not applicable: employment ends on ${c.date(r.lastDayOfEmployment)}; the employer then reports the employee sick to UWV`,
    'case-closed': (r, c) =>
      `Not applicable: the employee recovered on ${c.date(r.fitFrom)} and stayed fit for ${r.gapDays} days or more, so the case closed before this step fell due`,
    suspended: (r, c) =>
      `Suspended: the employee is fit since ${c.date(r.fitFrom)}; the date assumes sickness resumes the day after ${c.date(r.asOf)} and moves with every further fit day`,
    'window-closed': (r, c) => `The window closed on ${c.date(r.date)} without an application`,
    'vangnet-grond': () =>
      'Not applicable: with sickness benefit on a safety-net ground, Sickness Benefits Act art. 38 does not apply (para. 4): no week-42 report and no fine; the safety-net report (art. 38a) takes its place',
    eigenrisicodrager: () =>
      'Not applicable: the employer bears its own Sickness Benefits Act risk (eigenrisicodrager); the sickness report at the end of employment binds only an employer that does not (Sickness Benefits Act art. 38(2))',
  },
  flag: {
    MILESTONE_OVERDUE: (p, label, c) =>
      `${label}: due by ${c.date(p.due)}${p.withinLegal && p.legalLatest !== null ? (p.consequence === 'boete-42e-week' ? ` (UWV itself names the first working day after it, ${c.date(p.legalLatest)}: no fine until then)` : ` (strict legal latest ${c.date(p.legalLatest)})`) : ''} and not recorded. ${enCatalogue.consequence[p.consequence](p.fine)}`,
    MILESTONE_DONE_LATE: (p, label, c) =>
      `${label}: done on ${c.date(p.completedOn)}, after its deadline of ${c.date(p.due)}${p.withinLegal ? ' (within the latest date allowed)' : ''}.${p.fine === null ? '' : ` ${enCatalogue.consequence['boete-42e-week'](p.fine)}`}`,
    STEP_BEFORE_WINDOW: (p, label, c) => `${label}: done on ${c.date(p.completedOn)}, before it could be (from ${c.date(p.windowStart)}).`,
    STEP_WHILE_CLOSED: (p, _label, c) =>
      `The step ‘${enCatalogue.eventType[p.eventType]}’ on ${c.date(p.date)} falls in a time the case was closed (recovered since ${c.date(p.fitFrom)}).`,
    EVENT_AFTER_AS_OF: (p, _label, c) =>
      `The event ‘${enCatalogue.eventType[p.eventType]}’ on ${c.date(p.date)} is after the as-of date ${c.date(p.asOf)} and was not used.`,
    ZIEK_WITHOUT_HERSTELD: (p, _label, c) =>
      `Sick report on ${c.date(p.date)} without a recovery before it: the employee was already sick; the report was ignored.`,
    HERSTELD_TWICE: (p, _label, c) =>
      `Recovery on ${c.date(p.date)} while the employee was not sick (already recovered, or the sickness had not begun); it was ignored.`,
    LOONSANCTIE_OVER_MAX: (p) =>
      `The loonsancties add up to ${weeks(p.weeks)}; the law allows at most ${weeks(p.max)} (WIA art. 25(9)). Computed with ${weeks(p.max)}.`,
    VERLENGING_AFTER_WACHTTIJD: (p, _label, c) =>
      `The extension of ${c.date(p.date)} was recorded after the wachttijd ended (${c.date(p.lastDay)}); an extension must be requested before that end (WIA art. 24).`,
    WIA_LETTER_LATE: (p, _label, c) =>
      `${p.received === null ? `The UWV WIA letter has not arrived by ${c.date(p.latest)}` : `The UWV WIA letter only arrived on ${c.date(p.received)} (due by ${c.date(p.latest)})`}. A WIA application is then still timely within ${days(p.afterLetterDays)} of receiving it (WIA art. 64(6)).`,
    WIA_LETTER_EXTENSION_EXCLUDED: (p, _label, c) =>
      `The UWV WIA letter came late (${c.date(p.letter)}), but the employee gets no 4 extra weeks for the WIA application: the week-42 report was ${p.melding === null ? 'not made' : `only made on ${c.date(p.melding)}`}, while it was due by ${c.date(p.meldingBy)}, before the day the waiting period had lasted 81 weeks (WIA art. 64(6)).`,
    STEP_IMPLIED: (p, label, c) =>
      p.basis !== 'wia-25-lid-9'
        ? `${label}: counts as done on ${c.date(p.date)}, the day of the ${enCatalogue.eventType[p.impliedBy]} (${p.basis === 'wia-66-lid-1' ? 'WIA art. 66(1)' : 'Sickness Benefits Act art. 38(8)'}).`
        : `${label}: not recorded, but done on ${c.date(p.date)} at the latest: the ${enCatalogue.eventType[p.impliedBy]} of that day follows the handling of the application (WIA art. 25(9)). Record the real date; until then nothing is judged late on this date.`,
    WAGE_END_OPEN: (p, _label, c) =>
      `The end of wage payment is still open: the ${enCatalogue.eventType[p.step as 'wia-aanvraag']} is late since ${c.date(p.overdueSince)} and not recorded. Its delay (Civil Code 7:629(11)(a)) counts only once the application is recorded; so far ${p.impliedOn === null ? '' : `at most (until ${c.date(p.impliedOn)}) `}${days(p.extensionSoFar)}.`,
    REPORT_BEFORE_VERLENGING: (p, label, c) =>
      `${label}: made on ${c.date(p.completedOn)}, before the extension of ${c.date(p.verlenging)}; bring it up to date for the extended period by ${c.date(p.due)} (WIA art. 25(4)).`,
    FREQUENT_ABSENCE: (p) =>
      `${p.reports} sick reports in the last ${p.windowDays === 365 ? '12 months' : days(p.windowDays)}: frequent absence often comes before long-term absence. Consider a conversation or a consultation with the occupational physician (policy, not a legal duty).`,
    ATW_CALENDAR_INCOMPLETE: (p) =>
      `The days treated as holidays (Atw art. 3(3)) for ${p.year} are not in the data of this version (known: ${p.knownFrom}–${p.knownUntil}); the date may fall a working day later.`,
    RULES_BEFORE_COVERAGE: (p, _label, c) =>
      `The first sick day is before ${c.date(p.coverageFrom)}; deadlines are computed with today's rules (before 1 July 2013 the report and application were due in weeks 89 and 91).`,
    DUPLICATE_STEP: (p, label, c) =>
      `${label}: recorded ${p.dates.length} times (${p.dates.map((d) => c.date(d)).join(', ')}); the first, of ${c.date(p.counted)}, counts.`,
    NEW_CASE_STARTED: (p, _label, c) =>
      `After an interruption of ${days(p.gapDays)} a new case starts on ${c.date(p.date)} with a new first sick day (no samentelling: an interruption of 4 weeks or more, not directly before and after pregnancy leave, Civil Code 7:629(10)).`,
    RULE_NOT_IN_FORCE: (p, _label, c) =>
      `Wage payment after AOW age (Civil Code 7:629(2)(b)) applies since ${c.date(p.inForceFrom)} (the act on working past AOW age); this case began earlier, yet the end of wage payment was computed with it: check it against the law of the time.`,
    AS_OF_BEFORE_FIRST_SICK_DAY: (p, _label, c) =>
      `The as-of date ${c.date(p.asOf)} is before the first sick day ${c.date(p.firstSickDay)}: there is no sickness to count yet; choose an as-of date on or after the first sick day.`,
  },
  picture: {
    sickPeriods: 'Sick periods',
    sick: 'sick',
    sickAssumed: 'sick (assumed, after as-of date)',
    fitGap: 'fit (samentelling gap)',
    fit: 'fit',
    previousCase: 'earlier case',
    countedDays: 'counted sick days',
    leave: 'pregnancy leave',
    extended: 'extended wachttijd',
    loonsanctie: 'loonsanctie (wage sanction)',
    wachttijd: 'Wachttijd',
    extendedShort: 'extension',
    noWage: 'no wage obligation',
    wachttijd104: 'wachttijd of 104 weeks',
    lateApplication: 'late WIA application',
    asOf: 'as of',
    window: 'window (from … to due date)',
    legalLatest: 'latest legal date',
    completed: 'completed on (tick)',
    overdueSpan: 'overdue until as-of date',
    week: 'wk',
    weekLong: 'week',
    due: 'due',
    doneOn: 'done on',
    receivedOn: 'received on',
    windowFrom: 'window from',
    title: 'Poortwachter timeline',
    legend: 'Legend',
    weekOfSickness: 'week of sickness',
    wachttijdEnd: 'end of wachttijd',
    lateApplicationDays: (days) => `late WIA application +${days} d`,
    loonsanctieWeeks: (weeks) => `loonsanctie +${weeks} wk`,
    describe: (s) =>
      [
        `Sickness case from ${s.firstSickDay}, as of ${s.asOf} (week ${s.week}, ${s.countedSickDays} counted sick days, ${s.periods} sick period(s)).`,
        `The wachttijd ends on ${s.lastDay}; the wage obligation on ${s.wageEnd}.`,
        `${s.steps} steps: ${s.done} done, ${s.doneLate} done late, ${s.overdue} overdue, ${s.dueSoon} due soon, ${s.upcoming} upcoming.`,
        s.overdueSteps.length > 0 ? `Overdue: ${s.overdueSteps.map((m) => `${m.label} (due ${m.due})`).join('; ')}.` : '',
        'The milestone table lists every step in words.',
      ]
        .filter((x) => x !== '')
        .join(' '),
  },
  report: {
    docTitle: 'Poortwachter report',
    titleFirstDay: 'first day of sickness',
    intro:
      'Every step of the Dutch Wet verbetering poortwachter for this sickness case, with its deadline, legal basis and status on the as-of date.',
    firstSickDay: 'First sick day',
    asOf: 'As of',
    status: 'Status',
    week: 'Week of sickness',
    counted: 'Counted sick days',
    lastDay: 'Last day of the wachttijd',
    wiaStart: 'WIA start',
    wageEnd: 'End of wage obligation',
    previous: 'Earlier cases',
    picture: 'Timeline',
    pictureCaption:
      'Each marker sits at the due date of a step; shape and colour give its status (see the legend). Click a marker for its row in the table.',
    flags: 'Findings',
    noFlags: 'No findings.',
    milestones: 'Steps',
    dossier: 'Re-integration dossier',
    dossierIntro: 'What UWV expects in the dossier at the RIV check, and what it holds on the as-of date.',
    colDue: 'Due',
    colWeek: 'Week',
    colStep: 'Step',
    colStatus: 'Status',
    colActor: 'Who',
    colBasis: 'Legal basis',
    colWhy: 'Explanation',
    colItem: 'Item',
    colRequired: 'Required by as-of date',
    colPresent: 'Present',
    colDate: 'Date',
    windowFrom: 'window from',
    legalLatest: 'latest (strict reading)',
    doneOn: 'done on',
    receivedOn: 'received on',
    yes: 'yes',
    no: 'no',
    missing: 'missing',
    notYet: 'not yet due',
    notes: 'Notes on events',
    footer:
      'Made with poortwachter. A tool, not legal advice: when in doubt, check deadlines with the occupational physician, UWV or a lawyer.',
    toStep: 'to the step',
    agreedDeviation: 'agreed deviation',
    deskundigenoordeel: 'Expert opinion (deskundigenoordeel, UWV)',
    detail: {
      leidinggevende: 'case manager: line manager',
      hr: 'case manager: HR',
      extern: 'case manager: external',
      taakdelegatie: 'case manager: delegated tasks (taakdelegatie)',
      volledig: 'full re-integratieverslag',
      verkort: 'short re-integratieverslag',
    },
  },
  table: {
    heading: 'Poortwachter',
    firstSickDay: 'first sick day',
    asOf: 'as of',
    week: 'week',
    countedDays: 'counted sick days',
    lastDay: 'end of wachttijd',
    wiaStart: 'WIA from',
    wageEnd: 'wage obligation until',
    columns: ['Week', 'From', 'Due', 'Step', 'Who', 'Status', 'Done on'],
    from: 'from',
    flags: 'Findings',
    none: 'No findings.',
  },
  csvHeaders: [
    'Step (code)',
    'Occurrence',
    'Kind',
    'Who',
    'Step',
    'From',
    'Due',
    'Week of sickness',
    'Counted day',
    'Strict legal latest',
    'Status',
    'Done on',
    'Legal basis',
    'Status explained',
  ],
  ics: {
    who: 'Who',
    status: 'Status',
    week: 'Week of sickness',
    countedDay: 'counted day',
    window: 'From',
    basis: 'Legal basis',
    calendar: 'Poortwachter',
    case: 'first sick day',
  },
};

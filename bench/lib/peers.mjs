// The peers of docs/performance.md#targets: the same milestone dates computed the way integrations write them
// today, plus the floor. They compute dates only (no statuses, flags, titles or explanations):
// everything the engine returns on top of the dates is extra work the engine does in its time.
//
// Both peers implement exactly what the three bench cases need (counted days across relapses,
// the evaluation chain, the Atw roll with a holiday list, verlenging, the UWV letter) and refuse
// inputs they do not model, so the equality check before timing cannot pass by accident.
import { addDays, differenceInCalendarDays, format, isWeekend, parseISO } from 'date-fns';
import { DateTime } from 'luxon';

const ZONE = 'Europe/Amsterdam';
const UNSUPPORTED = new Set(['zwangerschapsverlof', 'einde-dienstverband', 'aow-leeftijd', 'loonsanctie']);

/** Offsets of the law as integrations hard-code them (counted days, or days before the end). */
export const LAW = {
  melding: 7,
  signalering: 21,
  pa: 42,
  paLegal: 43,
  pvaAfter: 14,
  evalEvery: 42,
  w42Window: 288,
  w42: 295,
  eje: 364,
  ivaWindow: 22,
  ivaLast: 476,
  wachttijd: 728,
  letterBefore: 111,
  letterLatest: 623,
  rivBefore: 91,
  wiaBefore: 77,
  afterLetter: 28,
  gap: 28,
};

function splitEvents(input) {
  const byType = new Map();
  const sorted = [...input.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const e of sorted) {
    if (UNSUPPORTED.has(e.type)) throw new Error(`peer: event type ${e.type} is not modelled`);
    let list = byType.get(e.type);
    if (list === undefined) byType.set(e.type, (list = []));
    list.push(e);
  }
  return { sorted, byType };
}

/**
 * The generic peer: `cal` supplies the date operations (luxon or date-fns); everything else is the
 * same integration logic. Returns [key, isoDate] pairs: `id#occurrence.field`.
 */
function peerDates(input, asOf, cal) {
  const { sorted, byType } = splitEvents(input);
  const d1 = cal.parse(input.firstSickDay);
  // Sick periods (samentelling: gaps < 28 days continue the case; anything else is not modelled).
  const periods = [];
  let start = d1;
  let fit = null;
  for (const e of sorted) {
    if (e.date > asOf) continue;
    if (e.type === 'hersteld') {
      const h = cal.parse(e.date);
      periods.push([start, cal.add(h, -1)]);
      fit = h;
    } else if (e.type === 'ziek') {
      const s = cal.parse(e.date);
      if (fit === null || cal.diff(s, fit) >= LAW.gap) throw new Error('peer: new case not modelled');
      start = s;
      fit = null;
    }
  }
  if (fit !== null) throw new Error('peer: recovered case not modelled');
  periods.push([start, null]);
  const countedDay = (n) => {
    let rest = n;
    for (const [s, e] of periods) {
      const size = e === null ? Number.POSITIVE_INFINITY : cal.diff(e, s) + 1;
      if (rest <= size) return cal.add(s, rest - 1);
      rest -= size;
    }
    throw new Error('unreachable');
  };
  const countedIndex = (d) => {
    let n = 0;
    for (const [s, e] of periods) {
      if (cal.before(d, s)) break;
      n += (e === null || cal.before(d, e) ? cal.diff(d, s) : cal.diff(e, s)) + 1;
    }
    return n;
  };
  const after = (base, n) => countedDay(countedIndex(base) + n);
  const first = (type) => {
    const list = byType.get(type);
    return list !== undefined && list[0].date <= asOf ? cal.parse(list[0].date) : null;
  };
  const out = [];
  const put = (key, d) => out.push([key, d === null ? null : cal.format(d)]);

  put('melding-bedrijfsarts#1.due', countedDay(LAW.melding));
  put('signalering-week-3#1.due', countedDay(LAW.signalering));
  // The first weeks count calendar days (Regeling procesgang art. 2 lid 2, art. 4 lid 1); a day that
  // is not a sick day moves to the next sick day ("onverwijld", art. 2 lid 3).
  const calendarDays = (base, n) => countedDay(countedIndex(cal.add(base, n - 1)) + 1);
  const day1 = countedDay(1);
  const paDue = calendarDays(day1, LAW.pa - 1);
  const paLegal = calendarDays(day1, LAW.paLegal - 1);
  put('probleemanalyse#1.due', paDue);
  put('probleemanalyse#1.legalLatest', paLegal);
  const paDone = first('probleemanalyse');
  const pvaDue = calendarDays(paDone ?? paDue, LAW.pvaAfter);
  const pvaLegal = paDone === null ? calendarDays(paLegal, LAW.pvaAfter) : null;
  for (const id of ['plan-van-aanpak', 'casemanager']) {
    put(`${id}#1.due`, pvaDue);
    put(`${id}#1.legalLatest`, pvaLegal);
  }
  // Wachttijd and verlenging.
  let weeks = 0;
  for (const v of byType.get('verlenging') ?? []) if (v.date <= asOf) weeks += v.weeks;
  const lastDay = cal.add(countedDay(LAW.wachttijd), 7 * weeks);
  // Evaluations every 42 counted days after the plan van aanpak (done date, else due date).
  const evals = (byType.get('evaluatie') ?? []).filter((e) => e.date <= asOf);
  let base = first('plan-van-aanpak') ?? pvaDue;
  for (let k = 1; ; k++) {
    const due = after(base, LAW.evalEvery);
    const rec = evals[k - 1];
    if (cal.before(lastDay, due) && rec === undefined) break;
    put(`evaluatie#${k}.due`, due);
    // Never backward: an evaluation dated before the current base leaves the base as it is.
    if (rec === undefined) base = due;
    else if (!cal.before(cal.parse(rec.date), base)) base = cal.parse(rec.date);
  }
  // 42e-weeksmelding: due on ZW 38 lid 1's own day, not rolled (Atw art. 4 a); UWV's first werkdag
  // from then on is its legalLatest.
  put('42e-weeksmelding#1.windowStart', countedDay(LAW.w42Window));
  const w42 = countedDay(LAW.w42);
  put('42e-weeksmelding#1.due', w42);
  let w42Werkdag = w42;
  while (!cal.workingDay(w42Werkdag)) w42Werkdag = cal.add(w42Werkdag, 1);
  put('42e-weeksmelding#1.legalLatest', w42Werkdag);
  // The eerstejaarsevaluatie is a target at the end of the first sick year, with no window; spoor 2
  // (advice) is due at the same day, UWV practice, with no window either.
  put('eerstejaarsevaluatie#1.due', countedDay(LAW.eje));
  put('spoor-2-besluit#1.due', countedDay(LAW.eje));
  put('vervroegde-iva#1.windowStart', countedDay(LAW.ivaWindow));
  put('vervroegde-iva#1.due', countedDay(LAW.ivaLast));
  const letterFrom = cal.add(lastDay, -LAW.letterBefore);
  put('wia-brief-uwv#1.due', letterFrom);
  put('wia-brief-uwv#1.legalLatest', cal.add(countedDay(LAW.letterLatest), 7 * weeks)); // moved by a verlenging
  put('eindevaluatie#1.due', cal.add(lastDay, -LAW.rivBefore));
  put('re-integratieverslag#1.due', cal.add(lastDay, -LAW.rivBefore));
  const letter = first('wia-brief-ontvangen');
  let wiaDue = cal.add(lastDay, -LAW.wiaBefore);
  if (letter !== null && cal.before(wiaDue, cal.add(letter, LAW.afterLetter))) wiaDue = cal.add(letter, LAW.afterLetter);
  put('wia-aanvraag#1.windowStart', letter ?? letterFrom);
  put('wia-aanvraag#1.due', wiaDue);
  put('einde-wachttijd#1.due', lastDay);
  put('wachttijd.lastDay', lastDay);
  put('wachttijd.wiaStart', cal.add(lastDay, 1));
  put('wageObligationEnd', lastDay);
  return out;
}

/** (a) luxon: a zoned `DateTime` per milestone, `plus`, `diff`, weekday checks, `toISODate`. */
export function luxonPeer(holidayIsoDates) {
  const holidays = new Set(holidayIsoDates);
  const cal = {
    parse: (s) => DateTime.fromISO(s, { zone: ZONE }),
    add: (d, n) => d.plus({ days: n }),
    diff: (a, b) => Math.round(a.diff(b, 'days').days),
    before: (a, b) => a < b,
    workingDay: (d) => d.weekday <= 5 && !holidays.has(d.toISODate()),
    format: (d) => d.toISODate(),
  };
  return (input, asOf) => peerDates(input, asOf, cal);
}

/** (b) date-fns on `Date` (local midnight): `addDays`, `differenceInCalendarDays`, `isWeekend`, `format`. */
export function dateFnsPeer(holidayIsoDates) {
  const holidays = new Set(holidayIsoDates);
  const cal = {
    parse: (s) => parseISO(s),
    add: (d, n) => addDays(d, n),
    diff: (a, b) => differenceInCalendarDays(a, b),
    before: (a, b) => a.getTime() < b.getTime(),
    workingDay: (d) => !isWeekend(d) && !holidays.has(format(d, 'yyyy-MM-dd')),
    format: (d) => format(d, 'yyyy-MM-dd'),
  };
  return (input, asOf) => peerDates(input, asOf, cal);
}

/**
 * The floor: bare epoch-day integer additions for the 16 one-off dates of an uninterrupted case
 * (first sick day already an integer, probleemanalyse done on `paDone`).
 */
export function floorDates(d1, paDone) {
  const end = d1 + 727;
  return [
    d1 + 6,
    d1 + 20,
    d1 + 41,
    d1 + 42,
    paDone + 14,
    paDone + 14,
    d1 + 287,
    d1 + 294,
    d1 + 363, // spoor-2-besluit: no window since the fourth pass; due at the end of week 52
    d1 + 363,
    d1 + 21,
    d1 + 475,
    end - 111,
    end - 91,
    end - 77,
    end,
  ];
}

/** The engine's dates in the peers' shape, for the equality check. */
export function engineDates(t) {
  const out = [];
  for (const m of t.milestones) {
    for (const f of ['windowStart', 'due', 'legalLatest']) {
      if (
        f === 'due' ||
        m[f] !== null ||
        (f === 'legalLatest' && (m.id === 'plan-van-aanpak' || m.id === 'casemanager' || m.id === 'probleemanalyse'))
      ) {
        out.push([`${m.id}#${m.occurrence}.${f}`, m[f]]);
      }
    }
  }
  out.push(
    ['wachttijd.lastDay', t.wachttijd.lastDay],
    ['wachttijd.wiaStart', t.wachttijd.wiaStart],
    ['wageObligationEnd', t.wageObligationEnd],
  );
  return out;
}

/** Compares two [key, date] lists as sets; returns the differences (empty when equal). */
export function compareDates(a, b) {
  const ma = new Map(a);
  const mb = new Map(b);
  const diffs = [];
  for (const [k, v] of ma) if (!mb.has(k) || mb.get(k) !== v) diffs.push(`${k}: engine ${v} vs peer ${mb.get(k)}`);
  for (const [k, v] of mb) if (!ma.has(k)) diffs.push(`${k}: engine - vs peer ${v}`);
  return diffs;
}

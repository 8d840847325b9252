// Cases for the benchmarks: the three fixed cases of issue 6 (docs/performance.md), and a seeded
// generator of realistic cases for the batch benchmark and the identity check.
// Dates are handled as epoch days here too (no Date), so the generator is TZ-independent.

const DAY_MS = 86_400_000;
/** Epoch day → ISO date (UTC arithmetic on a timestamp: no local midnight involved). */
export const iso = (d) => new Date(d * DAY_MS).toISOString().slice(0, 10);
/** ISO date → epoch day. */
export const day = (s) => Date.parse(`${s}T00:00:00Z`) / DAY_MS;

/**
 * Typical open case: first sick day + 8 events, asOf in week 30 (counted day 206, a Wednesday).
 * Partial return, three evaluations (the last one late), so flags and explanations are produced.
 */
export function typicalCase(d1 = day('2025-06-02')) {
  return {
    input: {
      firstSickDay: iso(d1),
      events: [
        { type: 'melding-bedrijfsarts', date: iso(d1 + 2) },
        { type: 'probleemanalyse', date: iso(d1 + 38) },
        { type: 'plan-van-aanpak', date: iso(d1 + 50) },
        { type: 'casemanager', date: iso(d1 + 50), casemanagerType: 'hr' },
        { type: 'gedeeltelijk-hersteld', date: iso(d1 + 70), percentage: 50 },
        { type: 'evaluatie', date: iso(d1 + 92) },
        { type: 'evaluatie', date: iso(d1 + 134) },
        { type: 'evaluatie', date: iso(d1 + 180) },
      ],
    },
    asOf: iso(d1 + 29 * 7 + 2),
  };
}

/** Fresh case: only a first sick day, asOf three days later. */
export function freshCase(d1 = day('2025-11-10')) {
  return { input: { firstSickDay: iso(d1), events: [] }, asOf: iso(d1 + 3) };
}

/**
 * Long case: two relapses within 28 days (samentelling), 15 evaluations, the 42-week report,
 * first-year evaluation, verlenging of 26 weeks, asOf late in the extended wachttijd.
 */
export function longCase(d1 = day('2023-01-09')) {
  const events = [
    { type: 'melding-bedrijfsarts', date: iso(d1 + 1) },
    { type: 'signalering-week-3', date: iso(d1 + 19) },
    { type: 'hersteld', date: iso(d1 + 24) },
    { type: 'ziek', date: iso(d1 + 35) },
    { type: 'probleemanalyse', date: iso(d1 + 60) },
    { type: 'plan-van-aanpak', date: iso(d1 + 72) },
    { type: 'casemanager', date: iso(d1 + 70), casemanagerType: 'extern' },
  ];
  let ev = d1 + 72;
  for (let k = 1; k <= 15; k++) {
    ev += k === 6 ? 50 : 40; // one evaluation late
    events.push({ type: 'evaluatie', date: iso(ev) });
    if (k === 4) {
      events.push({ type: 'hersteld', date: iso(ev + 3) });
      events.push({ type: 'ziek', date: iso(ev + 17) });
      ev += 14;
    }
  }
  events.push(
    { type: '42e-weeksmelding', date: iso(d1 + 300) },
    { type: 'eerstejaarsevaluatie', date: iso(d1 + 370) },
    { type: 'deskundigenoordeel', date: iso(d1 + 420) },
    { type: 'verlenging', date: iso(d1 + 600), weeks: 26 },
    { type: 'wia-brief-ontvangen', date: iso(d1 + 640) },
  );
  return { input: { firstSickDay: iso(d1), events }, asOf: iso(d1 + 700) };
}

/** Small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One realistic case as seen by a payroll integration on `asOf` (epoch day): how long the employee
 * has been sick is skewed towards short absences; steps are mostly done, some late or missing;
 * some relapses, partial returns, leave, end of employment, verlenging.
 */
export function randomCase(r, asOf, id) {
  const pick = r();
  const age = pick < 0.35 ? Math.floor(r() * 42) : pick < 0.75 ? 42 + Math.floor(r() * 250) : 292 + Math.floor(r() * 500);
  const d1 = asOf - age;
  const events = [];
  const at = (offset, ev) => {
    if (d1 + offset <= asOf) events.push({ ...ev, date: iso(d1 + offset) });
  };
  const jitter = (n) => Math.floor((r() - 0.3) * n);
  if (r() < 0.9) at(1 + Math.floor(r() * 6), { type: 'melding-bedrijfsarts' });
  if (r() < 0.4) at(18 + Math.floor(r() * 5), { type: 'signalering-week-3' });
  let shift = 0;
  if (r() < 0.12 && age > 30) {
    const h = 5 + Math.floor(r() * Math.min(age - 20, 200));
    const gap = 3 + Math.floor(r() * (r() < 0.8 ? 20 : 40));
    at(h, { type: 'hersteld' });
    at(h + gap, { type: 'ziek' });
    shift = gap;
  }
  const pa = 38 + jitter(12);
  if (r() < 0.92) at(pa, { type: 'probleemanalyse' });
  const pva = pa + 12 + jitter(8);
  if (r() < 0.9) {
    at(pva, { type: 'plan-van-aanpak' });
    at(pva + jitter(4), { type: 'casemanager', casemanagerType: ['leidinggevende', 'hr', 'extern', 'taakdelegatie'][Math.floor(r() * 4)] });
  }
  if (r() < 0.3) at(60 + Math.floor(r() * 100), { type: 'gedeeltelijk-hersteld', percentage: 25 + 25 * Math.floor(r() * 3) });
  let ev = pva + shift;
  while (ev < age && r() < 0.93) {
    ev += 42 + jitter(10);
    at(ev, { type: 'evaluatie' });
  }
  if (r() < 0.8) at(290 + shift + jitter(8), { type: '42e-weeksmelding' });
  if (r() < 0.7) at(340 + shift + jitter(20), { type: 'eerstejaarsevaluatie' });
  if (r() < 0.05) at(Math.floor(r() * 400), { type: 'deskundigenoordeel' });
  if (r() < 0.03) at(100 + Math.floor(r() * 200), { type: 'zwangerschapsverlof', until: iso(d1 + 400) });
  if (r() < 0.04) at(80 + Math.floor(r() * 500), { type: 'einde-dienstverband' });
  if (r() < 0.05) at(560 + Math.floor(r() * 60), { type: 'verlenging', weeks: 13 + 13 * Math.floor(r() * 3) });
  if (r() < 0.6) at(600 + shift + jitter(20), { type: 'wia-brief-ontvangen' });
  if (r() < 0.6) at(630 + shift + jitter(20), { type: 'eindevaluatie' });
  if (r() < 0.6) at(632 + shift + jitter(20), { type: 're-integratieverslag' });
  if (r() < 0.6) at(645 + shift + jitter(20), { type: 'wia-aanvraag' });
  if (r() < 0.04 && age > 100) at(age - 10 - Math.floor(r() * 20), { type: 'hersteld' });
  // Integrations send events in storage order, not always by date.
  if (r() < 0.2) events.reverse();
  return { id: `emp-${id}`, firstSickDay: iso(d1), events };
}

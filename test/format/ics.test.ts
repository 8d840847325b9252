import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays, formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import { foldIcsLine } from '../../src/format/ics.js';
import { renderIcs } from '../../src/format/index.js';
import { isOpen } from '../../src/format/labels.js';
import { type CaseTimeline, evaluateCase, milestoneName } from '../../src/index.js';
import { fc, test } from '../fc.js';

const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../examples', name), 'utf8'));

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

/** Every step but the info milestones has one event: confirmed while open, cancelled once done or not needed. */
const inCalendar = (t: CaseTimeline) => t.milestones.filter((m) => m.kind !== 'info');

function expectRoundTrip(timeline: CaseTimeline, ics: string): void {
  const steps = inCalendar(timeline);
  const parsed = events(ics);
  expect(parsed).toHaveLength(steps.length);
  parsed.forEach((e, i) => {
    const m = steps[i];
    if (m === undefined) throw new Error('more events than steps');
    expect(e.getFirstPropertyValue('status')).toBe(isOpen(m) ? 'CONFIRMED' : 'CANCELLED');
    const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = e.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe(m.due);
    expect(end.isDate).toBe(true);
    expect(end.toString()).toBe(formatIsoDate(addDays(parseIsoDate(m.due), 1)));
  });
}

describe('renderIcs', () => {
  const timeline = evaluateCase(read('complex-case.json'), { explain: true, asOf: '2025-06-02' });
  const ics = renderIcs(timeline, { caseId: 'E-17' });

  it('parses with ical.js and round-trips every due date, open steps confirmed and the others cancelled', () => {
    expectRoundTrip(timeline, ics);
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//poortwachter//poortwachter//NL');
  });

  it('uses CRLF everywhere and folds every line at 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('gives every event a stable, unique UID and a DTSTAMP', () => {
    const parsed = events(ics);
    const uids = parsed.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('poortwachter-E-17-2024-03-04-evaluatie-6@poortwachter');
    expect(renderIcs(timeline, { caseId: 'E-17' })).toBe(ics);
    // A later evaluation of the same case keeps the UIDs of the steps still open.
    const later = events(renderIcs(evaluateCase(read('complex-case.json'), { asOf: '2025-09-01' }), { caseId: 'E-17' }));
    expect(later.map((e) => String(e.getFirstPropertyValue('uid')))).toContain('poortwachter-E-17-2024-03-04-evaluatie-8@poortwachter');
    expect(parsed.every((e) => (e.getFirstPropertyValue('dtstamp') as ICAL.Time).toString() === '2025-06-02T00:00:00Z')).toBe(true);
    const stamped = events(renderIcs(timeline, { dtstamp: new Date(Date.UTC(2025, 5, 2, 13, 4, 5)) }));
    expect((stamped[0]?.getFirstPropertyValue('dtstamp') as ICAL.Time | undefined)?.toString()).toBe('2025-06-02T13:04:05Z');
  });

  it('escapes text so that summaries and descriptions come back intact', () => {
    const weird = 'ACME; afdeling, "Zuid"\\Noord\nregel 2';
    const parsed = events(renderIcs(timeline, { caseId: weird, lang: 'en' }));
    const first = inCalendar(timeline)[0];
    expect(parsed[0]?.getFirstPropertyValue('summary')).toBe(
      `[${weird}] ${first && milestoneName(first.id, 'en')}${first?.id === 'evaluatie' ? ` ${first.occurrence}` : ''}`,
    );
    expect(String(parsed[0]?.getFirstPropertyValue('description'))).toContain('Who: ');
    expect(String(parsed[0]?.getFirstPropertyValue('uid'))).not.toMatch(/[\s;,"\\]/);
  });

  it('cancels every event of a closed case', () => {
    const done = evaluateCase({ firstSickDay: '2025-01-06', events: [{ type: 'hersteld', date: '2025-01-08' }] }, { asOf: '2025-03-10' });
    const parsed = events(renderIcs(done));
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed.every((e) => e.getFirstPropertyValue('status') === 'CANCELLED')).toBe(true);
  });

  test.prop([fc.integer({ min: parseIsoDate('2014-01-01'), max: parseIsoDate('2030-12-31') }), fc.integer({ min: 0, max: 900 })])(
    'round-trips the due dates of any case under ical.js',
    (day1, age) => {
      const t = evaluateCase({ firstSickDay: formatIsoDate(day1) }, { asOf: formatIsoDate(day1 + age) });
      expectRoundTrip(t, renderIcs(t));
    },
  );
});

describe('foldIcsLine', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 400 })])(
    'never exceeds 75 octets, never splits a character, unfolds to the input',
    (text) => {
      const folded = foldIcsLine(`DESCRIPTION:${text.replace(/[\r\n]/g, '')}`);
      expect(folded.endsWith('\r\n')).toBe(true);
      const physical = folded.slice(0, -2).split('\r\n');
      for (const [i, line] of physical.entries()) {
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        if (i > 0) expect(line.startsWith(' ')).toBe(true);
        expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line); // whole characters only
      }
      expect(folded.slice(0, -2).replaceAll('\r\n ', '')).toBe(`DESCRIPTION:${text.replace(/[\r\n]/g, '')}`);
    },
  );

  it('leaves a short line alone', () => {
    expect(foldIcsLine('SUMMARY:kort')).toBe('SUMMARY:kort\r\n');
  });
});

describe('calendar sync: two successive exports (issue 11)', () => {
  // D1 Mon 2025-01-06. Export 1 on 2025-02-10: the probleemanalyse (due 2025-02-16) is open.
  // Export 2 on 2025-03-10, after it was done on 2025-02-12 and the plan van aanpak moved to
  // 2025-02-26 (PA + 14): the same UIDs, a higher SEQUENCE, the probleemanalyse cancelled and the
  // plan van aanpak moved — an importing calendar updates its events instead of adding copies.
  const d1 = '2025-01-06';
  const first = events(renderIcs(evaluateCase({ firstSickDay: d1 }, { asOf: '2025-02-10' }), { caseId: 'E-1' }));
  const second = events(
    renderIcs(evaluateCase({ firstSickDay: d1, events: [{ type: 'probleemanalyse', date: '2025-02-12' }] }, { asOf: '2025-03-10' }), {
      caseId: 'E-1',
    }),
  );
  const byUid = (list: ReturnType<typeof events>) => new Map(list.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
  const a = byUid(first);
  const b = byUid(second);

  it('keeps one event per step and occurrence under the same UID', () => {
    for (const uid of a.keys()) expect(b.has(uid), uid).toBe(true);
  });

  it('raises the SEQUENCE with the as-of date (35 and 63 days after day 1)', () => {
    expect(first.every((e) => Number(e.getFirstPropertyValue('sequence')) === 35)).toBe(true);
    expect(second.every((e) => Number(e.getFirstPropertyValue('sequence')) === 63)).toBe(true);
  });

  it('cancels the step done since, and moves the step whose date changed', () => {
    const pa = 'poortwachter-E-1-2025-01-06-probleemanalyse-1@poortwachter';
    expect(a.get(pa)?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(b.get(pa)?.getFirstPropertyValue('status')).toBe('CANCELLED');
    const pva = 'poortwachter-E-1-2025-01-06-plan-van-aanpak-1@poortwachter';
    expect(String(a.get(pva)?.getFirstPropertyValue('dtstart'))).toBe('2025-03-02');
    expect(String(b.get(pva)?.getFirstPropertyValue('dtstart'))).toBe('2025-02-26');
  });

  it('gives each step of an employer protocol its own UID', () => {
    const t = evaluateCase(
      { firstSickDay: d1 },
      {
        asOf: '2025-01-07',
        policy: {
          protocol: [
            { id: 'a', title: { nl: 'A', en: 'A' }, actor: 'werkgever', days: 1 },
            { id: 'b', title: { nl: 'B', en: 'B' }, actor: 'werkgever', days: 2 },
          ],
        },
      },
    );
    const uids = events(renderIcs(t)).map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('poortwachter-2025-01-06-protocol-a-1@poortwachter');
  });
});

describe('calendar sync across a recovery (issue 21)', () => {
  // examples/sample-case.json (D1 Mon 2025-01-06) exported while sick on 2025-06-02: 27 events. Then
  // the employee is fit from 2025-06-10: exported again while recovered (2025-06-20, 11 fit days)
  // and once the case is closed (2025-08-01, 53 fit days ≥ 28). Before this fix the evaluations after
  // the recovery left the timeline and 13–14 events of the first export were missing from the next,
  // so a calendar kept them.
  const sick = read('sample-case.json');
  const recovered = { ...sick, events: [...sick.events, { type: 'hersteld', date: '2025-06-10' }] };
  const exportOn = (input: unknown, asOf: string) =>
    events(renderIcs(evaluateCase(input as Parameters<typeof evaluateCase>[0], { asOf }), { caseId: 'VZ-1' }));
  const byUid = (list: ReturnType<typeof events>) => new Map(list.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
  const first = byUid(exportOn(sick, '2025-06-02'));

  it.each([
    ['recovered', '2025-06-20'],
    ['closed', '2025-08-01'],
  ])('keeps every UID of the earlier export once the case is %s, with a higher SEQUENCE', (_, asOf) => {
    const next = byUid(exportOn(recovered, asOf));
    expect(first.size).toBe(27);
    for (const [uid, before] of first) {
      const after = next.get(uid);
      expect(after, uid).toBeDefined();
      expect(Number(after?.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(before.getFirstPropertyValue('sequence')));
    }
  });

  it('cancels the steps the closed case no longer needs, evaluation 16 among them', () => {
    const t = evaluateCase(recovered, { asOf: '2025-08-01' });
    expect(t.status).toBe('closed');
    const next = byUid(exportOn(recovered, '2025-08-01'));
    const ev16 = next.get('poortwachter-VZ-1-2025-01-06-evaluatie-16@poortwachter');
    expect(first.get('poortwachter-VZ-1-2025-01-06-evaluatie-16@poortwachter')?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(ev16?.getFirstPropertyValue('status')).toBe('CANCELLED');
    for (const m of t.milestones) {
      if (m.kind === 'info' || m.status !== 'not-applicable') continue;
      expect(next.get(`poortwachter-VZ-1-2025-01-06-${m.id}-${m.occurrence}@poortwachter`)?.getFirstPropertyValue('status'), m.id).toBe(
        'CANCELLED',
      );
    }
  });

  test.prop([fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 300 })])(
    'never lowers the SEQUENCE of an event, nor drops its UID, when the employee recovers later on',
    (sickFor, fitAfter, later) => {
      // D1 2025-01-06; a first export on D1 + sickFor, recovery fitAfter days later, a second export later still
      const d1 = parseIsoDate('2025-01-06');
      const asOf1 = formatIsoDate(d1 + sickFor);
      const fit = formatIsoDate(d1 + sickFor + fitAfter);
      const asOf2 = formatIsoDate(d1 + sickFor + fitAfter + later);
      const a = byUid(exportOn({ firstSickDay: '2025-01-06' }, asOf1));
      const b = byUid(exportOn({ firstSickDay: '2025-01-06', events: [{ type: 'hersteld', date: fit }] }, asOf2));
      for (const [uid, e] of a) {
        expect(b.has(uid), uid).toBe(true);
        expect(Number(b.get(uid)?.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(e.getFirstPropertyValue('sequence')));
      }
    },
  );
});

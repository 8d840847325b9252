import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays, type CaseTimeline, evaluateCase, foldIcsLine, formatIsoDate, isOpen, parseIsoDate, renderIcs } from '../../src/index.js';

const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../examples', name), 'utf8'));

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

function expectRoundTrip(timeline: CaseTimeline, ics: string): void {
  const open = timeline.milestones.filter(isOpen);
  const parsed = events(ics);
  expect(parsed).toHaveLength(open.length);
  parsed.forEach((e, i) => {
    const m = open[i];
    if (m === undefined) throw new Error('more events than open milestones');
    const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = e.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe(m.due);
    expect(end.isDate).toBe(true);
    expect(end.toString()).toBe(formatIsoDate(addDays(parseIsoDate(m.due), 1)));
  });
}

describe('renderIcs', () => {
  const timeline = evaluateCase(read('complex-case.json'), { asOf: '2025-06-02' });
  const ics = renderIcs(timeline, { caseId: 'E-17' });

  it('parses with ical.js and round-trips every due date of the open milestones', () => {
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
    const first = timeline.milestones.filter(isOpen)[0];
    expect(parsed[0]?.getFirstPropertyValue('summary')).toBe(
      `[${weird}] ${first?.title.en}${first?.id === 'evaluatie' ? ` ${first.occurrence}` : ''}`,
    );
    expect(String(parsed[0]?.getFirstPropertyValue('description'))).toContain('Who: ');
    expect(String(parsed[0]?.getFirstPropertyValue('uid'))).not.toMatch(/[\s;,"\\]/);
  });

  it('writes an empty calendar when nothing is open', () => {
    const done = evaluateCase({ firstSickDay: '2025-01-06', events: [{ type: 'hersteld', date: '2025-01-08' }] }, { asOf: '2025-03-10' });
    const text = renderIcs(done);
    expect(events(text)).toHaveLength(done.milestones.filter(isOpen).length);
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

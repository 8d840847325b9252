/**
 * The ziekmelding to UWV at the end of employment and the reports due with it (Ziektewet art. 38
 * lid 2): moved back to the last working day before a weekend or holiday ("uiterlijk op de laatste
 * werkdag"), and left out for an eigenrisicodrager ("de werkgever die geen eigenrisicodrager is").
 * Each date was computed by hand (the calendar arithmetic is written beside it) and re-checked with
 * `plus` (Date.UTC), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/i18n/index.js';
import { evaluateCase, parseCaseInput } from '../../src/index.js';
import { ms, plus } from './helpers.js';

const d1 = '2025-01-06'; // a Monday

describe('einde dienstverband on a weekend or holiday (Ziektewet art. 38 lid 2: "uiterlijk op de laatste werkdag")', () => {
  // D1 Mon 2025-03-03; employment ends Sun 2025-08-31: 2025-03-03 + 181 = 2025-08-31, so 182
  // counted sick days ≥ 70 (10 weeks): a full re-integratieverslag is due too.
  const d1 = '2025-03-03';
  const run = (end: string) =>
    evaluateCase({ firstSickDay: d1, events: [{ type: 'einde-dienstverband', date: end }] }, { explain: true, asOf: '2025-08-15' });

  it('moves the UWV ziekmelding and the re-integratieverslag from Sunday 31 Aug 2025 back to Friday 29 Aug', () => {
    expect(plus(d1, 181)).toBe('2025-08-31');
    const t = run('2025-08-31');
    for (const id of ['ziekmelding-uwv-einde-dienstverband', 're-integratieverslag', 'eindevaluatie'] as const) {
      const m = ms(t, id);
      expect(m.due, id).toBe('2025-08-29');
      expect(m.derivation.due[m.derivation.due.length - 1]).toEqual({
        kind: 'lastWorkingDay',
        from: '2025-08-31',
        skipped: [
          { date: '2025-08-30', reason: 'zaterdag' },
          { date: '2025-08-31', reason: 'zondag' },
        ],
        date: '2025-08-29',
      });
    }
    expect(ms(t, 're-integratieverslag').variant).toBe('volledig');
    expect(explain(ms(t, 'ziekmelding-uwv-einde-dienstverband'), 'nl').join(' ')).toContain('laatste werkdag vr 29 aug. 2025');
  });

  it('skips Christmas back to Wednesday 24 Dec 2025 when employment ends Sunday 28 Dec', () => {
    // 28 zo, 27 za, 26 Tweede Kerstdag (vr), 25 Eerste Kerstdag (do) → wo 24 Dec 2025.
    const m = ms(run('2025-12-28'), 'ziekmelding-uwv-einde-dienstverband');
    expect(m.due).toBe('2025-12-24');
    const step = m.derivation.due.find((s) => s.kind === 'lastWorkingDay');
    expect(step?.kind === 'lastWorkingDay' && step.skipped.map((s) => s.reason)).toEqual([
      'eerste-kerstdag',
      'tweede-kerstdag',
      'zaterdag',
      'zondag',
    ]);
  });

  it('keeps a last day of employment that is a working day', () => {
    const m = ms(run('2025-08-29'), 'ziekmelding-uwv-einde-dienstverband');
    expect(m.due).toBe('2025-08-29');
    expect(m.derivation.due.some((s) => s.kind === 'lastWorkingDay')).toBe(false);
  });

  it('judges a report on Friday as on time and one on the Sunday as late', () => {
    const done = (date: string) =>
      ms(
        evaluateCase(
          {
            firstSickDay: d1,
            events: [
              { type: 'einde-dienstverband', date: '2025-08-31' },
              { type: 'ziekmelding-uwv-einde-dienstverband', date },
            ],
          },
          { explain: true, asOf: '2025-09-05' },
        ),
        'ziekmelding-uwv-einde-dienstverband',
      ).status;
    expect(done('2025-08-29')).toBe('done');
    expect(done('2025-08-31')).toBe('done-late');
  });
});

describe('einde dienstverband and the eigenrisicodrager (Ziektewet art. 38 lid 2: "de werkgever die geen eigenrisicodrager is")', () => {
  // D1 Mon 2025-03-03, employment ends Sun 2025-08-31 (2025-03-03 + 181): 182 counted sick days
  const run = (eigenrisicodrager?: boolean) =>
    evaluateCase(
      {
        firstSickDay: '2025-03-03',
        events: [{ type: 'einde-dienstverband', date: '2025-08-31' }],
        ...(eigenrisicodrager === undefined ? {} : { eigenrisicodrager }),
      },
      { explain: true, asOf: '2025-08-15' },
    );

  it('drops the ziekmelding to UWV for an eigenrisicodrager, and keeps the re-integratieverslag', () => {
    expect(plus('2025-03-03', 181)).toBe('2025-08-31');
    expect(ms(run(), 'ziekmelding-uwv-einde-dienstverband')).toMatchObject({ due: '2025-08-29', status: 'due-soon' });
    const erd = run(true);
    expect(ms(erd, 'ziekmelding-uwv-einde-dienstverband')).toMatchObject({
      status: 'not-applicable',
      derivation: { reason: { code: 'eigenrisicodrager' } },
    });
    // Friday 2025-08-29, the last werkdag before Sunday 08-31
    expect(ms(erd, 're-integratieverslag').due).toBe('2025-08-29');
  });

  it('rejects a non-boolean, naming the field', () => {
    const r = parseCaseInput({ firstSickDay: d1, eigenrisicodrager: 'ja' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.path).toEqual(['eigenrisicodrager']);
    expect(() => evaluateCase({ firstSickDay: d1, eigenrisicodrager: 'ja' as unknown as boolean }, { asOf: d1 })).toThrow(
      /eigenrisicodrager/,
    );
  });
});

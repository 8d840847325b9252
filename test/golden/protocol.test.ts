/**
 * The employer's verzuimprotocol as data (policy `protocol`, kind `protocol`): each step on its
 * counted day, repeated, paused while fit, recorded with protocol events, flagged like an advice
 * step, and rejected without a kebab-case id. Each date was computed by hand (the calendar
 * arithmetic is written beside it), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { flagMessage } from '../../src/i18n/index.js';
import { type CaseEvent, evaluateCase, legalBasisOf, type ProtocolStep } from '../../src/index.js';

describe("the employer's verzuimprotocol as data (kind protocol)", () => {
  const d1 = '2025-01-06';
  const protocol = [
    {
      id: 'ziekmelding-leidinggevende',
      title: { nl: 'Ziekmelding bij de leidinggevende', en: 'Sick report to the manager' },
      actor: 'werknemer',
      days: 0,
    },
    {
      id: 'contact-leidinggevende',
      title: { nl: 'Contact met de leidinggevende', en: 'Contact with the manager' },
      actor: 'werkgever',
      days: 2,
      repeatEveryDays: 7,
    },
    {
      id: 'spreekuur-bedrijfsarts',
      title: { nl: 'Spreekuur bij de bedrijfsarts', en: 'Consultation with the occupational physician' },
      actor: 'werknemer',
      days: 7,
      after: 'melding-bedrijfsarts',
    },
  ] as const satisfies readonly ProtocolStep[];
  const run = (events: CaseEvent[], asOf: string) =>
    evaluateCase({ firstSickDay: d1, events }, { explain: true, asOf, policy: { protocol } });
  const steps = (t: ReturnType<typeof run>, id: string) => t.milestones.filter((m) => m.id === 'protocol' && m.protocolStep === id);

  it('puts each step on its counted day, after day 1 or after the step it names', () => {
    const t = run([], '2025-01-07');
    expect(steps(t, 'ziekmelding-leidinggevende').map((m) => m.due)).toEqual(['2025-01-06']);
    // melding-bedrijfsarts due D1+6 = 2025-01-12; + 7 = 2025-01-19 (Sun)
    expect(steps(t, 'spreekuur-bedrijfsarts').map((m) => m.due)).toEqual(['2025-01-19']);
    expect(
      steps(t, 'contact-leidinggevende')
        .slice(0, 3)
        .map((m) => m.due),
    ).toEqual(['2025-01-08', '2025-01-15', '2025-01-22']);
    const m = steps(t, 'contact-leidinggevende')[0];
    // The employer's own step: its name is inline (not in the rule table), and it has no legal basis.
    expect(m).toMatchObject({ kind: 'protocol', actor: 'werkgever', consequence: 'protocol', title: protocol[1].title });
    expect(m && legalBasisOf(m)).toEqual([]);
  });

  it('pauses a repeating step while the employee is fit (counted days)', () => {
    // fit 2025-01-10 … 01-16 (7 days): counted day 10 = 2025-01-22 — the second contact
    const t = run(
      [
        { type: 'hersteld', date: '2025-01-10' },
        { type: 'ziek', date: '2025-01-17' },
      ],
      '2025-01-17',
    );
    expect(
      steps(t, 'contact-leidinggevende')
        .slice(0, 2)
        .map((m) => m.due),
    ).toEqual(['2025-01-08', '2025-01-22']);
  });

  it('is recorded with protocol events and flagged like an advice step, never as a legal error', () => {
    const t = run([{ type: 'protocol', step: 'contact-leidinggevende', date: '2025-01-08' }], '2025-01-25');
    const contacts = steps(t, 'contact-leidinggevende');
    expect(contacts[0]?.status).toBe('done');
    expect(contacts[1]).toMatchObject({ due: '2025-01-15', status: 'overdue' });
    const flags = t.flags.filter((f) => f.milestoneId === 'protocol');
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.severity !== 'error')).toBe(true);
    const second = flags.find((f) => f.code === 'MILESTONE_OVERDUE' && f.occurrence === 2);
    expect(second?.protocolStep).toBe('contact-leidinggevende');
    expect(second && flagMessage(second, 'nl')).toMatch(
      /^Stap uit het verzuimprotocol ‘contact-leidinggevende’ 2: uiterlijk wo 15 jan\. 2025 nodig/,
    );
  });

  it('rejects a protocol step without a unique kebab-case id', () => {
    expect(() =>
      evaluateCase(
        { firstSickDay: d1 },
        { explain: true, asOf: '2025-01-07', policy: { protocol: [{ ...protocol[0], id: 'Niet Kebab' }] } },
      ),
    ).toThrow(/policy\.protocol\[0\]\.id/);
  });
});

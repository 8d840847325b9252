/**
 * The order of the timeline: by due date, and steps due on the same day in the order of the rule
 * table (docs/rules.md §2) — the plan van aanpak before the casemanager, the eindevaluatie before
 * the re-integratieverslag. Consumers list the milestones as given, so the order is part of the output.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('milestone order', () => {
  it('is by due date, ties in rule-table order', () => {
    const t = run('2025-01-06', [], '2025-01-06');
    const dues = t.milestones.map((m) => m.due);
    expect(dues).toEqual([...dues].sort());
    const ids = t.milestones.map((m) => m.id);
    // both due 2 Mar 2025 (PA due + 14 days)
    expect(ids.indexOf('plan-van-aanpak')).toBe(ids.indexOf('casemanager') - 1);
    // the first milestones of a fresh case, due 12, 26 Jan and 16 Feb 2025
    expect(ids.slice(0, 3)).toEqual(['melding-bedrijfsarts', 'signalering-week-3', 'probleemanalyse']);
    // eindevaluatie and re-integratieverslag, both due 4 Oct 2026 (last day − 91)
    expect(ids.indexOf('eindevaluatie')).toBe(ids.indexOf('re-integratieverslag') - 1);
    expect(ids.at(-1)).toBe('einde-wachttijd');
  });

  it('puts an evaluation due before a later-listed step first', () => {
    // the first evaluaties (13 Apr … 28 Sep 2025) come before the 42e-weeksmelding (27 Oct 2025), the sixth (9 Nov) after
    const ids = run('2025-01-06', [], '2025-01-06').milestones.map((m) => `${m.id}#${m.occurrence}`);
    expect(ids.indexOf('evaluatie#1')).toBeLessThan(ids.indexOf('42e-weeksmelding#1'));
    expect(ids.indexOf('evaluatie#5')).toBeLessThan(ids.indexOf('42e-weeksmelding#1')); // 28 Sep 2025
    expect(ids.indexOf('evaluatie#6')).toBeGreaterThan(ids.indexOf('42e-weeksmelding#1'));
  });
});

/**
 * The fine for a late ziekmelding to UWV (src/law/fines.ts): the tiers of the Boetebesluit
 * socialezekerheidswetten art. 2b as docs/rules.md gives them (€70 for 1–6 days late, €230 for
 * 7–27, €455 from 28), and the choice of version by the melding's due date, shown with fictitious
 * tables.
 */

import { describe, expect, it } from 'vitest';
import { type FineVersion, ziekmeldingFine } from '../../src/law/fines.js';

const FICTITIOUS: readonly FineVersion[] = [
  {
    validFrom: '2010-01-01',
    tiers: [
      { fromDaysLate: 1, euro: 70 },
      { fromDaysLate: 7, euro: 230 },
    ],
    missingOrIncorrect: 230,
    source: 'fictitious',
  },
  { validFrom: '2030-01-01', tiers: [{ fromDaysLate: 1, euro: 100 }], missingOrIncorrect: 100, source: 'fictitious' },
];

describe('ziekmeldingFine', () => {
  it('follows the tiers of docs/rules.md at each boundary', () => {
    const due = '2025-10-27';
    expect([1, 6, 7, 27, 28, 200].map((late) => ziekmeldingFine(due, late))).toEqual([70, 70, 230, 230, 455, 455]);
  });

  it('fines nothing for a melding on time or early, whatever the tiers say', () => {
    expect(ziekmeldingFine('2025-10-27', 0)).toBe(0);
    expect(ziekmeldingFine('2025-10-27', -3)).toBe(0);
    // a table with a tier from 0 days late still fines nothing at 0 days
    const fromZero: FineVersion[] = [
      { validFrom: '2010-01-01', tiers: [{ fromDaysLate: 0, euro: 5 }], missingOrIncorrect: 5, source: 'fictitious' },
    ];
    expect(ziekmeldingFine('2025-10-27', 0, fromZero)).toBe(0);
    expect(ziekmeldingFine('2025-10-27', 1, fromZero)).toBe(5);
  });

  it('takes the version in force on the due date, from its first day on', () => {
    expect(ziekmeldingFine('2029-12-31', 7, FICTITIOUS)).toBe(230);
    expect(ziekmeldingFine('2030-01-01', 7, FICTITIOUS)).toBe(100);
    expect(ziekmeldingFine('2041-06-01', 7, FICTITIOUS)).toBe(100);
    expect(ziekmeldingFine('2010-01-01', 1, FICTITIOUS)).toBe(70);
    // before the first version: the first one applies
    expect(ziekmeldingFine('2005-01-01', 1, FICTITIOUS)).toBe(70);
  });

  it('fines nothing when the table is empty', () => {
    expect(ziekmeldingFine('2025-10-27', 10, [])).toBe(0);
  });
});

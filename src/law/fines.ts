/**
 * The fine for a late ziekmelding to UWV (the 42e-weeksmelding, and the melding at the end of
 * employment): Ziektewet art. 38 lid 3 ("een bestuurlijke boete van ten hoogste € 455"), with the
 * amounts by how late the melding is in the Boetebesluit socialezekerheidswetten, art. 2c (art. 2b
 * says when a melding is "niet behoorlijk nagekomen"). The amounts are maxima: UWV may lower a fine
 * or waive it (Ziektewet art. 45a lid 8).
 * Versioned by the day the melding was due (the offence), as every rule here is.
 *
 * Sources: Boetebesluit socialezekerheidswetten, https://wetten.overheid.nl/BWBR0011708 (art. 2c;
 * Stb. 2003, 317, https://zoek.officielebekendmakingen.nl/stb-2003-317.html, and Stb. 2008, 429,
 * https://zoek.officielebekendmakingen.nl/stb-2008-429.html, which applied it to the
 * 42e-weeksmelding). The amounts (€70 under 7 days late, €230 for 7–27 days, €455 from 28 days and
 * for an incorrect or missing melding) are not indexed yearly; see docs/rules.md.
 *
 * @module
 */

/** One tier: from this many days late, this many euros. */
export interface FineTier {
  readonly fromDaysLate: number;
  readonly euro: number;
}

/** The fines in force from `validFrom` (the melding's due date) on. */
export interface FineVersion {
  readonly validFrom: string;
  /** Ascending by `fromDaysLate`. */
  readonly tiers: readonly FineTier[];
  /** A melding not made at all, or with a wrong first sick day: the maximum. */
  readonly missingOrIncorrect: number;
  readonly source: string;
}

/** The versions of the fine for a late ziekmelding to UWV, oldest first. */
export const ZIEKMELDING_FINES: readonly FineVersion[] = Object.freeze([
  {
    validFrom: '2010-01-01',
    tiers: [
      { fromDaysLate: 1, euro: 70 },
      { fromDaysLate: 7, euro: 230 },
      { fromDaysLate: 28, euro: 455 },
    ],
    missingOrIncorrect: 455,
    source: 'Boetebesluit socialezekerheidswetten art. 2c (https://wetten.overheid.nl/BWBR0011708)',
  },
]);

/**
 * The fine for a melding due on `due` (ISO) and made `daysLate` days late (0 or less: none).
 *
 * @example
 * ziekmeldingFine('2025-10-27', 6) //=> 70
 * ziekmeldingFine('2025-10-27', 7) //=> 230
 * ziekmeldingFine('2025-10-27', 28) //=> 455
 */
export function ziekmeldingFine(due: string, daysLate: number, versions: readonly FineVersion[] = ZIEKMELDING_FINES): number {
  if (daysLate <= 0) return 0;
  let version = versions[0];
  if (version === undefined) return 0;
  for (const v of versions) if (v.validFrom <= due) version = v;
  let euro = 0;
  for (const t of version.tiers) if (daysLate >= t.fromDaysLate) euro = t.euro;
  return euro;
}

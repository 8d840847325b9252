/**
 * The Algemene termijnenwet (Atw) calendar as data (docs/law.md#atw).
 *
 * Art. 1 lid 1: a statutory term that ends on a Saturday, Sunday or algemeen erkende feestdag is
 * extended to the next day that is none of these. Art. 1 lid 2: not for terms counted backward.
 * Art. 3: the feestdagen, plus days "gelijkgesteld" by koninklijk besluit (published per few years).
 *
 * @module
 */

/** A day made equal to an algemeen erkende feestdag by koninklijk besluit (Atw art. 3 lid 3). */
export interface GelijkgesteldeDag {
  readonly date: string;
  readonly source: string;
}

/** Where the gelijkgestelde dagen of 2023–2025 are listed (docs/sources.md#gelijkgestelde-dagen). */
const LIST_2023_2025 = 'https://wvhl.nl/algemeen/de-algemene-termijnenwet';
/** Where the gelijkgestelde dagen of 2026–2028 are listed (docs/sources.md#gelijkgestelde-dagen). */
const LIST_2026_2028 =
  'https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745';

/**
 * Gelijkgestelde dagen 2023–2028 (docs/law.md#atw; sources: docs/sources.md#gelijkgestelde-dagen).
 * Normal working days for everyone else; only for computing statutory terms are they treated as
 * holidays.
 */
export const GELIJKGESTELDE_DAGEN: readonly GelijkgesteldeDag[] = Object.freeze([
  { date: '2023-04-28', source: `Besluit gelijkstelling dagen met algemeen erkende feestdagen 2023, ${LIST_2023_2025}` },
  { date: '2023-05-19', source: `Besluit gelijkstelling dagen met algemeen erkende feestdagen 2023, ${LIST_2023_2025}` },
  { date: '2024-05-10', source: `Besluit gelijkstelling dagen met algemeen erkende feestdagen 2024, ${LIST_2023_2025}` },
  { date: '2024-12-27', source: `Besluit gelijkstelling dagen met algemeen erkende feestdagen 2024, ${LIST_2023_2025}` },
  { date: '2025-05-30', source: `Besluit gelijkstelling dagen met algemeen erkende feestdagen 2025, ${LIST_2023_2025}` },
  { date: '2026-01-02', source: `Besluit gelijkstelling 2026–2028, ${LIST_2026_2028}` },
  { date: '2026-05-15', source: `Besluit gelijkstelling 2026–2028, ${LIST_2026_2028}` },
  { date: '2027-05-07', source: `Besluit gelijkstelling 2026–2028, ${LIST_2026_2028}` },
  { date: '2028-04-28', source: `Besluit gelijkstelling 2026–2028, ${LIST_2026_2028}` },
  { date: '2028-05-26', source: `Besluit gelijkstelling 2026–2028, ${LIST_2026_2028}` },
]);

/**
 * The last year for which the gelijkgestelde dagen are known. A roll that reaches past it is
 * computed with the statutory feestdagen only and flagged (`ATW_CALENDAR_INCOMPLETE`).
 */
export const GELIJKGESTELDE_DAGEN_KNOWN_UNTIL_YEAR = 2028;

/** First year covered by the published gelijkstellingsbesluiten in {@link GELIJKGESTELDE_DAGEN}. */
export const GELIJKGESTELDE_DAGEN_KNOWN_FROM_YEAR = 2023;

/**
 * How the King's (Queen's) birthday is fixed, by period (Atw art. 3 lid 1: "de dag waarop de
 * verjaardag van de Koning wordt gevierd"). Since 2014 Koningsdag is 27 April, or 26 April when the
 * 27th is a Sunday; 1949–2013 Koninginnedag was 30 April, moved to the 29th when the 30th was a
 * Sunday (from 1980; before that to 1 May). Years before 1949 are not modelled (see docs/rules.md).
 */
export const KONINGSDAG_RULES = Object.freeze([
  { fromYear: 2014, month: 4, day: 27, ifSunday: -1 },
  { fromYear: 1980, month: 4, day: 30, ifSunday: -1 },
  { fromYear: 1949, month: 4, day: 30, ifSunday: 1 },
] as const);

/**
 * The algemeen erkende feestdagen of Atw art. 3 lid 1 with Goede Vrijdag (gelijkgesteld), as
 * offsets from Easter Sunday or fixed dates. "De vijfde mei" counts every year for the Atw.
 */
export const ATW_FEESTDAGEN = Object.freeze({
  fixed: [
    { month: 1, day: 1, id: 'nieuwjaarsdag', name: 'Nieuwjaarsdag' },
    { month: 5, day: 5, id: 'bevrijdingsdag', name: 'Bevrijdingsdag (vijfde mei)' },
    { month: 12, day: 25, id: 'eerste-kerstdag', name: 'Eerste Kerstdag' },
    { month: 12, day: 26, id: 'tweede-kerstdag', name: 'Tweede Kerstdag' },
  ],
  easterOffsets: [
    { offset: -2, id: 'goede-vrijdag', name: 'Goede Vrijdag' },
    { offset: 1, id: 'tweede-paasdag', name: 'Tweede Paasdag' },
    { offset: 39, id: 'hemelvaartsdag', name: 'Hemelvaartsdag' },
    { offset: 50, id: 'tweede-pinksterdag', name: 'Tweede Pinksterdag' },
  ],
} as const);

/**
 * The milestone rules with their words and citations: each step's titles (Dutch and English) and
 * legal basis, joined to the engine's record of the step (./steps.ts). What is the same for every
 * case of a step is looked up here by id (`ruleOf`, `poortwachter sources`, `GET /v1/rules`), not
 * repeated in timelines; the engine imports ./steps.ts only, so its bundle carries none of this text.
 *
 * @module
 */
import type { LocalizedText, MilestoneId } from '../types.js';
import { type LegalBasis, SOURCES } from './sources.js';
import { STEP_RULES, type StepRule } from './steps.js';

export type { DateRule, ParamName, PolicyParamName, StepRule } from './steps.js';

/** The definition of one milestone: the engine's record of the step, with its titles and legal basis. */
export interface MilestoneRule extends StepRule {
  readonly title: LocalizedText;
  readonly legalBasis: readonly LegalBasis[];
}

/** Titles and legal basis per step. */
const RULE_TEXT: Readonly<Record<Exclude<MilestoneId, 'protocol'>, Pick<MilestoneRule, 'title' | 'legalBasis'>>> = {
  'melding-bedrijfsarts': {
    title: { nl: 'Melding aan de bedrijfsarts', en: 'Report to the occupational physician' },
    legalBasis: [SOURCES.regelingArt2Lid1, SOURCES.practiceBedrijfsarts],
  },
  'signalering-week-3': {
    title: { nl: 'Signalering dreigend langdurig verzuim (week 3)', en: 'Signal of threatening long-term absence (week 3)' },
    legalBasis: [SOURCES.seedCasemanagement],
  },
  'ziekmelding-uwv-vangnet': {
    title: { nl: 'Ziekmelding bij UWV (vangnet)', en: 'Sickness report to UWV (safety net)' },
    legalBasis: [SOURCES.zw38a, SOURCES.zw38b, SOURCES.zw29a29b, SOURCES.atw1, SOURCES.uwvVangnet],
  },
  probleemanalyse: {
    title: { nl: 'Probleemanalyse', en: 'Problem analysis (occupational physician)' },
    legalBasis: [SOURCES.regelingArt2Lid2, SOURCES.uwvStappenplan],
  },
  'plan-van-aanpak': {
    title: { nl: 'Plan van aanpak', en: 'Action plan (plan van aanpak)' },
    legalBasis: [SOURCES.wia25lid2, SOURCES.bw658a, SOURCES.regelingPva],
  },
  casemanager: {
    title: { nl: 'Casemanager aangewezen', en: 'Case manager appointed' },
    legalBasis: [SOURCES.regelingPva, SOURCES.wia25lid2],
  },
  evaluatie: {
    title: { nl: 'Evaluatie plan van aanpak', en: 'Evaluation of the action plan' },
    legalBasis: [SOURCES.wia25lid2, SOURCES.bw658a, SOURCES.uwvEvaluatie],
  },
  '42e-weeksmelding': {
    title: { nl: '42e-weeksmelding aan UWV', en: 'Week-42 sickness report to UWV' },
    legalBasis: [SOURCES.zw38, SOURCES.atw4, SOURCES.uwvEersteWerkdag42],
  },
  eerstejaarsevaluatie: {
    title: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
    legalBasis: [SOURCES.regelingEje, SOURCES.uwvStappenplan],
  },
  'spoor-2-besluit': {
    title: { nl: 'Besluit over spoor 2', en: 'Decision on track 2 (another employer)' },
    legalBasis: [SOURCES.bw658aLid1, SOURCES.beoordelingskader, SOURCES.practiceSpoor2],
  },
  'vervroegde-iva': {
    title: { nl: 'Vervroegde IVA-aanvraag (keuze werknemer)', en: 'Early IVA application (employee’s option)' },
    legalBasis: [SOURCES.wia23lid6, SOURCES.uwvVervroegdeIva],
  },
  'wia-brief-uwv': {
    title: { nl: 'Brief van UWV over de WIA-aanvraag', en: 'UWV letter about the WIA application' },
    legalBasis: [SOURCES.wia64, SOURCES.uwvWiaBrief],
  },
  eindevaluatie: { title: { nl: 'Eindevaluatie', en: 'Final evaluation' }, legalBasis: [SOURCES.wia25lid3, SOURCES.uwvStappenplan] },
  're-integratieverslag': { title: { nl: 'Re-integratieverslag', en: 'Re-integration report' }, legalBasis: [SOURCES.wia25lid3] },
  'wia-aanvraag': { title: { nl: 'WIA-aanvraag', en: 'WIA benefit application' }, legalBasis: [SOURCES.wia64] },
  'einde-wachttijd': {
    title: { nl: 'Einde wachttijd', en: 'End of the waiting period' },
    legalBasis: [SOURCES.bw629lid1, SOURCES.wia23, SOURCES.wia24],
  },
  'ziekmelding-uwv-einde-dienstverband': {
    title: { nl: 'Ziekmelding bij UWV bij einde dienstverband', en: 'Sickness report to UWV at end of employment' },
    legalBasis: [SOURCES.zw38ziekUitDienst],
  },
};

/** All milestone definitions, in the order of the process. */
export const MILESTONE_RULES: readonly MilestoneRule[] = Object.freeze(
  STEP_RULES.map((r): MilestoneRule => {
    const text = RULE_TEXT[r.id as Exclude<MilestoneId, 'protocol'>];
    const { id, ...rest } = r;
    return Object.freeze({ id, title: text.title, ...rest, legalBasis: text.legalBasis });
  }),
);

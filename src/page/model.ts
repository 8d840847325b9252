/**
 * What the case page's form holds, and the case it makes: every field as the text typed (so that a
 * half-typed date stays on the screen and gets its message), turned into a `CaseInput` for the
 * engine by {@link toCaseInput}, and back by {@link fromCaseInput} (a loaded file, a link).
 *
 * @module
 */
import { KNOWN_TYPES } from '../engine/events.js';
import { MILESTONE_RULES } from '../law/milestones.js';

/** A field of an event in the form. */
export type EventField = 'date' | 'until' | 'weeks' | 'percentage' | 'casemanagerType' | 'step' | 'note';

/** One event as the form holds it: the type, and each field as text. */
export interface EventModel {
  readonly type: string;
  readonly values: Readonly<Partial<Record<EventField, string>>>;
}

/** The whole form. */
export interface CaseModel {
  readonly firstSickDay: string;
  readonly events: readonly EventModel[];
  readonly vangnet: {
    readonly grond: string;
    readonly bekendOp: string;
    readonly uitgerekendeDatum: string;
    readonly meerling: boolean;
  };
  /** The case's own reference (`id`), kept as loaded. */
  readonly id?: string | number | undefined;
}

/** The grounds of a vangnet case and who acts as casemanager, as the case writes them (src/vocab.ts). */
export { CASEMANAGER_TYPES, VANGNET_GRONDEN } from '../vocab.js';

/** An empty form. */
export const EMPTY_CASE: CaseModel = {
  firstSickDay: '',
  events: [],
  vangnet: { grond: '', bekendOp: '', uitgerekendeDatum: '', meerling: false },
};

/** The event types that record a completed step (their type is the milestone id), in the order of the rules. */
export const STEP_TYPES: readonly string[] = [
  ...new Set(MILESTONE_RULES.map((r) => r.completedBy).filter((t): t is NonNullable<typeof t> => t !== null)),
];

/** The other event types the page offers (`protocol` needs an employer's protocol, which the page does not set). */
export const COURSE_TYPES: readonly string[] = [...KNOWN_TYPES].filter((t) => !STEP_TYPES.includes(t) && t !== 'protocol');

/**
 * The fields an event type has, in the form's order.
 *
 * @example
 * fieldsOf('zwangerschapsverlof') //=> ['date', 'until', 'note']
 * fieldsOf('hersteld') //=> ['date', 'note']
 */
export function fieldsOf(type: string): readonly EventField[] {
  switch (type) {
    case 'casemanager':
      return ['date', 'casemanagerType', 'note'];
    case 'gedeeltelijk-hersteld':
      return ['date', 'percentage', 'note'];
    case 'zwangerschapsverlof':
    case 'loonsanctie-bekort':
      return ['date', 'until', 'note'];
    case 'verlenging':
    case 'loonsanctie':
      return ['date', 'weeks', 'note'];
    case 'protocol':
      return ['date', 'step', 'note'];
    default:
      return ['date', 'note'];
  }
}

/** Fields that hold a number in the case. */
const NUMERIC: ReadonlySet<EventField> = new Set(['weeks', 'percentage']);

/** A number typed as text: the number when it reads as one, else the text (the engine names the problem). */
function numberOf(text: string): number | string {
  return /^\s*-?\d+([.,]\d+)?\s*$/.test(text) ? Number(text.trim().replace(',', '.')) : text;
}

/**
 * The `CaseInput` the form describes. Empty optional fields are left out; an empty required field
 * is left out too, so that the engine says it is missing.
 *
 * @example
 * toCaseInput({ ...EMPTY_CASE, firstSickDay: '2025-01-06', events: [{ type: 'verlenging', values: { date: '2026-10-01', weeks: '13' } }] })
 * //=> { firstSickDay: '2025-01-06', events: [{ type: 'verlenging', date: '2026-10-01', weeks: 13 }] }
 */
export function toCaseInput(model: CaseModel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (model.id !== undefined) out.id = model.id;
  if (model.firstSickDay.trim() !== '') out.firstSickDay = model.firstSickDay.trim();
  out.events = model.events.map((e) => {
    const event: Record<string, unknown> = { type: e.type };
    for (const field of fieldsOf(e.type)) {
      const text = e.values[field] ?? '';
      if (text.trim() === '') continue;
      event[field] = NUMERIC.has(field) ? numberOf(text) : field === 'note' ? text : text.trim();
    }
    return event;
  });
  const v = model.vangnet;
  if (v.grond !== '') {
    const vangnet: Record<string, unknown> = { grond: v.grond };
    if (v.bekendOp.trim() !== '') vangnet.bekendOp = v.bekendOp.trim();
    if (v.uitgerekendeDatum.trim() !== '') vangnet.uitgerekendeDatum = v.uitgerekendeDatum.trim();
    if (v.meerling) vangnet.meerling = true;
    out.vangnet = vangnet;
  }
  return out;
}

const text = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/**
 * The form for a case read from a file or a link: the fields the form has (anything else is left
 * out; the page reports it when it loads the file). Not an object: the empty form.
 *
 * @example
 * fromCaseInput({ firstSickDay: '2025-01-06', events: [{ type: 'hersteld', date: '2025-02-01' }] }).events
 * //=> [{ type: 'hersteld', values: { date: '2025-02-01' } }]
 */
export function fromCaseInput(input: unknown): CaseModel {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return EMPTY_CASE;
  const r = input as Record<string, unknown>;
  const events: EventModel[] = [];
  if (Array.isArray(r.events)) {
    for (const e of r.events as unknown[]) {
      if (typeof e !== 'object' || e === null || Array.isArray(e)) continue;
      const ev = e as Record<string, unknown>;
      const type = text(ev.type);
      const values: Partial<Record<EventField, string>> = {};
      for (const field of fieldsOf(type)) if (ev[field] !== undefined) values[field] = text(ev[field]);
      events.push({ type, values });
    }
  }
  const v = (typeof r.vangnet === 'object' && r.vangnet !== null ? r.vangnet : {}) as Record<string, unknown>;
  const model: CaseModel = {
    firstSickDay: text(r.firstSickDay),
    events,
    vangnet: {
      grond: text(v.grond),
      bekendOp: text(v.bekendOp),
      uitgerekendeDatum: text(v.uitgerekendeDatum),
      meerling: v.meerling === true,
    },
  };
  return typeof r.id === 'string' || typeof r.id === 'number' ? { ...model, id: r.id } : model;
}

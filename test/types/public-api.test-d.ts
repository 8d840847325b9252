/**
 * Type tests of the public API (vitest typecheck, `test/**\/*.test-d.ts`): the contract names of
 * the public contract (README, API) as types, exhaustive event handling, Result narrowing, and the zod schema
 * agreeing with the hand-written CaseInput.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type CaseEvent,
  type CaseEventSchema,
  type CaseEventType,
  type CaseInput,
  type CaseInputSchema,
  type CaseTimeline,
  type ExplainedTimeline,
  evaluateCase,
  type Flag,
  type InputIssue,
  type InputIssueData,
  type IsoDate,
  type Milestone,
  type MilestoneId,
  type MilestoneStatus,
  type Policy,
  type PoortwachterError,
  parseCaseInput,
  type Result,
  type StepEventType,
  safeEvaluateCase,
} from '../../src/index.js';

/** The milestone ids of the public contract, verbatim. */
type DesignMilestoneIds =
  | 'melding-bedrijfsarts'
  | 'signalering-week-3'
  | 'probleemanalyse'
  | 'plan-van-aanpak'
  | 'casemanager'
  | 'evaluatie'
  | '42e-weeksmelding'
  | 'eerstejaarsevaluatie'
  | 'vervroegde-iva'
  | 'wia-brief-uwv'
  | 'eindevaluatie'
  | 're-integratieverslag'
  | 'wia-aanvraag'
  | 'einde-wachttijd'
  | 'ziekmelding-uwv-einde-dienstverband'
  // added with the law's second pass: the vangnet melding, the spoor-2 decision, protocol steps
  | 'ziekmelding-uwv-vangnet'
  | 'spoor-2-besluit'
  | 'protocol';

/** The fixed event type names besides the completed steps. */
type DesignFactEventTypes =
  | 'hersteld'
  | 'ziek'
  | 'gedeeltelijk-hersteld'
  | 'zwangerschapsverlof'
  | 'wia-brief-ontvangen'
  | 'verlenging'
  | 'loonsanctie'
  | 'einde-dienstverband'
  | 'aow-leeftijd'
  | 'deskundigenoordeel'
  // added with the law's second pass (bekorting, WIA 25 lid 12–14; verzuimprotocol steps)
  | 'loonsanctie-bekort'
  | 'protocol'
  // added with the law's fourth pass (an agreed deviation, Regeling procesgang art. 5)
  | 'afwijking';

describe('contract names', () => {
  it('MilestoneId is exactly the documented list (docs/rules.md)', () => {
    expectTypeOf<MilestoneId>().toEqualTypeOf<DesignMilestoneIds>();
  });

  it('events: every milestone that can be done, plus the facts the input can record', () => {
    expectTypeOf<StepEventType>().toEqualTypeOf<Exclude<DesignMilestoneIds, 'wia-brief-uwv' | 'einde-wachttijd' | 'protocol'>>();
    expectTypeOf<CaseEventType>().toEqualTypeOf<StepEventType | DesignFactEventTypes>();
  });

  it('statuses and flag severities are the documented enums', () => {
    expectTypeOf<MilestoneStatus>().toEqualTypeOf<
      'done' | 'done-late' | 'overdue' | 'due-soon' | 'upcoming' | 'suspended' | 'not-applicable'
    >();
    expectTypeOf<Flag['severity']>().toEqualTypeOf<'error' | 'warning' | 'info'>();
    expectTypeOf<CaseTimeline['status']>().toEqualTypeOf<'sick' | 'recovered' | 'closed'>();
    expectTypeOf<Milestone['kind']>().toEqualTypeOf<'legal' | 'advice' | 'info' | 'protocol'>();
  });
});

describe('CaseEvent is a discriminated union handled exhaustively', () => {
  /** Compiles only while every event type has a case: a new type without one is `never`-checked. */
  function describeEvent(e: CaseEvent): string {
    switch (e.type) {
      case 'melding-bedrijfsarts':
      case 'signalering-week-3':
      case 'probleemanalyse':
      case 'plan-van-aanpak':
      case 'evaluatie':
      case '42e-weeksmelding':
      case 'eerstejaarsevaluatie':
      case 'vervroegde-iva':
      case 'eindevaluatie':
      case 're-integratieverslag':
      case 'wia-aanvraag':
      case 'ziekmelding-uwv-einde-dienstverband':
      case 'ziekmelding-uwv-vangnet':
      case 'spoor-2-besluit':
        return `${e.type} done on ${e.date}`;
      case 'protocol':
        return `protocol step ${e.step} done on ${e.date}`;
      case 'casemanager':
        return `casemanager (${e.casemanagerType ?? 'unknown kind'})`;
      case 'hersteld':
      case 'ziek':
      case 'wia-brief-ontvangen':
      case 'einde-dienstverband':
      case 'aow-leeftijd':
      case 'deskundigenoordeel':
        return e.date;
      case 'gedeeltelijk-hersteld':
        return `${e.percentage ?? '?'}%`;
      case 'zwangerschapsverlof':
        return `${e.date}..${e.until}`;
      case 'verlenging':
      case 'loonsanctie':
        return `${e.weeks} weeks`;
      case 'loonsanctie-bekort':
        return `${e.date}..${e.until ?? '+6 weeks'}`;
      case 'afwijking':
        return `${e.step} ${e.occurrence ?? 'all'}: ${e.motivering}`;
      default:
        return e satisfies never;
    }
  }

  it('narrows the fields per type', () => {
    expectTypeOf(describeEvent).parameter(0).toEqualTypeOf<CaseEvent>();
    expectTypeOf<Extract<CaseEvent, { type: 'zwangerschapsverlof' }>['until']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<Extract<CaseEvent, { type: 'verlenging' }>['weeks']>().toEqualTypeOf<number>();
    expectTypeOf<keyof Extract<CaseEvent, { type: 'hersteld' }>>().toEqualTypeOf<'type' | 'date' | 'note'>();
  });

  it('rejects unknown event types and missing fields at compile time', () => {
    // @ts-expect-error: not an event type
    const a: CaseEvent = { type: 'herstel', date: '2025-01-06' };
    // @ts-expect-error: zwangerschapsverlof needs until
    const b: CaseEvent = { type: 'zwangerschapsverlof', date: '2025-01-06' };
    // @ts-expect-error: verlenging needs weeks
    const c: CaseEvent = { type: 'verlenging', date: '2025-01-06' };
    void [a, b, c];
  });
});

describe('Result narrowing', () => {
  it('safeEvaluateCase narrows on success', () => {
    const r = safeEvaluateCase(JSON.parse('{}') as unknown, { asOf: '2025-03-10' });
    expectTypeOf(r).toEqualTypeOf<Result<CaseTimeline>>();
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<CaseTimeline>();
      expectTypeOf(r).not.toHaveProperty('issues');
    } else {
      expectTypeOf(r.issues).toEqualTypeOf<readonly InputIssue[]>();
      expectTypeOf(r).not.toHaveProperty('data');
      expectTypeOf(r.issues[0]!.message).toEqualTypeOf<{ readonly nl: string; readonly en: string }>();
      expectTypeOf(r.issues[0]!.path).toEqualTypeOf<readonly (string | number)[]>();
    }
  });

  it('parseCaseInput takes unknown and narrows to CaseInput', () => {
    expectTypeOf(parseCaseInput).parameter(0).toEqualTypeOf<unknown>();
    const r = parseCaseInput(42);
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<CaseInput>();
  });

  it('evaluateCase is typed: CaseInput and asOf in, CaseTimeline out; options are checked', () => {
    expectTypeOf(evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' })).toEqualTypeOf<CaseTimeline>();
    expectTypeOf(evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10', explain: true })).toEqualTypeOf<ExplainedTimeline>();
    expectTypeOf(evaluateCase).parameter(0).toEqualTypeOf<CaseInput>();
    // @ts-expect-error: asOf is required
    evaluateCase({ firstSickDay: '2025-01-06' }, {});
    // @ts-expect-error: not a policy value
    evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10', policy: { probleemanalyse: 'lenient' } });
    expectTypeOf<keyof Policy>().toEqualTypeOf<
      | 'probleemanalyse'
      | 'firstWeeks'
      | 'evaluationIntervalDays'
      | 'dueSoonDays'
      | 'includeAdvice'
      | 'meldingBedrijfsartsDay'
      | 'frequentAbsenceReports'
      | 'protocol'
      | 'wagePercentages'
    >();
  });

  it('PoortwachterError is an Error with issues', () => {
    expectTypeOf<PoortwachterError>().toExtend<Error>();
    // Data (code, path, params): the engine carries no words; withIssueMessage adds them.
    expectTypeOf<PoortwachterError['issues']>().toEqualTypeOf<readonly InputIssueData[]>();
  });
});

describe('the zod schema agrees with the hand-written types', () => {
  it('z.infer<typeof CaseInputSchema> is assignable to CaseInput', () => {
    expectTypeOf<z.infer<typeof CaseInputSchema>>().toExtend<CaseInput>();
  });

  it('every typed CaseEvent is valid schema input (the schema accepts what the types allow)', () => {
    // Per event: CaseInput.events is a readonly array, which zod's (mutable) input type does not
    // accept as such; parse() takes unknown anyway, so only the element shapes matter.
    expectTypeOf<CaseEvent>().toExtend<z.input<typeof CaseEventSchema>>();
    expectTypeOf<Omit<CaseInput, 'events'>>().toExtend<Omit<z.input<typeof CaseInputSchema>, 'events'>>();
  });

  it('the event types of the schema are exactly CaseEventType', () => {
    type SchemaEventType = NonNullable<z.infer<typeof CaseInputSchema>['events']>[number]['type'];
    expectTypeOf<SchemaEventType>().toEqualTypeOf<CaseEventType>();
  });
});

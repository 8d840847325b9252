/** The output schemas and the types agree: `z.infer<typeof CaseTimelineSchema>` is `CaseTimeline` (readonly aside). */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  BatchLineSchema,
  CaseTimelineSchema,
  DerivationStepSchema,
  FlagSchema,
  StatusReasonSchema,
} from '../../src/case/timeline-schema.js';
import type { CaseTimeline, DerivationStep, Flag, StatusReason } from '../../src/index.js';

/** The type without `readonly`, all the way down (zod infers mutable types). */
type Writable<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer E)[]
    ? Writable<E>[]
    : T extends object
      ? { -readonly [K in keyof T]: Writable<T[K]> }
      : T;

describe('the output schemas infer the public types', () => {
  it('CaseTimelineSchema infers CaseTimeline', () => {
    expectTypeOf<z.infer<typeof CaseTimelineSchema>>().toEqualTypeOf<Writable<CaseTimeline>>();
  });
  it('its parts infer DerivationStep, StatusReason and Flag', () => {
    expectTypeOf<z.infer<typeof DerivationStepSchema>>().toEqualTypeOf<Writable<DerivationStep>>();
    expectTypeOf<z.infer<typeof StatusReasonSchema>>().toEqualTypeOf<Writable<StatusReason>>();
    expectTypeOf<z.infer<typeof FlagSchema>>().toEqualTypeOf<Writable<Flag>>();
  });
  it('a good batch line carries a timeline', () => {
    type Line = z.infer<typeof BatchLineSchema>;
    expectTypeOf<Extract<Line, { ok: true }>['timeline']['wachttijd']>().toEqualTypeOf<Writable<CaseTimeline['wachttijd']>>();
  });
});

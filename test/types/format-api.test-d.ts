/**
 * Type tests of the entries' seams (compiled by `npm run typecheck`): `poortwachter/format` renders
 * the main entry's `CaseTimeline` in the main entry's `Lang`, and the options of `evaluateCase` are
 * one type under one name. etc/*.api.md lists the names; these check that the two entries fit.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CaseSummary,
  type RenderCsvOptions,
  type RenderHtmlReportOptions,
  type RenderIcsOptions,
  type RenderTableOptions,
  type RenderTimelineSvgOptions,
  renderCsv,
  renderHtmlReport,
  renderIcs,
  renderTable,
  renderTimelineSvg,
  summarizeTimeline,
} from '../../src/format/index.js';
import type {
  CaseEvent,
  CaseTimeline,
  EvaluateCaseOptions,
  ExplainedTimeline,
  evaluateCase,
  IsoDate,
  Lang,
  Policy,
  RuleTable,
  safeEvaluateCase,
} from '../../src/index.js';

describe('poortwachter/format renders what poortwachter computes', () => {
  it('every renderer takes the CaseTimeline of evaluateCase and returns text', () => {
    for (const render of [renderCsv, renderHtmlReport, renderIcs, renderTable, renderTimelineSvg]) {
      expectTypeOf(render).parameter(0).toEqualTypeOf<CaseTimeline>();
      expectTypeOf(render).returns.toEqualTypeOf<string>();
    }
    // An explained timeline is a timeline: it renders too.
    expectTypeOf<ExplainedTimeline>().toExtend<Parameters<typeof renderHtmlReport>[0]>();
    expectTypeOf(summarizeTimeline).returns.toEqualTypeOf<CaseSummary>();
  });

  it('the language of every renderer is the one Lang of the main entry', () => {
    expectTypeOf<NonNullable<RenderCsvOptions['lang']>>().toEqualTypeOf<Lang>();
    expectTypeOf<NonNullable<RenderHtmlReportOptions['lang']>>().toEqualTypeOf<Lang>();
    expectTypeOf<NonNullable<RenderIcsOptions['lang']>>().toEqualTypeOf<Lang>();
    expectTypeOf<NonNullable<RenderTableOptions['lang']>>().toEqualTypeOf<Lang>();
    expectTypeOf<NonNullable<RenderTimelineSvgOptions['lang']>>().toEqualTypeOf<Lang>();
    expectTypeOf<Lang>().toEqualTypeOf<'nl' | 'en'>();
  });

  it('the picture and the report take the events of the CaseInput', () => {
    expectTypeOf<NonNullable<RenderTimelineSvgOptions['events']>>().toEqualTypeOf<readonly CaseEvent[]>();
    expectTypeOf<NonNullable<RenderHtmlReportOptions['events']>>().toEqualTypeOf<readonly CaseEvent[]>();
  });
});

describe('one name for the options of evaluateCase', () => {
  it('EvaluateCaseOptions is what evaluateCase and safeEvaluateCase take', () => {
    expectTypeOf<EvaluateCaseOptions>().toExtend<Parameters<typeof evaluateCase>[1]>();
    expectTypeOf<EvaluateCaseOptions>().toExtend<Parameters<typeof safeEvaluateCase>[1]>();
    expectTypeOf<EvaluateCaseOptions['asOf']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<EvaluateCaseOptions['policy']>().toEqualTypeOf<Partial<Policy> | undefined>();
    expectTypeOf<EvaluateCaseOptions['rules']>().toEqualTypeOf<RuleTable | undefined>();
    expectTypeOf<EvaluateCaseOptions['explain']>().toEqualTypeOf<boolean | undefined>();
  });
});

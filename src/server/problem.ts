/**
 * RFC 9457 problem details (`application/problem+json`) in Dutch or English, and the choice of
 * language from `Accept-Language`.
 *
 * @module
 */

import { CLI_CATALOGUES } from '../common/messages.js';
import type { CliCatalogue, ProblemCode } from '../i18n/cli-catalogue.js';
import type { Lang } from '../i18n/index.js';
import { inputIssue } from '../i18n/issues.js';
import type { InputIssue } from '../types.js';

/**
 * The HTTP status of each problem type; its title is in the CLI catalogues
 * (`serve.problemTitle`, Dutch and English), each documented on the API page under `#problem-<code>`.
 *
 * @example
 * PROBLEMS.invalid_json.status //=> 400
 */
export const PROBLEMS: Readonly<Record<ProblemCode, { readonly status: number }>> = Object.freeze({
  invalid_json: { status: 400 },
  invalid_request: { status: 400 },
  invalid_case: { status: 422 },
  unsupported_media_type: { status: 415 },
  body_too_large: { status: 413 },
  not_found: { status: 404 },
  method_not_allowed: { status: 405 },
  request_timeout: { status: 408 },
  headers_too_large: { status: 431 },
  shutting_down: { status: 503 },
  internal_error: { status: 500 },
});

export type { ProblemCode };

/**
 * A problem details object as the API sends it.
 *
 * @example
 * const p: Problem = problem('not_found', 'nl', 'r-1');
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly code: ProblemCode;
  readonly requestId: string;
  readonly issues?: readonly InputIssue[];
}

/**
 * The `type` URI reference of a problem code: a fragment of the API page (`/docs`).
 *
 * @example
 * problemType('invalid_case') //=> '/docs#problem-invalid_case'
 */
export function problemType(code: ProblemCode): string {
  return `/docs#problem-${code}`;
}

/**
 * Builds a problem details object: the title from the CLI catalogue of `lang`, the detail written
 * by `detail` with that catalogue's words.
 *
 * @example
 * problem('not_found', 'en', 'r-1', (m) => m.serve.problem.notFound('GET', '/x')).title //=> 'Not found'
 */
export function problem(
  code: ProblemCode,
  lang: Lang,
  requestId: string,
  detail?: (m: CliCatalogue) => string,
  issues?: readonly InputIssue[],
): Problem {
  const words = CLI_CATALOGUES[lang];
  return {
    type: problemType(code),
    title: words.serve.problemTitle[code],
    status: PROBLEMS[code].status,
    ...(detail === undefined ? {} : { detail: detail(words) }),
    code,
    requestId,
    ...(issues === undefined ? {} : { issues }),
  };
}

/**
 * The answer language from an `Accept-Language` header: the `nl` or `en` range with the highest
 * q-value (order breaks ties); `nl` when neither is acceptable or the header is absent.
 *
 * @example
 * langFromHeader('en-GB,en;q=0.9,nl;q=0.8') //=> 'en'
 * langFromHeader(undefined) //=> 'nl'
 */
export function langFromHeader(header: string | string[] | undefined): Lang {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value === undefined || value === '') return 'nl';
  let best: Lang = 'nl';
  let bestQ = -1;
  for (const part of value.slice(0, 500).split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = range.split('-')[0];
    const lang: Lang | null = primary === 'nl' ? 'nl' : primary === 'en' ? 'en' : primary === '*' ? 'nl' : null;
    if (lang === null) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (Number.isFinite(q) && q > 0 && q > bestQ) {
      best = lang;
      bestQ = q;
    }
  }
  return best;
}

/**
 * Issues of a part of the request (the `case` of `/v1/evaluate`), with paths that start at the
 * request: `firstSickDay` becomes `case.firstSickDay`. Each message is written again by the
 * library's issue catalogues for the longer path, from the issue's own params.
 *
 * @example
 * prefixIssues('case', [inputIssue(['firstSickDay'], 'missing', {})])[0].message.en //=> 'case.firstSickDay: is missing (required field)'
 */
export function prefixIssues(prefix: string, issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((i) => {
    const path = [prefix, ...i.path];
    if (i.params !== undefined) return inputIssue(path, i.code, i.params as never) as InputIssue;
    return { ...i, path, message: { nl: `${prefix}.${i.message.nl}`, en: `${prefix}.${i.message.en}` } };
  });
}

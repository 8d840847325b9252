/**
 * RFC 9457 problem details (`application/problem+json`) in Dutch or English, and the choice of
 * language from `Accept-Language`.
 *
 * @module
 */
import type { Lang } from '../format/labels.js';
import type { InputIssue } from '../types.js';

/**
 * The problem types of the API; each is documented on the API page under `#problem-<code>`.
 *
 * @example
 * PROBLEMS.invalid_json.status //=> 400
 */
export const PROBLEMS = {
  invalid_json: { status: 400, nl: 'Geen geldige JSON', en: 'Not valid JSON' },
  invalid_request: { status: 400, nl: 'Ongeldig verzoek', en: 'Invalid request' },
  invalid_case: { status: 422, nl: 'Ongeldige case', en: 'Invalid case' },
  unsupported_media_type: { status: 415, nl: 'Niet-ondersteund inhoudstype', en: 'Unsupported media type' },
  body_too_large: { status: 413, nl: 'Verzoek te groot', en: 'Request body too large' },
  not_found: { status: 404, nl: 'Niet gevonden', en: 'Not found' },
  method_not_allowed: { status: 405, nl: 'Methode niet toegestaan', en: 'Method not allowed' },
  request_timeout: { status: 408, nl: 'Verzoek duurde te lang', en: 'Request timeout' },
  shutting_down: { status: 503, nl: 'Server stopt', en: 'Server shutting down' },
  internal_error: { status: 500, nl: 'Interne fout', en: 'Internal error' },
} as const satisfies Record<string, { status: number; nl: string; en: string }>;

/**
 * A problem type code.
 *
 * @example
 * const code: ProblemCode = 'invalid_case';
 */
export type ProblemCode = keyof typeof PROBLEMS;

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
 * Builds a problem details object.
 *
 * @example
 * problem('invalid_json', 'en', 'r-1', { nl: '…', en: 'Unexpected end of JSON input' }).title //=> 'Not valid JSON'
 */
export function problem(
  code: ProblemCode,
  lang: Lang,
  requestId: string,
  detail?: { readonly nl: string; readonly en: string },
  issues?: readonly InputIssue[],
): Problem {
  const p = PROBLEMS[code];
  return {
    type: problemType(code),
    title: p[lang],
    status: p.status,
    ...(detail === undefined ? {} : { detail: detail[lang] }),
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
 * Issues of a part of the request (the `case` of `/v1/evaluate`), with paths and messages that
 * start at the request: `firstSickDay` becomes `case.firstSickDay`.
 *
 * @example
 * prefixIssues('case', [{ path: ['firstSickDay'], code: 'invalid_format', message: { nl: 'firstSickDay: …', en: 'firstSickDay: …' } }])[0].path //=> ['case', 'firstSickDay']
 */
export function prefixIssues(prefix: string, issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((i) => ({
    ...i,
    path: [prefix, ...i.path],
    message: { nl: `${prefix}.${i.message.nl}`, en: `${prefix}.${i.message.en}` },
  }));
}

/**
 * The `detail` of an `invalid_case` problem with `count` issues.
 *
 * @example
 * invalidCaseDetail(2).en //=> '2 problems in the input; see issues'
 */
export function invalidCaseDetail(count: number): { nl: string; en: string } {
  return {
    nl: `${count} probleem${count === 1 ? '' : 'en'} in de invoer; zie issues`,
    en: `${count} problem${count === 1 ? '' : 's'} in the input; see issues`,
  };
}

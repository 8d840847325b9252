/**
 * The case page's state in the URL fragment: `#case=<base64url JSON>&asOf=YYYY-MM-DD` (and
 * `&lang=en` for English). A browser never sends the fragment to a server.
 *
 * @module
 */

/** What a fragment holds. */
export interface PageState {
  /** The case as JSON (the `CaseInput` of the form), or `null` when the fragment has none. */
  readonly case: unknown;
  readonly asOf: string | null;
  readonly lang: 'nl' | 'en';
}

/**
 * Text as base64url (RFC 4648 §5, no padding) of its UTF-8 bytes.
 *
 * @example
 * toBase64Url('{"a":"é"}') //=> 'eyJhIjoiw6kifQ'
 */
export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The text of base64url (padded or not), or `null` when it is not base64url of UTF-8.
 *
 * @example
 * fromBase64Url('eyJhIjoiw6kifQ') //=> '{"a":"é"}'
 */
export function fromBase64Url(data: string): string | null {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(data)) return null;
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The fragment (with its `#`) of a case, an as-of date and a language (`lang` only when English).
 *
 * @example
 * writeFragment({ firstSickDay: '2025-01-06' }, '2025-03-10', 'nl') //=> '#case=eyJmaXJzdFNpY2tEYXkiOiIyMDI1LTAxLTA2In0&asOf=2025-03-10'
 */
export function writeFragment(input: unknown, asOf: string, lang: 'nl' | 'en'): string {
  const parts = [`case=${toBase64Url(JSON.stringify(input))}`];
  if (asOf !== '') parts.push(`asOf=${encodeURIComponent(asOf)}`);
  if (lang === 'en') parts.push('lang=en');
  return `#${parts.join('&')}`;
}

/**
 * Reads a fragment (`location.hash`, with or without its `#`). A case that is not base64url JSON
 * reads as `null`, as if absent.
 *
 * @example
 * readFragment('#case=eyJmaXJzdFNpY2tEYXkiOiIyMDI1LTAxLTA2In0&asOf=2025-03-10')
 * //=> { case: { firstSickDay: '2025-01-06' }, asOf: '2025-03-10', lang: 'nl' }
 */
export function readFragment(hash: string): PageState {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  let input: unknown = null;
  const data = params.get('case');
  if (data !== undefined) {
    const text = fromBase64Url(data);
    if (text !== null) {
      try {
        input = JSON.parse(text);
      } catch {
        input = null;
      }
    }
  }
  let asOf: string | null = null;
  try {
    asOf = params.has('asOf') ? decodeURIComponent(params.get('asOf') as string) : null;
  } catch {
    asOf = null;
  }
  return { case: input, asOf, lang: params.get('lang') === 'en' ? 'en' : 'nl' };
}

/**
 * One line of text for any thrown value, for messages of the command and the service.
 *
 * @module
 */

/**
 * One line of text for any thrown value: no stack, no newlines, at most 300 characters.
 *
 * @example
 * oneLine(new Error('boom\n  at x')) //=> 'boom at x'
 */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}…` : flat || 'unknown error';
}

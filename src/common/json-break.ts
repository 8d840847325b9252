/**
 * Where a JSON text breaks, found by a small validating scanner. Node's own parser names a position
 * for some mistakes only (Node 20 says `Unexpected token '}', … is not valid JSON` with no
 * position), so the CLI finds it itself, the same on every Node version. Runs only after
 * `JSON.parse` failed.
 *
 * @module
 */

const STOP = Symbol('stop');

/**
 * The 0-based offset of the first character at which `text` stops being JSON (`text.length` when
 * it ends too early), or `null` when it is valid JSON (or nested too deeply to scan).
 *
 * @example
 * jsonBreakOffset('{"a": }') //=> 6
 * jsonBreakOffset('{"a": 1') //=> 7
 * jsonBreakOffset('{"a": 1}') //=> null
 */
export function jsonBreakOffset(text: string): number | null {
  let i = 0;
  const n = text.length;
  const fail = (): never => {
    throw STOP;
  };
  const space = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const expect = (c: string): void => {
    if (text[i] !== c) fail();
    i++;
  };
  const string = (): void => {
    expect('"');
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          i++;
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
            i++;
          }
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const literal = (word: string): void => {
    for (const c of word) expect(c);
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        expect(':');
        value();
        space();
        if (text[i] !== ',') {
          expect('}');
          return;
        }
        i++;
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] !== ',') {
          expect(']');
          return;
        }
        i++;
      }
    }
    if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  const number = (): void => {
    const c = text[i];
    const num = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    num.lastIndex = i;
    const m = num.exec(text);
    if (m === null) {
      // A lone minus breaks at the character after it.
      if (c === '-') i++;
      fail();
    }
    const digits = (m as RegExpExecArray)[0];
    i += digits.length;
    // A number cut short ('1.', '1e', '1e-') breaks where its missing digits should be.
    if (text[i] === '.' && !/[.eE]/.test(digits)) {
      i++;
      fail();
    }
    if ((text[i] === 'e' || text[i] === 'E') && !/[eE]/.test(digits)) {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      fail();
    }
  };
  try {
    value();
    space();
    return i < n ? i : null;
  } catch (error) {
    if (error === STOP) return Math.min(i, n);
    return null; // nested too deeply for the scanner: no position
  }
}

/**
 * Line and column (1-based) of a 0-based offset in `text`.
 *
 * @example
 * lineColumn('{\n  "a": }', 9) //=> { line: 2, column: 8 }
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

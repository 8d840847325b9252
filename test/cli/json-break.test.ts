/**
 * The JSON break locator: the offset where a text stops being JSON, the same on every Node version,
 * and where Node's parser names one, the same offset.
 */

import { describe, expect, it } from 'vitest';
import { jsonBreakOffset, lineColumn } from '../../src/common/json-break.js';
import { fc, test } from '../fc.js';
import { runs } from '../fc-runs.js';

describe('jsonBreakOffset', () => {
  it('finds the unexpected token that Node 20 names without a position', () => {
    expect(jsonBreakOffset('{"a": }')).toBe(6);
    expect(jsonBreakOffset('{"a":\n [}')).toBe(8);
    expect(jsonBreakOffset('{"a":tru}')).toBe(8);
    expect(jsonBreakOffset("{'a': 1}")).toBe(1);
    expect(jsonBreakOffset('[1.5e-}')).toBe(6);
    expect(jsonBreakOffset('[1.}')).toBe(3);
  });

  it('points past the end when the text ends too early', () => {
    expect(jsonBreakOffset('{"a": 1')).toBe(7);
    expect(jsonBreakOffset('"abc')).toBe(4);
    expect(jsonBreakOffset('')).toBe(0);
  });

  it('says null for valid JSON', () => {
    for (const text of ['{}', '[]', ' [1, -2.5e3, "x\\n\\u00e9", true, false, null, {"a": {}}] ', '0', '"\\/"']) {
      expect(jsonBreakOffset(text), text).toBeNull();
    }
  });

  test.prop([fc.json()])('accepts every text JSON.stringify writes', (text) => {
    expect(jsonBreakOffset(text)).toBeNull();
  });

  test.prop([fc.json(), fc.nat(), fc.constantFrom('}', ']', ',', ':', 'x', '"', '', '-', '.', 'e')], { numRuns: runs(2000) })(
    'agrees with JSON.parse on whether a damaged text is JSON, and on the offset where Node names one',
    (text, at, insert) => {
      const i = at % (text.length + 1);
      const damaged = text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
      let valid = true;
      let nodeOffset: number | null = null;
      try {
        JSON.parse(damaged);
      } catch (error) {
        valid = false;
        const m = /at position (\d+)/.exec((error as Error).message);
        nodeOffset = m === null ? null : Number(m[1]);
      }
      const offset = jsonBreakOffset(damaged);
      expect(offset === null).toBe(valid);
      if (nodeOffset !== null) expect(offset).toBe(nodeOffset);
    },
  );
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('{\n  "a": }', 9)).toEqual({ line: 2, column: 8 });
    expect(lineColumn('x', 0)).toEqual({ line: 1, column: 1 });
  });
});

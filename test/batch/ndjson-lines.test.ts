// The NDJSON splitter shared by `poortwachter batch` and `POST /v1/batch`: the lines of readline
// whatever the chunking, a too-long line dropped to its end, and time linear in the input (a long
// line arriving in many small chunks was quadratic: one 41 MB line took 74.9 s and 646 MB in the
// server, docs/reliability.md).
import { describe, expect, it } from 'vitest';
import { ndjsonLines } from '../../src/batch/ndjson-lines.js';
import { fc, test } from '../fc.js';

async function collect(chunks: Iterable<Buffer | string>, max: number): Promise<{ text: string; tooLong: boolean }[]> {
  const out: { text: string; tooLong: boolean }[] = [];
  async function* source(): AsyncGenerator<Buffer | string> {
    yield* chunks;
  }
  for await (const lines of ndjsonLines(source(), max)) out.push(...lines);
  return out;
}

/** The lines of readline (crlfDelay ∞): split on \r\n, \n or \r; no line after a final line end. */
function reference(text: string, max: number): { text: string; tooLong: boolean }[] {
  const parts = text.split(/\r\n|\n|\r/);
  if (parts.at(-1) === '') parts.pop();
  return parts.map((p) => (p.length > max ? { text: '', tooLong: true } : { text: p, tooLong: false }));
}

/** `text` as UTF-8 bytes cut at the given offsets (possibly inside a character). */
function cut(text: string, offsets: readonly number[]): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const at = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const o of [...at, bytes.length]) {
    chunks.push(bytes.subarray(start, o));
    start = o;
  }
  return chunks;
}

describe('ndjsonLines', () => {
  test.prop(
    [fc.string({ unit: fc.constantFrom('a', 'b', '\r', '\n', 'é', '😀', ' ') }), fc.array(fc.nat(200)), fc.integer({ min: 0, max: 6 })],
    {
      numRuns: 300,
    },
  )('gives the lines of readline whatever the chunking, a line over the limit marked too long', async (text, offsets, max) => {
    expect(await collect(cut(text, offsets), max)).toEqual(reference(text, max));
  });

  it('splits \\r\\n over two chunks as one line end, and a lone \\r at the end as one', async () => {
    expect(await collect(['a\r', '\nb\r', 'c\r'], 10)).toEqual([
      { text: 'a', tooLong: false },
      { text: 'b', tooLong: false },
      { text: 'c', tooLong: false },
    ]);
    expect(await collect(['a\r', '', '\nb'], 10)).toEqual([
      { text: 'a', tooLong: false },
      { text: 'b', tooLong: false },
    ]);
  });

  it('a 4 MB line in 1 kB chunks takes well under a second (linear, not quadratic) and is whole', async () => {
    const chunk = 'x'.repeat(1024);
    const chunks = Array.from({ length: 4096 }, () => chunk);
    chunks.push('\n{"a":1}\n');
    const started = performance.now();
    const lines = await collect(chunks, 8 * 1024 * 1024);
    const ms = performance.now() - started;
    expect(lines.map((l) => l.text.length)).toEqual([4096 * 1024, 7]);
    expect(ms).toBeLessThan(2000);
  });

  it('a line over the limit holds no more than the limit: 64 MB of one line with a 1 kB limit', async () => {
    function* zeros(): Generator<Buffer> {
      const block = Buffer.alloc(64 * 1024);
      for (let i = 0; i < 1024; i++) yield block;
    }
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    const out: boolean[] = [];
    async function* source(): AsyncGenerator<Buffer> {
      for (const b of zeros()) {
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
        yield b;
      }
    }
    for await (const lines of ndjsonLines(source(), 1024)) for (const l of lines) out.push(l.tooLong);
    expect(out).toEqual([true]);
    expect(peak).toBeLessThan(32 * 1024 * 1024);
  });
});

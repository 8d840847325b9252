// Helpers of the web-service tests: raw HTTP over node:http (so a test controls when a body is
// written, read or cut off), always against a real server on 127.0.0.1.
import { request } from 'node:http';

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One request with a whole body; resolves with the whole answer. Times out after 20 s. */
export function send(url: string, method: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, timeout: 20_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The JSON lines of an NDJSON answer (each must parse: no line cut in half). */
export function ndjson(text: string): Record<string, unknown>[] {
  const parts = text.split('\n');
  if (parts.at(-1) !== '') throw new Error(`NDJSON answer does not end with a line end: …${text.slice(-80)}`);
  return parts.slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A problem+json answer, checked for the invariants every error shares. */
export function problemOf(r: RawResponse): Record<string, unknown> {
  if (!String(r.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`not a problem: ${r.status} ${r.headers['content-type']} ${r.body.slice(0, 200)}`);
  }
  const p = JSON.parse(r.body) as Record<string, unknown>;
  if (p.status !== r.status) throw new Error(`problem status ${String(p.status)} ≠ HTTP ${r.status}`);
  if (p.requestId !== r.headers['x-request-id']) throw new Error('problem requestId ≠ x-request-id');
  if (/\n\s+at |node:internal|\.ts:\d+/.test(r.body)) throw new Error(`stack trace in a problem: ${r.body}`);
  return p;
}

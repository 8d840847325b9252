// `poortwachter serve` as users start it: the built CLI as a child process on a free loopback port
// (--port 0; the address is read from stderr). SIGTERM during a batch: the batch in flight gets
// every answer line, none cut in half, and the process exits 0; past --shutdown-timeout it ends with
// an interrupted line and exits 1. Bounded: at most 10 000 lines, a 60 s cap.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { request } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, ensureBuilt, expectNoStack, runCli } from '../cli/helpers.js';
import { ndjson, send } from './helpers.js';

interface Served {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly exit: Promise<number | null>;
}

function serve(args: readonly string[]): Promise<Served> {
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString('utf8');
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not print its address within 60 s: ${err}`));
    }, 60_000);
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString('utf8');
      const m = /(?:listening on|luistert op) (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m !== null) {
        clearTimeout(timer);
        resolve({ child, url: m[1] as string, stdout: () => out, stderr: () => err, exit });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening: ${err}`));
    });
  });
}

const LINE = `${JSON.stringify({ firstSickDay: '2025-01-06', events: [{ type: 'probleemanalyse', date: '2025-02-12' }] })}\n`;

beforeAll(() => ensureBuilt());

describe('poortwachter serve (the built CLI)', () => {
  it('SIGTERM during a batch: the batch finishes, no line cut in half, exit 0; one JSON log line per request', async () => {
    const s = await serve(['--log', '--lang', 'en', '--drain', '0']);
    try {
      expect((await send(`${s.url}/healthz`, 'GET')).status).toBe(200);
      const body = await new Promise<string>((resolve, reject) => {
        const req = request(
          `${s.url}/v1/batch?asOf=2025-03-10`,
          { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, timeout: 60_000 },
          (res) => {
            const chunks: Buffer[] = [];
            let signalled = false;
            res.on('data', (c: Buffer) => {
              chunks.push(c);
              if (!signalled) {
                // The first answers are here and half the input is sent: stop the server now.
                signalled = true;
                s.child.kill('SIGTERM');
                setTimeout(() => req.end(LINE.repeat(500)), 300);
              }
            });
            res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.on('timeout', () => req.destroy(new Error('batch timed out')));
        req.write(LINE.repeat(500));
      });
      const lines = ndjson(body); // throws on a line cut in half
      expect(lines).toHaveLength(1000);
      expect(lines.every((l, i) => l.ok === true && l.line === i + 1)).toBe(true);
      expect(await s.exit).toBe(0);
      expect(s.stderr()).toMatch(/SIGTERM: finishing the requests in flight[\s\S]*stopped/);
      expectNoStack(s.stderr());
      const logs = s
        .stdout()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const requests = logs.filter((l) => l.msg === 'request');
      expect(requests.map((l) => [l.method, l.url, l.statusCode])).toEqual([
        ['GET', '/healthz', 200],
        ['POST', '/v1/batch?asOf=2025-03-10', 200],
      ]);
      for (const l of requests) expect(l).toEqual(expect.objectContaining({ reqId: expect.any(String), responseTime: expect.any(Number) }));
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it('--shutdown-timeout 1 with a batch still streaming: it ends with a whole interrupted line, exit 1 (was: cut mid-line, exit 0)', async () => {
    const s = await serve(['--shutdown-timeout', '1', '--drain', '0', '--lang', 'en']);
    try {
      const body = await new Promise<string>((resolve, reject) => {
        let writer: NodeJS.Timeout | undefined;
        const req = request(
          `${s.url}/v1/batch?asOf=2025-03-10`,
          { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, timeout: 60_000 },
          (res) => {
            const chunks: Buffer[] = [];
            res.once('data', () => s.child.kill('SIGTERM'));
            res.on('data', (c: Buffer) => chunks.push(c));
            const done = (): void => {
              clearInterval(writer);
              resolve(Buffer.concat(chunks).toString('utf8'));
            };
            res.on('end', done);
            res.on('close', done); // cut: what arrived is checked below
            res.on('error', reject);
          },
        );
        req.on('error', () => {}); // the server closes while the client still writes
        req.on('timeout', () => req.destroy(new Error('batch timed out')));
        // A client that keeps sending for up to 20 s, faster than the server answers (so its body
        // backs up, as in a real 100 000-line batch): longer than the shutdown timeout.
        let sent = 0;
        writer = setInterval(() => {
          if (++sent > 2000) {
            clearInterval(writer);
            req.end();
          } else req.write(LINE.repeat(100));
        }, 10);
      });
      const lines = ndjson(body); // throws on a line cut in half
      const last = lines.at(-1) as Record<string, unknown>;
      expect(last).toMatchObject({ ok: false, interrupted: true, afterLine: lines.length - 1 });
      expect(lines.slice(0, -1).every((l, i) => l.ok === true && l.line === i + 1)).toBe(true);
      expect(await s.exit).toBe(1);
      expect(s.stderr()).toMatch(/after 1 s: closing their connections[\s\S]*interrupted \(exit 1\)\n$/);
      expectNoStack(s.stderr());
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it('SIGTERM: /readyz answers 503 for --drain seconds while the rest is served, then it stops with exit 0', async () => {
    const s = await serve(['--drain', '3', '--lang', 'en']);
    try {
      expect((await send(`${s.url}/readyz`, 'GET')).status).toBe(200);
      s.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      const r = await send(`${s.url}/readyz`, 'GET');
      expect([r.status, JSON.parse(r.body)]).toEqual([503, { status: 'shutting-down' }]);
      expect((await send(`${s.url}/v1/evaluate`, 'POST', `{"case":${LINE}}`, { 'content-type': 'application/json' })).status).toBe(200);
      expect(await s.exit).toBe(0);
      expect(s.stderr()).toMatch(/SIGTERM: finishing the requests in flight[\s\S]*stopped\n$/);
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it('is silent on stdout without --log, and stops on SIGINT with exit 0', async () => {
    const s = await serve([]);
    try {
      expect((await send(`${s.url}/v1/evaluate`, 'POST', `{"case":${LINE}}`, { 'content-type': 'application/json' })).status).toBe(200);
      s.child.kill('SIGINT');
      expect(await s.exit).toBe(0);
      expect(s.stdout()).toBe('');
      // Dutch by default, like every command
      expect(s.stderr()).toMatch(
        /^poortwachter serve: luistert op http:[\s\S]*SIGINT: lopende verzoeken worden afgemaakt[\s\S]*gestopt\n$/,
      );
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it('SIGTERM after the readers of stdout and stderr went away (a test that ended): it still stops, exit 0 (was: spun at ~40 % CPU until SIGKILL)', async () => {
    // Reproduced before the fix with this very sequence: the EPIPE on stderr became an uncaught
    // exception whose report to stderr failed again, forever; the process never exited.
    const s = await serve(['--log', '--drain', '1']);
    try {
      expect((await send(`${s.url}/healthz`, 'GET')).status).toBe(200);
      s.child.stdout.destroy();
      s.child.stderr.destroy();
      // Requests logged to the closed stdout, answered all the same.
      for (let i = 0; i < 3; i += 1) expect((await send(`${s.url}/healthz`, 'GET')).status).toBe(200);
      s.child.kill('SIGTERM');
      const code = await Promise.race([
        s.exit,
        new Promise<string>((resolve) => setTimeout(() => resolve('still running after 15 s'), 15_000)),
      ]);
      expect(code).toBe(0);
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it('bad options and a port in use: exit 2 with one line on stderr', async () => {
    const bad = await runCli(['serve', '--port', 'eighty', '--lang', 'en']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      "poortwachter serve: --port must be a whole number from 0 to 65535 (not 'eighty') (see 'poortwachter serve --help')\n",
    ]);
    const badNl = await runCli(['serve', '--max-events', '0']);
    expect([badNl.code, badNl.stderr]).toEqual([
      2,
      "poortwachter serve: --max-events moet een geheel getal van 1 tot en met 10000 zijn (niet '0') (zie 'poortwachter serve --help')\n",
    ]);
    const s = await serve([]);
    try {
      const port = new URL(s.url).port;
      const busy = await runCli(['serve', '--port', port]);
      expect(busy.code).toBe(2);
      expect(busy.stderr).toBe(`poortwachter serve: kan niet luisteren op 127.0.0.1:${port} (de poort is al in gebruik)\n`);
    } finally {
      s.child.kill('SIGINT');
      await s.exit;
    }
    const help = await runCli(['serve', '--help', '--lang', 'en']);
    expect(help.stdout).toMatch(/^Usage: poortwachter serve \[--port 8080\] \[--host 127\.0\.0\.1\]/);
    expect((await runCli(['serve', '--help'])).stdout).toMatch(/^Gebruik: poortwachter serve /);
  });
});

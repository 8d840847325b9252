/**
 * Runs a command with input on stdin and a hard timeout (a hang is a failure, never a stuck test).
 * Shared by the CLI fuzz, the determinism matrix and the package smoke tests.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly ms: number;
}

export interface RunOptions {
  readonly stdin?: string | Buffer;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly timeoutMs?: number;
}

export function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 30_000);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        ms: performance.now() - t0,
      });
    });
    // A child that exits before reading all of stdin (usage errors) is fine: ignore EPIPE.
    child.stdin.on('error', () => {});
    child.stdin.end(opts.stdin ?? '');
  });
}

/** Whether text looks like a stack trace or an uncaught error (never allowed on the CLI's stderr). */
export function hasStackTrace(text: string): boolean {
  return (
    /^\s+at\s.+(\(.+:\d+:\d+\)|:\d+:\d+)$/m.test(text) ||
    /node:internal|\bTypeError\b|\bRangeError\b|\bReferenceError\b|\bSyntaxError:|unexpected error/.test(text)
  );
}

/** Runs `jobs` with at most `limit` in flight (the machine has two cores). */
export async function pool<T, R>(items: readonly T[], limit: number, job: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * A private copy of the build (dist/ and package.json) under .tmp/ (inside the repository, so the
 * bin still resolves zod, luxon and date-fns from node_modules): another `npm run build` on the
 * same tree (tsup cleans dist/) cannot pull it away mid-test. Returns the copy's directory and a
 * function that removes it.
 */
export function snapshotBuild(): { dir: string; cli: string; index: string; remove: () => void } {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dist = join(root, 'dist');
  for (const f of ['cli.js', 'index.js', 'index.cjs']) {
    if (!existsSync(join(dist, f))) throw new Error(`dist/${f} is missing: run 'npm run build' first`);
  }
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', 'e2e-'));
  cpSync(dist, join(dir, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  return {
    dir,
    cli: join(dir, 'dist', 'cli.js'),
    index: join(dir, 'dist', 'index.js'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

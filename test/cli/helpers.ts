// Runs the built CLI (dist/cli.js) as a subprocess. `npm test` builds first; when dist/cli.js is
// missing (a bare `vitest run`), it is built once here, under a lock shared by parallel workers.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const cliPath = join(root, 'dist/cli.js');

export function ensureBuilt(): void {
  if (existsSync(cliPath) && existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/index.cjs'))) return;
  execFileSync('flock', ['/tmp/poortwachter-build.lock', 'sh', '-c', `test -f '${cliPath}' || npm run build --silent`], {
    cwd: root,
    stdio: 'ignore',
  });
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  /** Text for stdin; by default stdin is empty (closed at once). */
  readonly input?: string | Buffer;
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
}

/** Runs `node dist/cli.js …args` and collects its output. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  return runNode([cliPath, ...args], options);
}

/** Runs `node …args` (an example script or the CLI) and collects its output. */
export function runNode(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [...args], { cwd: options.cwd ?? root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolvePromise({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.on('error', () => {}); // the CLI may exit before reading everything
    child.stdin.end(options.input ?? '');
  });
}

/** No stack trace and no multi-line noise: every stderr line is one message. */
export function expectNoStack(stderr: string): void {
  if (/\n\s+at /.test(stderr) || /node:internal|Error:\s*$/m.test(stderr)) {
    throw new Error(`stderr contains a stack trace:\n${stderr}`);
  }
}

export const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

/**
 * Reads a file of dist/, waiting up to 30 s while it is missing: in a shared checkout another
 * `npm run build` may be between tsup's clean and scripts/write-schema.mjs.
 */
export async function readDistFile(name: string): Promise<string> {
  const file = join(root, 'dist', name);
  for (let waited = 0; !existsSync(file) && waited < 30_000; waited += 500) {
    await new Promise((r) => setTimeout(r, 500));
  }
  return readFileSync(file, 'utf8');
}

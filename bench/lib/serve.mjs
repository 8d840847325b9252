// What bench/server.mjs and bench/server-ab.mjs share: starting a built service on loopback and
// reading its CPU time.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Starts `node [nodeArgs] <cli> serve --port 0 --host 127.0.0.1 --lang en` and resolves with the
 * child and its URL once it says where it listens (60 s at most). `exited` resolves when it exits.
 */
export function startServer(cli, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, cli, 'serve', '--port', '0', '--host', '127.0.0.1', '--lang', 'en'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((done) => child.on('exit', done));
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`${cli} did not start in 60 s: ${err}`)), 60_000);
    child.stderr.on('data', (b) => {
      err += b;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], exited });
      }
    });
    child.on('exit', (code) => reject(new Error(`${cli} exited with ${code}: ${err}`)));
  });
}

/**
 * The process's CPU time so far in µs (user + system, from /proc/<pid>/stat; clock ticks of 10 ms on
 * Linux), or NaN where there is no /proc.
 */
export function cpuMicros(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000; // utime, stime (fields 14, 15 of stat)
  } catch {
    return Number.NaN;
  }
}

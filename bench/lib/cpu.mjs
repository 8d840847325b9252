// CPU time per call (process.cpuUsage over doubling batches of calls, up to 4 096 a batch): unlike
// wall time it does not count the time spent waiting for a core when other processes compete for
// the machine. Shared by bench/index.mjs and bench/json.mjs.

/** Nanoseconds of process CPU time per call of `fn`, over at least `budgetMicros` µs of CPU. */
export function cpuPerCall(fn, budgetMicros) {
  let calls = 0;
  let batch = 1;
  const u0 = process.cpuUsage();
  let used = 0;
  while (used < budgetMicros) {
    for (let i = 0; i < batch; i++) fn();
    calls += batch;
    if (batch < 4096) batch *= 2;
    const u = process.cpuUsage(u0);
    used = u.user + u.system;
  }
  return (used * 1000) / calls;
}

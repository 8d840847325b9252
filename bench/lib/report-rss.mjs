// Preloaded into the batch child (node --import): reports its peak RSS at exit, and with
// BENCH_RSS_TRACE=1 a sample of RSS / V8 heap every second, to tell a plateau from a leak.
const samples = [];
if (process.env.BENCH_RSS_TRACE === '1') {
  const t0 = Date.now();
  setInterval(() => {
    const m = process.memoryUsage();
    samples.push(`${((Date.now() - t0) / 1000).toFixed(0)}s:${(m.rss / 2 ** 20).toFixed(0)}/${(m.heapUsed / 2 ** 20).toFixed(0)}`);
  }, 1000).unref();
}
process.on('exit', () => {
  if (samples.length > 0) process.stderr.write(`\nrss/heapUsed MB over time: ${samples.join(' ')}\n`);
  process.stderr.write(`\nmaxRSS=${process.resourceUsage().maxRSS}\n`);
});

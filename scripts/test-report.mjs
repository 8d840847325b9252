// How `npm test` (scripts/test-all.mjs) and scripts/test-tz.mjs print a stage or a zone (issue 21
// item 8: 867 lines when green). Green: one line with the name, the time and the stage's own last
// line (its verdict: "check-package: all good", "4 passed, 0 failed (time zones)"). Red: the whole
// output. POORTWACHTER_TEST_VERBOSE=1 prints the whole output of green stages too.

/** Without ANSI colour codes. */
export function plain(text) {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

/** The last line with text in it, without colour codes and outer spaces ('' when there is none). */
export function lastLine(output) {
  const lines = plain(output)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.at(-1) ?? '';
}

/**
 * The block printed when a stage ends.
 *
 * @param {{ name: string, verdict: 'ok' | 'skipped' | 'failed', detail?: string, seconds: number, output: string, verbose?: boolean }} s
 * @example
 * stageBlock({ name: 'lint', verdict: 'ok', seconds: 3.2, output: 'Checked 120 files in 300ms. No fixes applied.\n' })
 * //=> '━━━ lint: ok in 3.2 s ━━━ Checked 120 files in 300ms. No fixes applied.\n'
 */
export function stageBlock({ name, verdict, detail, seconds, output, verbose = false }) {
  const status = verdict === 'failed' ? `FAILED (${detail ?? 'failed'})` : verdict === 'skipped' ? `skipped (${detail ?? ''})` : 'ok';
  const head = `━━━ ${name}: ${status} in ${seconds.toFixed(1)} s ━━━`;
  if (verdict === 'failed' || verbose) {
    return `\n${head}\n${output}${output.endsWith('\n') || output === '' ? '' : '\n'}`;
  }
  const last = lastLine(output);
  return `${head}${last === '' ? '' : ` ${last.length > 160 ? `${last.slice(0, 157)}…` : last}`}\n`;
}

/** Whether a stage's output says it checked nothing (audit:prod without the advisory service). */
export function saysSkipped(output) {
  return /^npm audit --omit=dev: skipped\b/m.test(plain(output));
}

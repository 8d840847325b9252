/**
 * `PoortwachterError` for bad input: the field named once, codes rather than catalogue words in the
 * message, the words from `withIssueMessage`.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/index.js';

describe('PoortwachterError', () => {
  it('names each field once in its message', async () => {
    const { PoortwachterError } = await import('../../src/index.js');
    const call = () => evaluateCase({ firstSickDay: '2025-02-30' }, { asOf: '2025-03-01' });
    expect(call).toThrow(PoortwachterError);
    // Codes, not catalogue words (0.3: the engine carries no message text; withIssueMessage renders it).
    expect(call).toThrow(/^firstSickDay: invalid_date \{"value":"'2025-02-30'"\}$/);
    try {
      call();
    } catch (e) {
      expect((e as Error).message.match(/firstSickDay/g)).toHaveLength(1);
      expect((e as InstanceType<typeof PoortwachterError>).issues[0]?.path).toEqual(['firstSickDay']);
      const { withIssueMessage } = await import('../../src/index.js');
      const issue = (e as InstanceType<typeof PoortwachterError>).issues[0];
      expect(issue && withIssueMessage(issue).message.en).toMatch(/^firstSickDay: '2025-02-30' is not a valid date/);
    }
  });
});

/**
 * Suggestions for input mistakes: a date in the Dutch order and a misspelt event type get the value
 * that was most likely meant, as `params.suggestion`, with words from the suggestion catalogues.
 */
import { describe, expect, it } from 'vitest';
import { dateSuggestion, editDistance, nearestEventType } from '../../src/case/suggest.js';
import { issueMessage } from '../../src/i18n/issues.js';
import { evaluateCase, PoortwachterError, parseCaseInput, safeEvaluateCase } from '../../src/index.js';

describe('dateSuggestion', () => {
  it('reads day-month-year the Dutch way, with -, / or . and with or without leading zeros', () => {
    expect(dateSuggestion('06-01-2025')).toBe('2025-01-06');
    expect(dateSuggestion('6-1-2025')).toBe('2025-01-06');
    expect(dateSuggestion('06/01/2025')).toBe('2025-01-06');
    expect(dateSuggestion('6.1.2025')).toBe('2025-01-06');
    expect(dateSuggestion('29-02-2024')).toBe('2024-02-29');
  });

  it('suggests nothing when the guess is no real day or the text is of another form', () => {
    expect(dateSuggestion('31-02-2025')).toBeUndefined();
    expect(dateSuggestion('29-02-2025')).toBeUndefined();
    expect(dateSuggestion('01-13-2025')).toBeUndefined(); // month 13: not read the American way either
    expect(dateSuggestion('06-01/2025')).toBeUndefined(); // mixed separators
    expect(dateSuggestion('2025-02-30')).toBeUndefined();
    expect(dateSuggestion('06-01-25')).toBeUndefined(); // a two-digit year is not guessed
    expect(dateSuggestion('01-01-1899')).toBeUndefined(); // outside 1900–2199
    expect(dateSuggestion(20250106)).toBeUndefined();
  });
});

describe('nearestEventType', () => {
  it('finds the known type one or two edits away, ignoring case, spaces and underscores', () => {
    expect(nearestEventType('probleemanalyze')).toBe('probleemanalyse');
    expect(nearestEventType('plna-van-aanpak')).toBe('plan-van-aanpak');
    expect(nearestEventType('Plan_van_aanpak')).toBe('plan-van-aanpak');
    expect(nearestEventType('plan van aanpak')).toBe('plan-van-aanpak');
    expect(nearestEventType('42-weeksmelding')).toBe('42e-weeksmelding');
    expect(nearestEventType('herstelt')).toBe('hersteld');
    expect(nearestEventType('CASEMANAGER')).toBe('casemanager');
  });

  it('suggests nothing for a word that is far from every type', () => {
    expect(nearestEventType('verjaardag')).toBeUndefined();
    expect(nearestEventType('x')).toBeUndefined();
    expect(nearestEventType('')).toBeUndefined();
    expect(nearestEventType(42)).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('suggestions in input issues', () => {
  it('puts the suggestion in params and its words after both messages', () => {
    const r = parseCaseInput({ firstSickDay: '06-01-2025', events: [{ type: 'probleemanalyze', date: '2025-02-10' }] });
    expect(r.success).toBe(false);
    if (r.success) return;
    const [date, type] = r.issues;
    expect(date?.params).toEqual({ value: "'06-01-2025'", suggestion: '2025-01-06' });
    expect(date?.message.nl).toMatch(
      /^firstSickDay: '06-01-2025' is geen geldige datum .*; bedoelde u 2025-01-06\? \(gelezen als DD-MM-JJJJ\)$/,
    );
    expect(date?.message.en).toMatch(/; did you mean 2025-01-06\? \(read as DD-MM-YYYY, the Dutch order\)$/);
    expect(type?.params).toEqual({ value: "'probleemanalyze'", suggestion: 'probleemanalyse' });
    expect(type?.message.nl).toMatch(/; bedoelde u 'probleemanalyse'\?$/);
    expect(type?.message.en).toMatch(/; did you mean 'probleemanalyse'\?$/);
  });

  it('renders the same words from the params with issueMessage', () => {
    const r = safeEvaluateCase({ firstSickDay: '6/1/2025' }, { asOf: '2025-03-10' });
    if (r.success) throw new Error('expected issues');
    const issue = r.issues[0];
    if (issue?.code !== 'invalid_date') throw new Error('expected invalid_date');
    expect(issueMessage(issue.code, issue.path, issue.params ?? { value: '' }, 'en')).toBe(issue.message.en);
    expect(issueMessage(issue.code, issue.path, issue.params ?? { value: '' }, 'nl')).toBe(issue.message.nl);
  });

  it('has no suggestion, and no words for one, when no guess is a real date or a near type', () => {
    const r = parseCaseInput({ firstSickDay: '31-02-2025', events: [{ type: 'verjaardag', date: '2025-02-10' }] });
    if (r.success) throw new Error('expected issues');
    for (const issue of r.issues) {
      expect(issue.params).not.toHaveProperty('suggestion');
      expect(issue.message.nl).not.toMatch(/bedoelde u/);
      expect(issue.message.en).not.toMatch(/did you mean/);
    }
  });

  it('keeps the code and path of the typed evaluateCase (which makes no suggestions)', () => {
    const input = { firstSickDay: '06-01-2025' };
    const safe = safeEvaluateCase(input, { asOf: '2025-03-10' });
    let thrown: unknown;
    try {
      evaluateCase(input, { asOf: '2025-03-10' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PoortwachterError);
    const typed = (thrown as PoortwachterError).issues[0];
    expect(safe.success ? undefined : [safe.issues[0]?.code, safe.issues[0]?.path]).toEqual([typed?.code, typed?.path]);
  });
});

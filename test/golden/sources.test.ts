/**
 * The legal basis a step cites (`legalBasisOf`): no statute where the law has none (the week-3
 * signal), UWV practice where that is the source (the IVA window start).
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase, legalBasisOf } from '../../src/index.js';
import { ms } from './helpers.js';

const d1 = '2025-01-06'; // a Monday

describe('truthful sources', () => {
  it('cites no statute and not the Regeling procesgang for the week-3 signal, and UWV practice for the IVA window start', () => {
    const t = evaluateCase({ firstSickDay: d1 }, { asOf: '2025-01-10' });
    const week3 = legalBasisOf(ms(t, 'signalering-week-3'));
    expect(week3.some((b) => b.url.includes('wetten.overheid.nl'))).toBe(false);
    expect(week3.map((b) => b.citation).join(' ')).toContain('geen wettelijke grondslag');
    const iva = legalBasisOf(ms(t, 'vervroegde-iva'))
      .map((b) => b.citation)
      .join(' ');
    expect(iva).toContain('praktijk van UWV');
  });
});

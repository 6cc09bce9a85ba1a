import { describe, expect, it } from 'vitest';
import { formatDate, parseIsoDate } from '@/lib/format/date';
import { inLocale } from '@/lib/i18n/translate';

describe('formatDate', () => {
  it('formats a calendar date without shifting it through a time zone', () => {
    // West of Greenwich, `new Date('2025-06-10')` shows as June 9; the parts must be read as written.
    const previous = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatDate('2025-06-10')).toBe('June 10, 2025');
      expect(formatDate('2018-01-01')).toBe('January 1, 2018');
      expect(formatDate('2024-12-31')).toBe('December 31, 2024');
    } finally {
      process.env.TZ = previous;
    }
  });

  it('formats partial dates', () => {
    expect(formatDate('2025-06')).toBe('June 2025');
    expect(formatDate('2007')).toBe('2007');
  });

  it('returns anything that is not a real ISO date unchanged', () => {
    expect(formatDate('2025-02-30')).toBe('2025-02-30');
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
    expect(formatDate('June 2025')).toBe('June 2025');
    expect(formatDate('')).toBe('');
  });

  it('writes dates in the interface language, or in the one asked for', () => {
    expect(formatDate('2025-06-10', 'es')).toBe('10 de junio de 2025');
    expect(formatDate('2025-06', 'es')).toBe('junio de 2025');
    expect(formatDate('2018-01-01', 'en')).toBe('January 1, 2018');
    inLocale('es', {}, () => expect(formatDate('2024-12-31')).toBe('31 de diciembre de 2024'));
  });

  it('knows leap years', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });
});

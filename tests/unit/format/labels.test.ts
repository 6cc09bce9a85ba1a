import { describe, expect, it } from 'vitest';
import { jurisdictionTypeLine, lawStatusLine } from '@/lib/format/labels';

describe('jurisdictionTypeLine', () => {
  it('names the kind of place and its state in full; a state is just "State"', () => {
    expect(jurisdictionTypeLine('city', 'California')).toBe('City · California');
    expect(jurisdictionTypeLine('sheriff', 'Texas')).toBe("Sheriff's office · Texas");
    expect(jurisdictionTypeLine('state', 'California')).toBe('State');
    expect(jurisdictionTypeLine('federal')).toBe('Federal government');
  });
});

describe('lawStatusLine', () => {
  it('says the date is when the status was checked', () => {
    expect(lawStatusLine('in-force', '2026-11-26')).toBe('In force (status checked November 26, 2026)');
    expect(lawStatusLine('partly-enjoined', '2025-05-01')).toBe(
      'Partly blocked by a court (status checked May 1, 2025)',
    );
  });
});

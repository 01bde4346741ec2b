import { describe, expect, it } from 'vitest';
import { hasEnded, today } from '../../src/lib/today';

describe('today, by the Danish calendar', () => {
  it.each([
    ['2026-12-03T22:59:59Z', '2026-12-03'], // 23:59:59 in Copenhagen (winter time, UTC+1)
    ['2026-12-03T23:00:00Z', '2026-12-04'], // midnight in Copenhagen, still the 3rd in UTC
    ['2026-07-01T21:59:59Z', '2026-07-01'], // summer time, UTC+2
    ['2026-07-01T22:00:00Z', '2026-07-02'],
  ])('%s is %s', (instant, day) => expect(today(new Date(instant))).toBe(day));
});

describe('hasEnded', () => {
  it('is over only after the whole last day', () => {
    expect(hasEnded('2026-12-04', '2026-12-04')).toBe(false);
    expect(hasEnded('2026-12-04', '2026-12-05')).toBe(true);
    expect(hasEnded('2027-01-31', '2026-12-05')).toBe(false);
  });

  it('never ends what has no end date (regular tasks)', () => {
    expect(hasEnded(null, '2099-01-01')).toBe(false);
    expect(hasEnded(undefined, '2099-01-01')).toBe(false);
  });
});

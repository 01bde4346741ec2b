import { describe, expect, it } from 'vitest';
import { hasEnded } from '../../src/lib/today';
import { addDays, seedShiftDays, SEED_DAY, shiftDates } from '../../src/seed/calendar';
import * as written from '../../src/seed/data';
import { consentLapse, type PhotoAssetRecord } from '../../src/api/widget/lib/photos';

describe('the seed calendar', () => {
  it('moves by the weeks since the seed data was written, rounded up, never back', () => {
    expect(seedShiftDays(SEED_DAY)).toBe(0);
    expect(seedShiftDays('2026-11-24')).toBe(7);
    expect(seedShiftDays('2026-11-30')).toBe(7);
    expect(seedShiftDays('2026-12-04')).toBe(14);
    expect(seedShiftDays('2028-02-29')).toBe(469);
    expect(seedShiftDays('2026-01-01')).toBe(0);
  });

  it('keeps every seeded date on its weekday', () => {
    const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
    for (const late of [1, 11, 100, 365]) {
      const shift = seedShiftDays(addDays(SEED_DAY, late));
      const [before, after] = [written.opportunities, shiftDates(written.opportunities, shift)];
      before.forEach((o, i) => expect(weekday(after[i].startsAt), o.slug).toBe(weekday(o.startsAt)));
    }
  });

  it('adds days across months, years and the summer-time change', () => {
    expect(addDays('2026-11-23', 11)).toBe('2026-12-04');
    expect(addDays('2026-12-24', 8)).toBe('2027-01-01');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('moves every date field at any depth, and nothing else', () => {
    const record = {
      slug: 'endsAt',
      startsAt: '2026-12-04',
      endsAt: null,
      consents: [{ givenAt: '2026-01-01', expiresAt: '2027-01-01', withdrawnAt: '2026-09-14', personName: '2026-01-01' }],
      da: { title: 'Bål', publishDate: '2026-10-27' },
    };
    expect(shiftDates(record, 10)).toEqual({
      slug: 'endsAt',
      startsAt: '2026-12-14',
      endsAt: null,
      consents: [{ givenAt: '2026-01-11', expiresAt: '2027-01-11', withdrawnAt: '2026-09-24', personName: '2026-01-01' }],
      da: { title: 'Bål', publishDate: '2026-11-06' },
    });
    expect(record.startsAt).toBe('2026-12-04');
  });

  it('keeps the demo as it was on the seed day, however late it is seeded', () => {
    for (const late of [0, 45, 400, 2000]) {
      const day = addDays(SEED_DAY, late);
      const data = shiftDates({ ...written }, seedShiftDays(day));
      for (const c of data.campaigns) expect(hasEnded(c.endsAt, day), `${c.slug} on ${day}`).toBe(false);
      for (const o of data.opportunities) expect(hasEnded(o.endsAt, day), `${o.slug} on ${day}`).toBe(false);
      // The same photos lapsed (the expired velkomsthuset hero, the withdrawn one) and no more.
      const lapsed = (photos: typeof data.photos, on: string) => photos.filter((p) => consentLapse(p as unknown as PhotoAssetRecord, on)).map((p) => p.key);
      expect(lapsed(data.photos, day), day).toEqual(lapsed(written.photos, SEED_DAY));
      expect(lapsed(data.photos, day).length, day).toBeGreaterThan(0);
    }
  });
});

import { addDays } from '../../src/seed/calendar';

/** Half past midnight the day after `day` in Copenhagen (00:30 in winter, 01:30 in summer): 23:30 UTC, still `day` there. */
export const earlyNextDay = (day: string) => new Date(`${addDays(day, 1)}T00:30:00+01:00`);

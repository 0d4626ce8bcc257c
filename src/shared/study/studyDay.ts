import { z } from 'zod';

/**
 * The study day: the user's calendar day, shifted so it starts at `dayStartsAtHour` (a review at 1 a.m. belongs to
 * the evening before, as in Anki). Pure code has no time zone, so the caller passes the offset its clock reads
 * (`-new Date().getTimezoneOffset()` in minutes east of UTC) along with the time.
 */

export const dayOptionsSchema = z
  .object({
    utcOffsetMinutes: z
      .number()
      .int()
      .min(-14 * 60)
      .max(14 * 60),
    dayStartsAtHour: z.number().int().min(0).max(23),
  })
  .strict();

export type DayOptions = z.infer<typeof dayOptionsSchema>;

const minute = 60_000;
const hour = 60 * minute;
export const dayMs = 24 * hour;

function shift(options: DayOptions): number {
  return options.utcOffsetMinutes * minute - options.dayStartsAtHour * hour;
}

/** Days since 1970-01-01 of the study day an instant falls on: cheap to count a long log by. */
export function studyDayNumber(ms: number, options: DayOptions): number {
  return Math.floor((ms + shift(options)) / dayMs);
}

/** "2026-03-14" for a study day number. */
export function studyDayKey(dayNumber: number): string {
  return new Date(dayNumber * dayMs).toISOString().slice(0, 10);
}

/** "2026-03-14": the study day an instant falls on. */
export function studyDayOf(ms: number, options: DayOptions): string {
  return studyDayKey(studyDayNumber(ms, options));
}

/** When the study day holding `ms` starts and ends (end exclusive), as instants. */
export function studyDayBounds(ms: number, options: DayOptions): { start: number; end: number } {
  const start = studyDayNumber(ms, options) * dayMs - shift(options);
  return { start, end: start + dayMs };
}

/** The `count` study days up to and including `lastDay`, oldest first. */
export function studyDaysUpTo(lastDay: string, count: number): string[] {
  const last = Date.parse(`${lastDay}T00:00:00.000Z`);
  return Array.from({ length: count }, (_, index) =>
    new Date(last - (count - 1 - index) * dayMs).toISOString().slice(0, 10),
  );
}

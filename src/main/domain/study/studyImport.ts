import { basename } from 'node:path';
import { BriefingError } from '../../../shared/errors';
import { entryTime, type StudyLogEntry } from '../../../shared/study/reviewLogSchemas';

/** A clock a little ahead on the other computer is not a reason to refuse its answers. */
const clockSlackMs = 10 * 60 * 1000;

/**
 * A study log whose answers are dated after now was written by a clock set wrong or by hand: merged, it would
 * schedule items from a future that has not happened. The file is refused whole, with the first such entry.
 */
export function refuseFutureStudyLog(log: readonly StudyLogEntry[], now: Date, fileName: string): void {
  const limit = now.getTime() + clockSlackMs;
  const index = log.findIndex((entry) => Date.parse(entryTime(entry)) > limit);
  if (index === -1) return;
  const entry = log[index] as StudyLogEntry;
  throw new BriefingError({
    code: 'database-invalid',
    message: `${basename(fileName)} cannot be imported: its study log has an answer dated ${entryTime(entry)}, after today, so its schedule cannot be trusted. Nothing was changed.`,
    details: [`user.studyLog[${index}] (${entry.id}): dated ${entryTime(entry)}, after ${now.toISOString()}`],
  });
}

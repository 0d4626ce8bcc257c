import type { Translate } from '../../i18n/useT';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** "10 min", "3 h", "4 days", "2 mo": how long until `due`, as the rating buttons and the status say it. */
export function intervalText(fromIso: string, dueIso: string, t: Translate): string {
  const ms = Math.max(0, Date.parse(dueIso) - Date.parse(fromIso));
  if (ms < hour) return t('study.interval.minutes', { count: Math.max(1, Math.round(ms / minute)) });
  if (ms < day) return t('study.interval.hours', { count: Math.round(ms / hour) });
  const days = Math.round(ms / day);
  if (days < 31) return t('study.interval.days', { count: days });
  if (days < 365) return t('study.interval.months', { count: Math.round(days / 30.4) });
  return t('study.interval.years', { count: Math.round((days / 365) * 10) / 10 });
}

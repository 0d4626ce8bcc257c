import type { StudyStatisticsView } from '../../../../shared/study/studyViews';
import { formatDay } from '../../../../shared/i18n/formats';
import { useLanguage, useT } from '../../i18n';

interface HeatmapProps {
  days: StudyStatisticsView['heatmap'];
  labelledBy: string;
}

/** How many reviews make each shade: none, a few, a session, a long session. */
function level(reviews: number): number {
  if (reviews === 0) return 0;
  if (reviews < 10) return 1;
  if (reviews < 30) return 2;
  if (reviews < 80) return 3;
  return 4;
}

/** Reviews by study day, a column per week (oldest on the left), like a contribution calendar; each day is named. */
export function Heatmap({ days, labelledBy }: HeatmapProps) {
  const t = useT();
  const { locale } = useLanguage();
  // Columns start on the weekday of the first day shown, so the last column ends today.
  const firstWeekday = days[0] ? new Date(`${days[0].day}T00:00:00Z`).getUTCDay() : 0;
  return (
    <ol className="study-heatmap" aria-labelledby={labelledBy}>
      {days.map(({ day, reviews }, index) => (
        <li
          key={day}
          className={`study-heat study-heat-${level(reviews)}`}
          style={index === 0 ? { gridRowStart: firstWeekday + 1 } : undefined}
          title={t('study.stats.heatmapDay', { day: formatDay(`${day}T12:00:00Z`, locale), count: reviews })}
        >
          <span className="visually-hidden">
            {t('study.stats.heatmapDay', { day: formatDay(`${day}T12:00:00Z`, locale), count: reviews })}
          </span>
        </li>
      ))}
    </ol>
  );
}

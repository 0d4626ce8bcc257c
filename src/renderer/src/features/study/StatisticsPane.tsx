import { useEffect, useId, useState } from 'react';
import type { StudyStatisticsView } from '../../../../shared/study/studyViews';
import { useBriefingService } from '../../service/ServiceContext';
import { useErrorText, useLanguage, useT } from '../../i18n';
import { Heatmap } from './Heatmap';
import { promptSummary } from './promptText';

interface StatisticsPaneProps {
  onOpenCard: (factId: string) => void;
}

/** Due today, reviewed, retention, the heatmap and the hardest items: all read from the log by the main process. */
export function StatisticsPane({ onOpenCard }: StatisticsPaneProps) {
  const t = useT();
  const { locale } = useLanguage();
  const service = useBriefingService();
  const describeError = useErrorText();
  const heatmapId = useId();
  const hardestId = useId();
  const [statistics, setStatistics] = useState<StudyStatisticsView>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    service.getStudyStatistics({}).then(setStatistics, setError);
  }, [service]);

  if (!statistics) {
    return (
      <p className="study-loading" role="status">
        {error !== undefined ? describeError(error) : t('study.loading')}
      </p>
    );
  }
  const percent = (share: number | null) =>
    share === null
      ? t('study.stats.noRetention')
      : new Intl.NumberFormat(locale === 'en-XA' ? 'en' : locale, {
          style: 'percent',
          maximumFractionDigits: 0,
        }).format(share);
  const tiles = [
    { label: t('study.stats.dueToday'), value: String(statistics.dueToday.total) },
    { label: t('study.stats.reviewedToday'), value: String(statistics.reviewedToday) },
    { label: t('study.stats.retention'), value: percent(statistics.retention.last30Days.share) },
    { label: t('study.stats.retentionAll'), value: percent(statistics.retention.allTime.share) },
    {
      label: t('study.stats.itemsStudied'),
      value: String(statistics.itemsStudied),
      detail: t('study.stats.ofItems', { count: statistics.totalItems }),
    },
    { label: t('study.stats.reviewsTotal'), value: String(statistics.reviewsTotal) },
  ];

  return (
    <div className="study-stats">
      <dl className="study-tiles">
        {tiles.map((tile) => (
          <div key={tile.label} className="study-tile">
            <dt>{tile.label}</dt>
            <dd>
              <span className="study-tile-value">{tile.value}</span>
              {tile.detail && <span className="study-hint"> {tile.detail}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <section className="study-panel">
        <h3 className="section-label" id={heatmapId}>
          {t('study.stats.heatmap')}
        </h3>
        <Heatmap days={statistics.heatmap} labelledBy={heatmapId} />
      </section>
      <section className="study-panel" aria-labelledby={hardestId}>
        <h3 className="section-label" id={hardestId}>
          {t('study.stats.hardest')}
        </h3>
        {statistics.hardest.length === 0 ? (
          <p className="study-hint">{t('study.stats.noHardest')}</p>
        ) : (
          <ol className="study-hardest">
            {statistics.hardest.map(({ item, lapses, reviews }) => (
              <li key={item.id}>
                <span className="study-review-answer" lang="en">
                  {item.answer}
                </span>
                <span className="study-hint">
                  {promptSummary(item.prompt, t)} · {t('study.stats.hardDetail', { lapses, reviews })}
                </span>
                <button type="button" className="link-button" onClick={() => onOpenCard(item.cardId)}>
                  {t('study.openCard')}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

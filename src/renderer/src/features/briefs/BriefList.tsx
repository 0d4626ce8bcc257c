import { formatBriefDate } from '../../../../shared/briefs/briefLabels';
import { briefItemCount, type Brief } from '../../../../shared/briefs/briefSchema';
import { intlLocale } from '../../../../shared/i18n/translator';
import { useLanguage, useT } from '../../i18n';

/** The user's briefs, the open one marked; each a button that opens it. */
export function BriefList({
  briefs,
  openId,
  onOpen,
}: {
  briefs: readonly Brief[];
  openId: string | undefined;
  onOpen: (briefId: string) => void;
}) {
  const t = useT();
  const { locale } = useLanguage();
  if (briefs.length === 0) return <p className="briefs-list-empty">{t('briefs.list.empty')}</p>;
  return (
    <ul className="briefs-list">
      {briefs.map((brief) => (
        <li key={brief.id}>
          <button
            type="button"
            className="briefs-list-item"
            aria-current={brief.id === openId ? 'true' : undefined}
            onClick={() => onOpen(brief.id)}
          >
            <span className="briefs-list-title">{brief.title}</span>
            <span className="briefs-list-meta">
              {brief.meetingDate ? formatBriefDate(brief.meetingDate, intlLocale(locale)) : t('briefs.list.untimed')}
              {' · '}
              {t('briefs.list.items', { count: briefItemCount(brief) })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

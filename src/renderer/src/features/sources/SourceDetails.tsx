import { formatDay, formatFactDate } from '../../../../shared/i18n/formats';
import type { SourceRecord } from '../../../../shared/sources';
import { useTranslator } from '../../i18n';

/** A source's own date ("2021-08-17", "2021-08") as the window's language writes it. */
export function sourceDateText(iso: string, locale: Parameters<typeof formatFactDate>[1]): string {
  const [year, month, day] = iso.split('-').map(Number);
  const english = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    ...(month ? { month: 'long' as const } : {}),
    ...(day ? { day: 'numeric' as const } : {}),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, day ?? 1)));
  return formatFactDate({ iso, label: english }, locale);
}

/** "Text file article.txt", "Pasted text", "Shipped with Summit Briefing": where a source's words came from. */
export function useOriginText(): (source: Pick<SourceRecord, 'origin'>) => string {
  const { t } = useTranslator();
  return (source) => {
    const { kind, fileName = '' } = source.origin;
    return t(`sources.origin.${kind}`, { fileName });
  };
}

/** What a reader checks a source by: outlet, author, date, where it came from, when it was imported, its checksum. */
export function SourceDetails({ source }: { source: SourceRecord }) {
  const { t, locale } = useTranslator();
  const originText = useOriginText();
  const shipped = source.origin.kind === 'shipped';
  return (
    <dl className="reader-details">
      {source.outlet && (
        <div>
          <dt>{t('sources.reader.outlet')}</dt>
          <dd>{source.outlet}</dd>
        </div>
      )}
      {source.author && (
        <div>
          <dt>{t('sources.reader.author')}</dt>
          <dd>{source.author}</dd>
        </div>
      )}
      {source.date && (
        <div>
          <dt>{t('sources.reader.date')}</dt>
          <dd>{sourceDateText(source.date, locale)}</dd>
        </div>
      )}
      <div>
        <dt>{t('sources.reader.origin')}</dt>
        <dd>{originText(source)}</dd>
      </div>
      {!shipped && (
        <div>
          <dt>{t('sources.reader.imported')}</dt>
          <dd>{formatDay(source.importedAt, locale)}</dd>
        </div>
      )}
      {source.url && (
        <div>
          <dt>{t('sources.reader.address')}</dt>
          <dd className="reader-address">{source.url}</dd>
        </div>
      )}
      <div>
        <dt>{t('sources.reader.paragraphing')}</dt>
        <dd>{t(`sources.rule.${source.paragraphing.rule}`)}</dd>
      </div>
      <div>
        <dt>{t('sources.reader.checksum')}</dt>
        <dd className="reader-checksum" title={source.checksum}>
          {source.checksum.slice(0, 19)}…
        </dd>
      </div>
    </dl>
  );
}

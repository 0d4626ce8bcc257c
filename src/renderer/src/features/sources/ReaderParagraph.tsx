import { memo } from 'react';
import type { Fact } from '../../../../shared/schema/fact';
import type { ReadingParagraph } from '../../../../shared/sources';
import { useT } from '../../i18n';
import { readerSegments, type ReaderMark } from './readerSegments';

interface ReaderParagraphProps {
  paragraph: ReadingParagraph;
  marks: readonly ReaderMark[];
  citing: readonly Fact[];
  target: boolean;
  lang?: string;
  onOpenCard: (factId: string) => void;
  onSuggestion: (index: number) => void;
}

/** One numbered paragraph: its words (every run with its reading-text offset), its marks, and the cards citing it. */
export const ReaderParagraph = memo(function ReaderParagraph({
  paragraph,
  marks,
  citing,
  target,
  lang,
  onOpenCard,
  onSuggestion,
}: ReaderParagraphProps) {
  const t = useT();
  const segments = readerSegments(paragraph.text, paragraph.start, marks);
  const Text = paragraph.role === 'heading' ? 'h3' : paragraph.role === 'quote' ? 'blockquote' : 'p';
  return (
    <li
      className={`reader-paragraph reader-role-${paragraph.role}${target ? ' is-target' : ''}`}
      id={`reader-paragraph-${paragraph.number}`}
      data-paragraph={paragraph.number}
      tabIndex={-1}
      aria-label={t('sources.reader.paragraphLabel', { number: paragraph.number })}
    >
      <span className="reader-number" aria-hidden="true">
        {t('sources.reader.paragraphNumber', { number: paragraph.number })}
      </span>
      <div className="reader-paragraph-body">
        <Text className="reader-text" lang={lang}>
          {segments.map((segment) => {
            if (segment.suggestion) {
              const { kind, index, first } = segment.suggestion;
              return (
                <button
                  key={segment.start}
                  type="button"
                  className={`reader-suggestion reader-suggestion-${kind}${segment.quote ? ' reader-quote' : ''}`}
                  data-offset={segment.start}
                  tabIndex={first ? 0 : -1}
                  aria-label={t('sources.suggestion.use', {
                    kind: t(`sources.suggestion.${kind}`),
                    text: segment.text,
                  })}
                  onClick={() => onSuggestion(index)}
                >
                  {segment.text}
                </button>
              );
            }
            return segment.quote ? (
              <mark key={segment.start} className="reader-quote" data-offset={segment.start}>
                {segment.text}
              </mark>
            ) : (
              <span key={segment.start} data-offset={segment.start}>
                {segment.text}
              </span>
            );
          })}
        </Text>
        {citing.length > 0 && (
          <details className="reader-citing" open={target}>
            <summary>{t('sources.reader.citedBy', { count: citing.length })}</summary>
            <ul aria-label={t('sources.reader.citingCards', { number: paragraph.number })}>
              {citing.map((fact) => (
                <li key={fact.id}>
                  <button type="button" className="reader-card-link" lang="en" onClick={() => onOpenCard(fact.id)}>
                    {fact.title}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </li>
  );
});

import type { SourceDraftPreview } from '../../../../shared/sources/draftPreview';
import { useT } from '../../i18n';
import { useOriginText } from './SourceDetails';

/** The draft's first paragraphs as the chosen rule splits them, numbered as cards will cite them. */
export function DraftPreview({ draft }: { draft: SourceDraftPreview }) {
  const t = useT();
  const originText = useOriginText();
  const more = draft.paragraphCount - draft.paragraphs.length;
  const headingId = `draft-preview-${draft.token}`;
  return (
    <section className="source-preview" aria-labelledby={headingId}>
      <h3 id={headingId} className="source-preview-title">
        {t('sources.import.preview')}
      </h3>
      <p className="form-hint">
        {originText(draft)} ·{' '}
        {t('sources.import.previewCount', { count: draft.paragraphCount, characters: draft.characters })}
      </p>
      <ol className="reader-paragraphs source-preview-list" tabIndex={0} aria-labelledby={headingId}>
        {draft.paragraphs.map((paragraph) => (
          <li key={paragraph.number} className={`reader-paragraph reader-role-${paragraph.role}`}>
            <span className="reader-number" aria-hidden="true">
              {t('sources.reader.paragraphNumber', { number: paragraph.number })}
            </span>
            <p className="reader-text">{paragraph.text}</p>
          </li>
        ))}
      </ol>
      {more > 0 && <p className="form-hint">{t('sources.import.previewMore', { count: more })}</p>}
    </section>
  );
}

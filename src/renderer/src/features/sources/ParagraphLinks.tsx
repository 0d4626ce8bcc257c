import { useT } from '../../i18n';
import './sources.css';

interface ParagraphLinksProps {
  sourceId: string;
  paragraphs: readonly number[];
  onOpen: (sourceId: string, paragraph: number) => void;
}

/** A card's "¶3" as buttons: each opens the source at that paragraph, where the reader checks the card's claim. */
export function ParagraphLinks({ sourceId, paragraphs, onOpen }: ParagraphLinksProps) {
  const t = useT();
  return (
    <span className="detail-source-link">
      {paragraphs.map((paragraph) => (
        <button
          key={paragraph}
          type="button"
          className="paragraph-link"
          aria-label={t('sources.card.openParagraph', { paragraph })}
          title={t('sources.card.openParagraph', { paragraph })}
          onClick={() => onOpen(sourceId, paragraph)}
        >
          {t('sources.reader.paragraphNumber', { number: paragraph })}
        </button>
      ))}
    </span>
  );
}

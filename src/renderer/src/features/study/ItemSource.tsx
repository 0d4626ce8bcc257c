import type { Library } from '../../../../shared/contract';
import type { Fact } from '../../../../shared/schema/fact';
import type { StudyItem } from '../../../../shared/study/studyItemSchemas';
import { useT } from '../../i18n';

interface ItemSourceProps {
  item: StudyItem;
  card: Fact | undefined;
  library: Library;
  onOpenCard?: (factId: string) => void;
}

/** Where the answer comes from: the card, and each source paragraph it cites ("¶3 · The Astana Times") in full. */
export function ItemSource({ item, card, library, onOpenCard }: ItemSourceProps) {
  const t = useT();
  const source = card?.sourceId ? library.sources.find((candidate) => candidate.id === card.sourceId) : undefined;
  const creditFor = (paragraph: number) => {
    const credit = card?.attributions?.find((attribution) => attribution.paragraph === paragraph);
    return credit?.label ?? source?.title ?? '';
  };
  return (
    <section className="study-source" aria-label={t('study.fromCard')}>
      <p className="study-source-card">
        <span className="study-source-label">{t('study.fromCard')}</span>{' '}
        <span lang="en">{card?.title ?? item.cardId}</span>
        {onOpenCard && card && (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={() => onOpenCard(card.id)}>
              {t('study.openCard')}
            </button>
          </>
        )}
      </p>
      {item.paragraphs.length === 0 && <p className="study-source-paragraph">{t('study.ownCardSource')}</p>}
      {item.paragraphs.map((paragraph) => (
        <figure key={paragraph} className="study-source-paragraph">
          <figcaption>{t('study.paragraph', { paragraph, source: creditFor(paragraph) })}</figcaption>
          {source?.paragraphs?.[paragraph - 1] && <blockquote lang="en">{source.paragraphs[paragraph - 1]}</blockquote>}
        </figure>
      ))}
    </section>
  );
}

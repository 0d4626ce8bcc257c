import { useMemo } from 'react';
import { factsAsOf } from '../../../../shared/citation';
import { paragraphsOfArticleText } from '../../../../shared/i18n/citationText';
import { formatFactDate, formatFigure } from '../../../../shared/i18n/formats';
import { useTranslator } from '../../i18n';
import type { Library } from '../../../../shared/contract';
import { tagIdsOf } from '../../../../shared/schema/cardTags';
import type { Fact } from '../../../../shared/schema/fact';
import { HighlightableText } from '../highlights';
import type { LibraryActions } from '../../store/useLibrary';
import { NotesPanel } from '../notes';
import { DeleteCardButton } from '../ownCards';
import { TagPicker } from '../tags';
import { AsOfNote } from './AsOfNote';
import { StarButton } from './StarButton';
import { TopicTag } from './TopicTag';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { useStudyThis } from '../study';
import { ParagraphLinks } from '../sources';

export interface CardDetailProps {
  fact: Fact;
  library: Library;
  actions: LibraryActions;
  starred: boolean;
  onToggleStar: (fact: Fact) => void;
  onEdit: () => void;
  /** sources: opens the article behind one of the card's paragraphs, its quote marked. */
  onOpenSource?: (sourceId: string, paragraph: number) => void;
  onDeleted: () => void;
  onClose: () => void;
  // briefs
  onAddToBrief?: () => void;
}

/** A card in full, and the place where the user annotates it: highlights, notes, tags, star. */
export function CardDetail({
  fact,
  library,
  actions,
  starred,
  onToggleStar,
  onEdit,
  onOpenSource,
  onDeleted,
  onClose,
  onAddToBrief,
}: CardDetailProps) {
  const translator = useTranslator();
  const { t, locale } = translator;
  const source = library.sources.find((candidate) => candidate.id === fact.sourceId);
  const asOf = source ? factsAsOf([source]) : undefined;
  const sourceTitle = library.user.sources.find((candidate) => candidate.id === fact.sourceId)?.title;
  const { user } = library;
  // study: "Study this" in a highlight's popover; not offered when nothing can be saved.
  const studyThis = useStudyThis(library, actions);
  const study = library.readOnly ? undefined : studyThis;
  const notes = useMemo(() => user.notes.filter((note) => note.factId === fact.id), [user.notes, fact.id]);
  const highlights = useMemo(
    () => user.highlights.filter((highlight) => highlight.factId === fact.id),
    [user.highlights, fact.id],
  );
  const titleId = `detail-title-${fact.id}`;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="card-detail" topic={fact.topic}>
      <div className="detail-header">
        <div className="card-meta">
          <TopicTag topic={fact.topic} />
          {fact.date && <span className="card-date">{formatFactDate(fact.date, locale)}</span>}
          {fact.origin === 'user' && <span className="badge">{t('card.yours')}</span>}
        </div>
        <DialogCloseButton label={t('card.close')} onClick={onClose} />
      </div>
      <h2 className="detail-title" id={titleId} lang="en">
        {fact.title}
      </h2>
      <p className="detail-summary" lang="en">
        {fact.summary}
      </p>

      {fact.figures.length > 0 && (
        <section className="detail-figures" aria-label={t('card.figures')}>
          {fact.figures.map((figure) => (
            <div key={`${figure.display}-${figure.measures}`} className="detail-figure">
              <span className="figure-value">{formatFigure(figure, locale)}</span>
              <span className="figure-measures" lang="en">
                {figure.measures}
              </span>
              {figure.qualifier && (
                <span className="figure-qualifier" lang="en">
                  {figure.qualifier}
                </span>
              )}
            </div>
          ))}
        </section>
      )}

      <HighlightableText fact={fact} highlights={highlights} actions={actions} study={study} />

      {fact.quote && (
        <figure className="detail-quote">
          <blockquote lang="en">
            <p>“{fact.quote.text}”</p>
          </blockquote>
          <figcaption>{t('card.quoteFrom', { paragraph: fact.quote.paragraph })}</figcaption>
        </figure>
      )}

      {fact.caveats.map((caveat) => (
        <aside key={caveat.sourceText} className="caveat" role="note" aria-label={t('card.caveat')}>
          <h3 className="caveat-title">{t('card.caveat')}</h3>
          <p>
            {t('card.caveat.sourceSays')} <q lang="en">{caveat.sourceText}</q>
          </p>
          <p lang="en">{caveat.note}</p>
          {caveat.usesOutsideContext && <p className="caveat-context">{t('card.caveat.outside')}</p>}
        </aside>
      ))}

      {asOf && <AsOfNote asOf={asOf} placement="card" />}

      <dl className="detail-facts">
        {fact.people.length > 0 && (
          <div>
            <dt>{t('card.people')}</dt>
            <dd lang="en">
              <ul>
                {fact.people.map((person) => (
                  <li key={person.name}>
                    <strong>{person.name}</strong>
                    <span>
                      {person.role}
                      {person.country ? ` · ${person.country}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {fact.organisations.length > 0 && (
          <div>
            <dt>{t('card.organisations')}</dt>
            <dd lang="en">
              <ul>
                {fact.organisations.map((organisation) => (
                  <li key={organisation.name}>
                    <strong>{organisation.name}</strong>
                    {organisation.kind && <span>{organisation.kind}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {fact.places.length > 0 && (
          <div>
            <dt>{t('card.places')}</dt>
            <dd lang="en">{fact.places.join(' · ')}</dd>
          </div>
        )}
        {fact.date && (
          <div>
            <dt>{t('card.date')}</dt>
            <dd>{formatFactDate(fact.date, locale)}</dd>
          </div>
        )}
        <div>
          <dt>{t('card.source')}</dt>
          <dd>
            {fact.paragraphs && fact.paragraphs.length > 0 ? (
              <span className="detail-paragraph">{paragraphsOfArticleText(fact.paragraphs, translator)}</span>
            ) : (
              <span className="detail-paragraph">{t('card.ownCard')}</span>
            )}
            {source && (
              <span className="detail-source-title" lang="en">
                {source.title}
              </span>
            )}
            {!source && sourceTitle && <span className="detail-source-title">{sourceTitle}</span>}
            {fact.sourceId && fact.paragraphs && onOpenSource && (
              <ParagraphLinks sourceId={fact.sourceId} paragraphs={fact.paragraphs} onOpen={onOpenSource} />
            )}
            {fact.attributions?.map((credit) => (
              <span key={credit.sourceId} className="detail-attribution">
                {t('card.credit', { credit: credit.label, paragraph: credit.paragraph })}
              </span>
            ))}
          </dd>
        </div>
      </dl>

      <TagPicker
        factId={fact.id}
        tags={user.tags}
        selectedTagIds={tagIdsOf(user.cardTags, fact.id)}
        actions={actions}
      />

      <NotesPanel factId={fact.id} notes={notes} actions={actions} study={study} />

      <div className="detail-actions">
        <StarButton starred={starred} onToggle={() => onToggleStar(fact)} withText />
        {fact.origin === 'user' && (
          <>
            <button type="button" className="button" onClick={onEdit}>
              {t('card.edit')}
            </button>
            <DeleteCardButton fact={fact} actions={actions} onDeleted={onDeleted} />
          </>
        )}
        {onAddToBrief && (
          <button type="button" className="button" onClick={onAddToBrief}>
            {t('briefs.command.addToBrief')}
          </button>
        )}
        <span className="detail-actions-spacer" />
        <button type="button" className="button" onClick={onClose}>
          {t('card.closeButton')}
        </button>
      </div>
    </ModalDialog>
  );
}

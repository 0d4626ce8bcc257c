import { useMemo } from 'react';
import { factsAsOf, paragraphsOfArticle } from '../../../../shared/citation';
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

interface CardDetailProps {
  fact: Fact;
  library: Library;
  actions: LibraryActions;
  starred: boolean;
  onToggleStar: (fact: Fact) => void;
  onEdit: () => void;
  onDeleted: () => void;
  onClose: () => void;
}

/** A card in full, and the place where the user annotates it: highlights, notes, tags, star. */
export function CardDetail({
  fact,
  library,
  actions,
  starred,
  onToggleStar,
  onEdit,
  onDeleted,
  onClose,
}: CardDetailProps) {
  const source = library.sources.find((candidate) => candidate.id === fact.sourceId);
  const asOf = source ? factsAsOf([source]) : undefined;
  const { user } = library;
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
          {fact.date && <span className="card-date">{fact.date.label}</span>}
          {fact.origin === 'user' && <span className="badge">Your card</span>}
        </div>
        <DialogCloseButton label="Close card" onClick={onClose} />
      </div>
      <h2 className="detail-title" id={titleId}>
        {fact.title}
      </h2>
      <p className="detail-summary">{fact.summary}</p>

      {fact.figures.length > 0 && (
        <section className="detail-figures" aria-label="Figures">
          {fact.figures.map((figure) => (
            <div key={`${figure.display}-${figure.measures}`} className="detail-figure">
              <span className="figure-value">{figure.display}</span>
              <span className="figure-measures">{figure.measures}</span>
              {figure.qualifier && <span className="figure-qualifier">{figure.qualifier}</span>}
            </div>
          ))}
        </section>
      )}

      <HighlightableText fact={fact} highlights={highlights} actions={actions} />

      {fact.quote && (
        <figure className="detail-quote">
          <blockquote>
            <p>“{fact.quote.text}”</p>
          </blockquote>
          <figcaption>Quoted from paragraph {fact.quote.paragraph} of the source article</figcaption>
        </figure>
      )}

      {fact.caveats.map((caveat) => (
        <aside key={caveat.sourceText} className="caveat" role="note" aria-label="Caveat">
          <h3 className="caveat-title">Caveat</h3>
          <p>
            The source says <q>{caveat.sourceText}</q>.
          </p>
          <p>{caveat.note}</p>
          {caveat.usesOutsideContext && (
            <p className="caveat-context">This note draws on context from outside the article.</p>
          )}
        </aside>
      ))}

      {asOf && <AsOfNote asOf={asOf} placement="card" />}

      <dl className="detail-facts">
        {fact.people.length > 0 && (
          <div>
            <dt>People</dt>
            <dd>
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
            <dt>Organisations</dt>
            <dd>
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
            <dt>Places</dt>
            <dd>{fact.places.join(' · ')}</dd>
          </div>
        )}
        {fact.date && (
          <div>
            <dt>Date</dt>
            <dd>{fact.date.label}</dd>
          </div>
        )}
        <div>
          <dt>Source</dt>
          <dd>
            {fact.paragraphs && fact.paragraphs.length > 0 ? (
              <span className="detail-paragraph">{paragraphsOfArticle(fact.paragraphs)}</span>
            ) : (
              <span className="detail-paragraph">Your own card</span>
            )}
            {source && <span className="detail-source-title">{source.title}</span>}
            {fact.attributions?.map((credit) => (
              <span key={credit.sourceId} className="detail-attribution">
                {credit.label} (paragraph {credit.paragraph})
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

      <NotesPanel factId={fact.id} notes={notes} actions={actions} />

      <div className="detail-actions">
        <StarButton starred={starred} onToggle={() => onToggleStar(fact)} withText />
        {fact.origin === 'user' && (
          <>
            <button type="button" className="button" onClick={onEdit}>
              Edit card
            </button>
            <DeleteCardButton fact={fact} actions={actions} onDeleted={onDeleted} />
          </>
        )}
        <span className="detail-actions-spacer" />
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

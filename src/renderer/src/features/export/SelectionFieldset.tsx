import { useId, useMemo, useState } from 'react';
import type { Fact } from '../../../../shared/schema/fact';
import { topics, type TopicId } from '../../../../shared/topics';
import type { MessageKey } from '../../../../shared/i18n/catalogues';
import { topicKey } from '../../../../shared/i18n/topicKeys';
import { useT } from '../../i18n';

export type SelectionKind = 'all' | 'starred' | 'topics' | 'cards';

interface SelectionFieldsetProps {
  facts: readonly Fact[];
  starredCount: number;
  kind: SelectionKind;
  chosenTopics: ReadonlySet<TopicId>;
  chosenCards: ReadonlySet<string>;
  onKind: (kind: SelectionKind) => void;
  onToggleTopic: (topic: TopicId) => void;
  onToggleCard: (factId: string) => void;
}

const kindLabels: Record<SelectionKind, MessageKey> = {
  all: 'export.kind.all',
  starred: 'export.kind.starred',
  topics: 'export.kind.topics',
  cards: 'export.kind.cards',
};

export function SelectionFieldset(props: SelectionFieldsetProps) {
  const { facts, starredCount, kind, chosenTopics, chosenCards, onKind, onToggleTopic, onToggleCard } = props;
  const name = useId();
  const t = useT();
  const [filter, setFilter] = useState('');
  const topicCounts = useMemo(() => {
    const counts = new Map<TopicId, number>();
    for (const fact of facts) counts.set(fact.topic, (counts.get(fact.topic) ?? 0) + 1);
    return counts;
  }, [facts]);
  const filtered = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return needle ? facts.filter((fact) => fact.title.toLocaleLowerCase().includes(needle)) : facts;
  }, [facts, filter]);
  const counts: Record<SelectionKind, string> = {
    all: String(facts.length),
    starred: String(starredCount),
    topics: chosenTopics.size > 0 ? t('export.chosen', { count: chosenTopics.size }) : '',
    cards: chosenCards.size > 0 ? t('export.chosen', { count: chosenCards.size }) : '',
  };

  return (
    <fieldset className="export-fieldset">
      <legend className="export-legend">{t('export.cards.legend')}</legend>
      <div className="export-choices">
        {(Object.keys(kindLabels) as SelectionKind[]).map((value) => (
          <label key={value} className="export-choice">
            <input type="radio" name={name} value={value} checked={kind === value} onChange={() => onKind(value)} />
            <span>{t(kindLabels[value])}</span>
            {counts[value] && <span className="export-choice-count">{counts[value]}</span>}
          </label>
        ))}
      </div>
      {kind === 'topics' && (
        <div className="export-sublist" role="group" aria-label={t('export.topics')}>
          {topics.map((topic) => (
            <label key={topic.id} className="export-check" data-topic={topic.id}>
              <input type="checkbox" checked={chosenTopics.has(topic.id)} onChange={() => onToggleTopic(topic.id)} />
              <span className="export-topic-dot" aria-hidden="true" />
              <span>{t(topicKey(topic.id))}</span>
              <span className="export-choice-count">{topicCounts.get(topic.id) ?? 0}</span>
            </label>
          ))}
        </div>
      )}
      {kind === 'cards' && (
        <div className="export-sublist">
          <input
            type="search"
            className="export-filter"
            placeholder={t('export.filter')}
            aria-label={t('export.filter')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
          <div className="export-card-list" role="group" aria-label={t('export.cardList')}>
            {filtered.map((fact) => (
              <label key={fact.id} className="export-check" data-topic={fact.topic}>
                <input type="checkbox" checked={chosenCards.has(fact.id)} onChange={() => onToggleCard(fact.id)} />
                <span className="export-topic-dot" aria-hidden="true" />
                <span lang="en">{fact.title}</span>
              </label>
            ))}
            {filtered.length === 0 && (
              <p className="export-hint">{t('export.filter.none', { filter: filter.trim() })}</p>
            )}
          </div>
        </div>
      )}
    </fieldset>
  );
}

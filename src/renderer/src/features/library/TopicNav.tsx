import type { KeyboardEvent, ReactNode } from 'react';
import type { Tag } from '../../../../shared/schema/annotations';
import { topicKey } from '../../../../shared/i18n/topicKeys';
import { topics } from '../../../../shared/topics';
import { useT } from '../../i18n';
import type { Selection } from './libraryView';

interface TopicNavProps {
  selection: Selection;
  counts: ReadonlyMap<Selection, number>;
  tags: readonly Tag[];
  onSelect: (selection: Selection) => void;
  onManageTags: () => void;
  /** sources: the collection scope's selector, above the list it limits. */
  scope?: ReactNode;
}

/** Up and down arrows walk the list, as in any sidebar; Tab still moves on to the cards. */
function moveWithArrows(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button'));
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (current < 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? Math.min(current + 1, buttons.length - 1) : Math.max(current - 1, 0);
  buttons[next]?.focus();
}

export function TopicNav({ selection, counts, tags, onSelect, onManageTags, scope }: TopicNavProps) {
  const t = useT();
  const item = (id: Selection, label: string, extra: { className?: string; tagColor?: string } = {}) => (
    <li key={id}>
      <button
        type="button"
        className={`topic-link ${extra.className ?? ''}`}
        data-topic={id}
        data-tag-color={extra.tagColor}
        aria-current={selection === id ? 'page' : undefined}
        onClick={() => onSelect(id)}
      >
        <span className="topic-dot" aria-hidden="true" />
        <span className="topic-label">{label}</span>
        <span className="topic-count">{counts.get(id) ?? 0}</span>
      </button>
    </li>
  );
  return (
    <nav className="topic-nav" aria-label={t('nav.label')} onKeyDown={moveWithArrows}>
      {scope}
      <ul>
        {item('all', t('nav.all'), { className: 'is-collection' })}
        {item('starred', t('nav.starred'), { className: 'is-collection' })}
        {item('annotated', t('nav.annotated'), { className: 'is-collection' })}
      </ul>
      <h2 className="nav-heading" aria-hidden="true">
        {t('nav.topics')}
      </h2>
      <ul>{topics.map((topic) => item(topic.id, t(topicKey(topic.id))))}</ul>
      <div className="nav-heading-row">
        <h2 className="nav-heading" aria-hidden="true">
          {t('nav.tags')}
        </h2>
        <button type="button" className="nav-action" onClick={onManageTags}>
          {t('nav.manageTags')}
        </button>
      </div>
      {tags.length > 0 ? (
        <ul>{tags.map((tag) => item(`tag:${tag.id}`, tag.name, { className: 'is-tag', tagColor: tag.color }))}</ul>
      ) : (
        <p className="nav-empty">{t('nav.noTags')}</p>
      )}
    </nav>
  );
}

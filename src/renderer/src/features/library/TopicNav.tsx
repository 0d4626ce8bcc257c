import type { KeyboardEvent } from 'react';
import { topics } from '../../../../shared/topics';
import type { Selection } from './libraryView';

interface TopicNavProps {
  selection: Selection;
  counts: Record<Selection, number>;
  onSelect(selection: Selection): void;
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

export function TopicNav({ selection, counts, onSelect }: TopicNavProps) {
  const item = (id: Selection, label: string, extraClass = '') => (
    <li key={id}>
      <button
        type="button"
        className={`topic-link ${extraClass}`}
        data-topic={id}
        aria-current={selection === id ? 'page' : undefined}
        onClick={() => onSelect(id)}
      >
        <span className="topic-dot" aria-hidden="true" />
        <span className="topic-label">{label}</span>
        <span className="topic-count">{counts[id]}</span>
      </button>
    </li>
  );
  return (
    <nav className="topic-nav" aria-label="Topics" onKeyDown={moveWithArrows}>
      <ul>
        {item('all', 'All cards', 'is-collection')}
        {item('starred', 'Starred', 'is-collection')}
      </ul>
      <h2 className="nav-heading" aria-hidden="true">
        Topics
      </h2>
      <ul>{topics.map((topic) => item(topic.id, topic.label))}</ul>
    </nav>
  );
}

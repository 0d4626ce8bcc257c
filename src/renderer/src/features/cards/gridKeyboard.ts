import type { KeyboardEvent } from 'react';

/**
 * Arrow keys move focus between the cards of a grid the way they look on screen: left/right to
 * the neighbour, up/down to the card above or below nearest in x, Home/End to the ends. Each card
 * has one focus stop (its title button), found by `data-card-open`.
 */
export function moveFocusInGrid(event: KeyboardEvent<HTMLElement>): void {
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-card-open]'));
  const current = buttons.findIndex((button) => button === document.activeElement);
  if (current < 0) return;
  const next = targetIndex(event.key, current, buttons);
  if (next === undefined || next === current) return;
  event.preventDefault();
  buttons[next]?.focus();
}

function targetIndex(key: string, current: number, buttons: HTMLElement[]): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return Math.min(current + 1, buttons.length - 1);
    case 'ArrowLeft':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return buttons.length - 1;
    case 'ArrowDown':
      return nearestInRow(buttons, current, 1);
    case 'ArrowUp':
      return nearestInRow(buttons, current, -1);
    default:
      return undefined;
  }
}

function nearestInRow(buttons: HTMLElement[], current: number, direction: 1 | -1): number {
  const cardOf = (button: HTMLElement) => (button.closest('article') ?? button).getBoundingClientRect();
  const from = cardOf(buttons[current] as HTMLElement);
  let best = current;
  let bestScore = Number.POSITIVE_INFINITY;
  buttons.forEach((button, index) => {
    const rect = cardOf(button);
    const below = direction === 1 ? rect.top >= from.bottom - 1 : rect.bottom <= from.top + 1;
    if (!below) return;
    const score = Math.abs(rect.top - from.top) * 10 + Math.abs(rect.left - from.left);
    if (score < bestScore) {
      bestScore = score;
      best = index;
    }
  });
  // A one-column layout (or jsdom, which has no layout) has every card at one spot: step in order.
  if (best === current) return Math.min(Math.max(current + direction, 0), buttons.length - 1);
  return best;
}

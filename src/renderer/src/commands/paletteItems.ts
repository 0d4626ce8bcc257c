import fuzzysort from 'fuzzysort';
import type { Fact } from '../../../shared/schema/fact';
import type { Command, CommandContext } from './command';

/** One row of the palette: a command, or a card to open. */
export interface PaletteItem {
  id: string;
  label: string;
  kind: 'command' | 'card';
  command?: Command;
  factId?: string;
  keywords: string;
}

/** The available commands, then every card by title (cards only while no card is open). */
export function paletteItems(
  commands: readonly Command[],
  facts: readonly Fact[],
  context: CommandContext,
  cardKeywords = 'open card',
): PaletteItem[] {
  const available = commands.filter((command) => command.id !== 'command-palette' && command.when(context));
  return [
    ...available.map((command) => ({
      id: command.id,
      label: command.label,
      kind: 'command' as const,
      command,
      keywords: [...(command.keywords ?? []), command.group, command.groupLabel].join(' '),
    })),
    ...facts.map((fact) => ({
      id: `card-${fact.id}`,
      label: fact.title,
      kind: 'card' as const,
      factId: fact.id,
      keywords: cardKeywords,
    })),
  ];
}

/**
 * Fuzzy filtering with fuzzysort: "exp pdf" finds "Export PDF briefing pack…" and "sec" finds
 * "Go to Security". An empty query lists the commands alone, cards being many.
 */
export function filterPalette(items: readonly PaletteItem[], query: string, limit = 40): PaletteItem[] {
  const trimmed = query.trim();
  if (!trimmed) return items.filter((item) => item.kind === 'command').slice(0, limit);
  return fuzzysort
    .go(trimmed, items, { keys: ['label', 'keywords'], limit, threshold: 0.3 })
    .map((result) => result.obj);
}

import { useMemo, type Dispatch, type SetStateAction } from 'react';
import type { Library } from '../../../../shared/contract';
import type { ThemeChoice } from '../../../../shared/schema/database';
import type { Fact } from '../../../../shared/schema/fact';
import {
  commandsFor,
  currentPlatform,
  useCommands,
  usePublishedMenu,
  type Command,
  type CommandContext,
  type CommandEffects,
} from '../../commands';
import { useBriefingService } from '../../service/ServiceContext';
import type { Selection } from './libraryView';
import { baseOf, type Overlay } from './overlay';
import { useT, type LanguageChoice } from '../../i18n';

export const platform = currentPlatform();

/** Presses a control of the open card's dialog, found by its visible name. */
function pressInCard(name: string): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('dialog[open] button');
  const button = [...buttons].find((candidate) => candidate.textContent?.trim() === name);
  button?.focus();
  button?.click();
}

interface LibraryCommandInputs {
  library: Library;
  facts: readonly Fact[];
  overlay: Overlay | undefined;
  setOverlay: Dispatch<SetStateAction<Overlay | undefined>>;
  toggleStar: (fact: Fact) => void;
  undo: () => void;
  redo: () => void;
  select: (selection: Selection) => void;
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
  language: LanguageChoice;
  canUndo: boolean;
  canRedo: boolean;
  /** Where a command that failed in the main process says why. */
  report: (error: unknown) => void;
  // study
  studyCardHighlights: (factId: string) => void;
}

/** The registry for this library, what its commands can do to the screen, the keys that run them, and the native menu it publishes. */
export function useLibraryCommands({
  library,
  facts,
  overlay,
  setOverlay,
  toggleStar,
  undo,
  redo,
  select,
  theme,
  setTheme,
  language,
  canUndo,
  canRedo,
  report,
  studyCardHighlights,
}: LibraryCommandInputs): { commands: Command[]; context: CommandContext; effects: CommandEffects } {
  const base = baseOf(overlay);
  const t = useT();
  const service = useBriefingService();
  const commands = useMemo(() => commandsFor(library, t), [library, t]);
  const effects = useMemo<CommandEffects>(
    () => ({
      focusSearch: () => document.querySelector<HTMLInputElement>('input.search-input')?.focus(),
      newCard: () => setOverlay({ kind: 'new-card' }),
      openCard: (factId) => setOverlay({ kind: 'card', factId }),
      closeCard: () => setOverlay(undefined),
      toggleStar: (factId) => {
        const fact = facts.find((candidate) => candidate.id === factId);
        if (fact) toggleStar(fact);
      },
      pressInCard: (control) =>
        pressInCard(
          t(({ 'add-note': 'notes.add', highlight: 'highlights.start', 'add-tag': 'tags.add' } as const)[control]),
        ),
      undo,
      redo,
      openExport: (start) =>
        setOverlay({ kind: 'export', ...(start ? { start: { action: start, token: Date.now() } } : {}) }),
      // briefs
      openBriefs: (start) => setOverlay({ kind: 'briefs', start: { action: start ?? 'list', token: Date.now() } }),
      addToBrief: (factId) => setOverlay({ kind: 'add-to-brief', factId }),
      select: (next) => {
        setOverlay(undefined);
        select(next as Selection);
      },
      setTheme,
      setLanguage: language.choose,
      showShortcuts: () => setOverlay((now) => ({ kind: 'shortcuts', over: now?.kind === 'palette' ? now.over : now })),
      showPalette: () =>
        setOverlay((now) =>
          now?.kind === 'palette' ? now : { kind: 'palette', over: now?.kind === 'shortcuts' ? now.over : now },
        ),
      runInMain: (commandId) => void service.runMainCommand({ commandId }).catch(report),
      // study
      openStudy: (view) => setOverlay({ kind: 'study', view }),
      studyCardHighlights,
      // sources
      openSource: (factId) => {
        const fact = factId ? facts.find((candidate) => candidate.id === factId) : undefined;
        const sourceId = fact?.sourceId ?? library.sources.find((source) => source.kind === 'article')?.id;
        if (!sourceId) return;
        setOverlay((now) =>
          fact?.paragraphs?.[0]
            ? { kind: 'source', sourceId, paragraph: fact.paragraphs[0], factId: fact.id, from: baseOf(now) }
            : { kind: 'source', sourceId },
        );
      },
      openSources: () => setOverlay({ kind: 'sources' }),
      importSource: () => setOverlay({ kind: 'import-source' }),
      makeCardFromSelection: () => document.querySelector<HTMLButtonElement>('dialog[open] .reader-make-card')?.click(),
    }),
    [
      facts,
      setOverlay,
      toggleStar,
      undo,
      redo,
      select,
      setTheme,
      service,
      report,
      language.choose,
      t,
      studyCardHighlights,
      library.sources,
    ],
  );
  const context = useMemo<CommandContext>(
    () => ({
      library,
      openCardId: base?.kind === 'card' ? base.factId : undefined,
      overlay: overlay?.kind === 'palette' ? 'palette' : base?.kind,
      canUndo,
      canRedo,
      theme,
      language: language.language,
      effects,
    }),
    [library, base, overlay?.kind, canUndo, canRedo, theme, language.language, effects],
  );
  useCommands(commands, context, platform);
  usePublishedMenu(commands, context, platform, service);
  return { commands, context, effects };
}

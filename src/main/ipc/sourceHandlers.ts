import { randomUUID } from 'node:crypto';
import { BriefingError } from '../../shared/errors';
import type { UserData } from '../../shared/schema/database';
import {
  applySourceCommand,
  cardCollectionId,
  sourceCollections,
  createSourceRecord,
  pastedTextDraft,
  withRule,
  type SourceCommand,
  type SourceDraft,
  type SourceLibrary,
  type SourceLibraryContext,
} from '../../shared/sources';
import { carryPlanSummary } from '../../shared/sources/carryCards';
import { previewOfDraft } from '../../shared/sources/draftPreview';
import { sourceLibraryOf, storedPartOf } from '../../shared/sources/librarySources';
import { carryCards, carryPlanFor } from '../domain/carryCards';
import type { FactStore, Operation } from '../domain/factStore';
import type { ExportDeps } from '../domain/ports/exportPorts';
import { readSourceFile, type SourceFileOptions } from '../domain/sources';
import type { Handlers } from './router';

type SourcesChannel =
  | 'readPastedSource'
  | 'readSourceFile'
  | 'changeSourceDraftRule'
  | 'importSource'
  | 'removeSource'
  | 'createCollection'
  | 'renameCollection'
  | 'removeCollection'
  | 'previewCarryCards'
  | 'carryCards';

/** How many read-but-unsaved articles are kept for their forms; an older one has to be read again. */
const draftsKept = 4;

/**
 * Drafts of up to 20 MB stay here and the window names them by token, so an article crosses the process boundary
 * once, as the user confirms it, never back and forth while they fill in the form.
 */
class HeldDrafts {
  private readonly drafts = new Map<string, SourceDraft>();

  hold(draft: SourceDraft): string {
    const token = randomUUID();
    this.drafts.set(token, draft);
    while (this.drafts.size > draftsKept) this.drafts.delete(this.drafts.keys().next().value!);
    return token;
  }

  replace(token: string, draft: SourceDraft): void {
    this.get(token);
    this.drafts.set(token, draft);
  }

  get(token: string): SourceDraft {
    const draft = this.drafts.get(token);
    if (!draft) {
      throw new BriefingError({
        code: 'not-found',
        message: 'That article is no longer open for import; paste or open it again. Nothing was imported.',
      });
    }
    return draft;
  }

  drop(token: string): void {
    this.drafts.delete(token);
  }
}

/** What the rest of the database says to the core's rules: ids in use, cited sources, collections in use. */
function sourceContext(
  user: UserData,
  shippedFactIds: readonly string[],
  library: SourceLibrary,
): SourceLibraryContext {
  const otherIds = new Set<string>(shippedFactIds);
  for (const list of [user.ownFacts, user.notes, user.highlights, user.tags])
    for (const item of list) otherIds.add(item.id);
  const citedSourceIds = new Set<string>();
  for (const fact of user.ownFacts) if (fact.sourceId) citedSourceIds.add(fact.sourceId);
  // The shipped cards are all the shipped summit's, which is never removed: only the user's cards can hold one.
  const collectionOfSource = sourceCollections(library);
  const usedCollectionIds = new Set(user.ownFacts.map((fact) => cardCollectionId(fact, collectionOfSource)));
  return { otherIds, citedSourceIds, usedCollectionIds };
}

/** Sources, drafts and collections: every change goes through the core's applySourceCommand, so undo takes it back. */
export function sourcesHandlers(
  store: FactStore,
  deps: Pick<ExportDeps, 'dialogs' | 'clock'>,
  fileOptions: SourceFileOptions = {},
): Pick<Handlers, SourcesChannel> {
  const drafts = new HeldDrafts();
  const now = () => (deps.clock ?? (() => new Date()))();
  const shippedFactIds = () => store.library().facts.map((fact) => fact.id);
  const sourceOperation =
    (command: (user: UserData) => SourceCommand): Operation<void> =>
    (user) => {
      const sourceLibrary = sourceLibraryOf(store.library().sources, user);
      const next = applySourceCommand(
        sourceLibrary,
        command(user),
        sourceContext(user, shippedFactIds(), sourceLibrary),
      );
      return { user: { ...user, ...storedPartOf(next) }, result: undefined };
    };
  const change = async (command: (user: UserData) => SourceCommand) =>
    (await store.change(sourceOperation(command))).answer;

  return {
    readPastedSource: ({ text }) => {
      const draft = pastedTextDraft(text);
      return previewOfDraft(draft, drafts.hold(draft));
    },
    readSourceFile: async () => {
      const path = await deps.dialogs.chooseOpenPath({ kind: 'source' });
      if (!path) return { status: 'cancelled' };
      const draft = await readSourceFile(path, fileOptions);
      return { status: 'ready', draft: previewOfDraft(draft, drafts.hold(draft)) };
    },
    changeSourceDraftRule: ({ token, rule }) => {
      const draft = withRule(drafts.get(token), rule);
      drafts.replace(token, draft);
      return previewOfDraft(draft, token);
    },
    importSource: async ({ token, collectionId, metadata, supersedes }) => {
      const draft = drafts.get(token);
      const source = createSourceRecord(draft, metadata, {
        id: `source-${randomUUID()}`,
        collectionId,
        importedAt: now().toISOString(),
        ...(supersedes ? { supersedes } : {}),
      });
      const answer = await change(() => ({ kind: 'import-source', source }));
      drafts.drop(token);
      return { ...answer, sourceId: source.id };
    },
    removeSource: ({ sourceId }) => change(() => ({ kind: 'remove-source', sourceId })),
    createCollection: async ({ name }) => {
      const collection = { id: `collection-${randomUUID()}`, name, createdAt: now().toISOString() };
      const answer = await change(() => ({ kind: 'create-collection', collection }));
      return { ...answer, collectionId: collection.id };
    },
    renameCollection: ({ collectionId, name }) => change(() => ({ kind: 'rename-collection', collectionId, name })),
    removeCollection: ({ collectionId }) => change(() => ({ kind: 'remove-collection', collectionId })),
    previewCarryCards: ({ sourceId }) =>
      carryPlanSummary(carryPlanFor(store.library().sources, store.library().user, sourceId)),
    carryCards: async ({ sourceId }) => {
      const { answer, result } = await store.change((user) => carryCards(store.library().sources, user, sourceId));
      return { ...answer, ...result };
    },
  };
}

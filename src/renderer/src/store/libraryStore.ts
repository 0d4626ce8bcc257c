import type { Library, ResponseOf, SaveState } from '../../../shared/contract';
import { BriefingError } from '../../../shared/errors';
import { copyCardTags } from '../../../shared/schema/cardTags';
import type { UserData } from '../../../shared/schema/database';
import { applyPatch, type ChangeAnswer } from '../../../shared/schema/userDataPatch';

/** What the header says about saving. */
export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; problem: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'read-only'; reason: string };

export type LibraryState =
  | { status: 'loading' }
  | { status: 'failed'; error: BriefingError }
  | { status: 'ready'; library: Library; save: SaveStatus; pending: number; preview?: LibraryPreview };

/** While only part of the library has arrived: what the first screen says about the whole. */
export interface LibraryPreview {
  selection: string;
  total: number;
  counts: ReadonlyMap<string, number>;
  /** first-screen: the cards painted first; cards: every card, with what of the rest has arrived. */
  stage: 'first-screen' | 'cards';
}

type FirstScreen = ResponseOf<'getFirstScreen'>;

/** A change the window shows before its answer arrives (a star, a tag ticked), and takes back after. */
type Overlay = (user: UserData) => UserData;

interface Ready {
  /** What the main process last answered: the saved state. */
  saved: Library;
  overlays: Map<number, Overlay>;
  pending: number;
  retrying?: string;
  failure?: string;
  preview?: LibraryPreview;
  /** Answers applied to the first screen, applied again to the whole library if it was read before them. */
  sincePreview?: ChangeAnswer[];
}

/** `records` followed by those of `held` it lacks (by id): the window's own, not yet in a page. */
function withMissing<Item extends { id: string }>(records: readonly Item[], held: readonly Item[]): Item[] {
  const ids = new Set(records.map((record) => record.id));
  const missing = held.filter((record) => !ids.has(record.id));
  return missing.length === 0 ? (records as Item[]) : [...records, ...missing];
}

/** The window's copy of the library keeps card ids out of Object.prototype's reach. */
function withSafeCardTags(library: Library): Library {
  return { ...library, user: { ...library.user, cardTags: copyCardTags(library.user.cardTags) } };
}

/**
 * The library as the window shows it: the saved state from the main process, changed only by its
 * answers — applied in revision order, any answer older than the last applied dropped — with the
 * changes still on their way shown on top until their answers come. So no sequence of clicks,
 * keys and undo can leave the window showing something the file does not hold.
 */
export class LibraryStore {
  private ready: Ready | undefined;
  private state: LibraryState = { status: 'loading' };
  private readonly listeners = new Set<() => void>();
  private nextToken = 1;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LibraryState => this.state;

  loading(): void {
    this.ready = undefined;
    this.emit({ status: 'loading' });
  }

  /** The first screen arrived: painted at once, until the whole library follows. */
  previewed(first: FirstScreen): void {
    if (this.ready) return;
    this.ready = {
      saved: withSafeCardTags(first.library),
      overlays: new Map<number, Overlay>(),
      pending: 0,
      preview: {
        selection: first.selection,
        total: first.total,
        counts: new Map(Object.entries(first.counts)),
        stage: 'first-screen',
      },
      sincePreview: [],
    };
    this.publish();
  }

  /**
   * Every card has arrived (the notes may still be on their way): shown at once, so every card
   * can be seen and searched. `partial` is part of one saved state; what the window holds and it
   * lacks is kept, and the answers since the first screen are applied again on top, so nothing
   * shown goes back in time. The whole library replaces it when it has all arrived.
   */
  arrived(partial: Library): void {
    const ready = this.ready;
    // Once: the cards are shown, and the rest waits for the whole library (re-rendering and
    // re-indexing ten thousand cards per page of notes would hold the window up).
    if (ready?.preview?.stage !== 'first-screen') return;
    const current = ready.saved;
    ready.saved = withSafeCardTags({
      ...partial,
      facts: withMissing(partial.facts, current.facts),
      user: {
        ...partial.user,
        ownFacts: withMissing(partial.user.ownFacts, current.user.ownFacts),
        highlights: withMissing(partial.user.highlights, current.user.highlights),
        notes: withMissing(partial.user.notes, current.user.notes),
        cardTags: { ...copyCardTags(current.user.cardTags), ...partial.user.cardTags },
      },
    });
    for (const answer of ready.sincePreview ?? []) this.apply(answer, false);
    ready.preview = { ...ready.preview, stage: 'cards' };
    this.publish();
  }

  loaded(library: Library): void {
    // A fresh read is the whole truth: changes still in flight answer later, with later revisions.
    const applied = this.ready?.sincePreview ?? [];
    this.ready = {
      saved: withSafeCardTags(library),
      overlays: this.ready?.overlays ?? new Map<number, Overlay>(),
      pending: this.ready?.pending ?? 0,
    };
    // A change made on the first screen may have been saved after the library was read: its
    // answer is applied again (in revision order, older ones dropped as always).
    for (const answer of applied) this.apply(answer, false);
    this.publish();
  }

  failedToLoad(error: BriefingError): void {
    this.ready = undefined;
    this.emit({ status: 'failed', error });
  }

  /** The saved state as last answered; undefined until loaded. */
  saved(): Library | undefined {
    return this.ready?.saved;
  }

  /** A change is on its way; `overlay` shows it at once. Answers a token for `finished`. */
  started(overlay?: Overlay): number {
    const token = this.nextToken++;
    if (this.ready) {
      this.ready.pending += 1;
      if (overlay) this.ready.overlays.set(token, overlay);
      this.publish();
    }
    return token;
  }

  /** Its answer came (or its error): the overlay goes, and the answer, if not stale, is applied. */
  finished(token: number, outcome: { answer: ChangeAnswer } | { error: BriefingError }): void {
    const ready = this.ready;
    if (!ready) return;
    ready.pending = Math.max(0, ready.pending - 1);
    ready.overlays.delete(token);
    if ('answer' in outcome) {
      this.apply(outcome.answer);
      ready.failure = undefined;
    } else if (outcome.error.code === 'write-failed') {
      ready.failure = outcome.error.reason ?? outcome.error.message;
    }
    if (ready.pending === 0) ready.retrying = undefined;
    this.publish();
  }

  /** Applies an answer that did not go through `started` (an import). */
  answered(answer: ChangeAnswer): void {
    this.apply(answer);
    this.publish();
  }

  /** What the main process says while answers are awaited: whether it is retrying a refused write. */
  saveState(state: SaveState): void {
    const ready = this.ready;
    if (!ready) return;
    const retrying =
      ready.pending > 0 && state.status === 'retrying' ? (state.problem ?? 'The disk refused the write') : undefined;
    if (retrying === ready.retrying) return;
    ready.retrying = retrying;
    this.publish();
  }

  private apply(answer: ChangeAnswer, remember = true): void {
    const ready = this.ready;
    if (!ready || answer.revision < ready.saved.revision) return;
    if (remember) ready.sincePreview?.push(answer);
    const { saved } = ready;
    ready.saved = {
      ...saved,
      user: applyPatch(saved.user, answer.changed),
      history: answer.history,
      revision: answer.revision,
    };
  }

  private publish(): void {
    const ready = this.ready;
    if (!ready) return;
    let user = ready.saved.user;
    for (const overlay of ready.overlays.values()) user = overlay(user);
    const library = user === ready.saved.user ? ready.saved : { ...ready.saved, user };
    this.emit({
      status: 'ready',
      library,
      save: this.saveStatus(ready),
      pending: ready.pending,
      ...(ready.preview ? { preview: ready.preview } : {}),
    });
  }

  private saveStatus(ready: Ready): SaveStatus {
    if (ready.saved.readOnly) return { kind: 'read-only', reason: ready.saved.readOnly.reason };
    if (ready.retrying) return { kind: 'retrying', problem: ready.retrying };
    if (ready.pending > 0) return { kind: 'saving' };
    if (ready.failure) return { kind: 'failed', reason: ready.failure };
    return { kind: 'saved' };
  }

  private emit(state: LibraryState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

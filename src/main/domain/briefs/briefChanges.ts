import { randomUUID } from 'node:crypto';
import {
  addItem,
  addToBrief,
  createBrief,
  createBriefFromCards,
  deleteBrief,
  deleteItem,
  moveItem,
  reorderSection,
  updateBriefHeader,
  updateItem,
  type AnnotationContext,
  type BriefChange,
  type BriefOutcome,
} from '../../../shared/briefs';
import type { BriefRequest } from '../../../shared/briefs/briefRequests';
import type { Brief } from '../../../shared/briefs/briefSchema';
import type { UserData } from '../../../shared/schema/database';
import type { OperationContext } from '../annotationOperations';
import type { Operation } from '../factStore';

/** The core's input: the request without the name that chose the operation (its schemas are strict). */
function inputOf<Request extends { operation: string }>(request: Request): Omit<Request, 'operation'> {
  const { operation: _operation, ...input } = request;
  return input;
}

/** Runs one brief operation of the core; each refuses whole, so a refusal changes nothing. */
function run(briefs: readonly Brief[], request: BriefRequest, context: AnnotationContext): BriefOutcome {
  switch (request.operation) {
    case 'create':
      return createBrief(briefs, inputOf(request), context);
    case 'createFromCards':
      return createBriefFromCards(briefs, inputOf(request), context);
    case 'updateHeader':
      return updateBriefHeader(briefs, inputOf(request), context);
    case 'delete':
      return deleteBrief(briefs, inputOf(request));
    case 'addItem':
      return addItem(briefs, inputOf(request), context);
    case 'updateItem':
      return updateItem(briefs, inputOf(request), context);
    case 'deleteItem':
      return deleteItem(briefs, inputOf(request), context);
    case 'moveItem':
      return moveItem(briefs, inputOf(request), context);
    case 'reorderSection':
      return reorderSection(briefs, inputOf(request), context);
    case 'addToBrief':
      return addToBrief(briefs, inputOf(request), context);
  }
}

/** The core's context over the store's: ids the main process makes, the user's highlights and notes. */
function briefContext(user: UserData, context: OperationContext): AnnotationContext {
  return {
    now: () => context.now(),
    // Unique across kinds and across briefs: the store's rule for every record.
    newId: (prefix) => `${prefix}-${randomUUID()}`,
    fact: (id) => context.fact(id),
    highlight: (id) => user.highlights.find((highlight) => highlight.id === id),
    note: (id) => user.notes.find((note) => note.id === id),
  };
}

/** A brief request as one store change: journaled, undoable, checked like every other record. */
export function briefOperation(request: BriefRequest): Operation<BriefChange> {
  return (user, context) => {
    const outcome = run(user.briefs, request, briefContext(user, context));
    return { user: { ...user, briefs: outcome.briefs }, result: outcome.changed };
  };
}

/** Typing in one item or one header field in quick succession is one undo step. */
export function briefCoalesceKey(request: BriefRequest): string | undefined {
  if (request.operation === 'updateItem' && request.text !== undefined) return `brief-item:${request.itemId}`;
  if (request.operation === 'updateHeader') return `brief-header:${request.briefId}`;
  return undefined;
}

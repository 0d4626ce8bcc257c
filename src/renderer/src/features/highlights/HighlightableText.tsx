import { useEffect, useMemo, useRef, useState } from 'react';
import { describeRange, maxQuoteLength, trimRange } from '../../../../shared/annotation/textSelectors';
import type { Highlight, HighlightColor } from '../../../../shared/schema/annotations';
import type { Fact } from '../../../../shared/schema/fact';
import { newId } from '../../../../shared/schema/clientIds';
import type { LibraryActions } from '../../store/useLibrary';
import { HighlightedBody } from './HighlightedBody';
import { CommentList, OrphanList } from './HighlightLists';
import { HighlightPopover } from './HighlightPopover';
import { colorLabel, defaultHighlightColor } from './highlightColors';
import { placeHighlights, segmentBody } from './highlightSegments';
import { findPhrase, PhraseForm } from './PhraseForm';
import { SelectionToolbar } from './SelectionToolbar';
import { floatBelow, useTextSelection, type FloatPosition } from './useTextSelection';
import './highlights.css';
import { localReason, useErrorText, useT } from '../../i18n';

export interface HighlightableTextProps {
  fact: Fact;
  /** The card's highlights (others are ignored). */
  highlights: readonly Highlight[];
  actions: Pick<LibraryActions, 'createHighlight' | 'updateHighlight' | 'deleteHighlight' | 'held'>;
  /** When set, highlights are shown but cannot be added or changed, and this says why. */
  readOnlyReason?: string;
  // study
  /** "Study this" in a highlight's popover: makes it a study item, unless it already is one. */
  study?: { studied(highlightId: string): boolean; studyHighlight(highlightId: string): Promise<unknown> };
}

type Outcome<Value> = { ok: true; value: Value } | { ok: false; message: string };

interface OpenPopover {
  highlightId: string;
  position: FloatPosition;
  focusComment: boolean;
  opener: HTMLElement | null;
}

/** A card's text that the user can highlight, with their highlights drawn in and listed below. */
export function HighlightableText({ fact, highlights, actions, readOnlyReason, study }: HighlightableTextProps) {
  const t = useT();
  const errorText = useErrorText();
  const editable = readOnlyReason === undefined;
  const body = fact.body;
  const wrapperRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const phraseButtonRef = useRef<HTMLButtonElement>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [selection, clearSelection] = useTextSelection(bodyRef, wrapperRef, toolbarRef, editable);
  const [popover, setPopover] = useState<OpenPopover | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const { anchored, orphans } = useMemo(
    () =>
      placeHighlights(
        body,
        highlights.filter((highlight) => highlight.factId === fact.id),
      ),
    [body, highlights, fact.id],
  );
  const paragraphs = useMemo(() => segmentBody(body, anchored), [body, anchored]);
  const byId = useMemo(
    () => new Map(anchored.map((item) => [item.highlight.id, { ...item, quote: body.slice(item.start, item.end) }])),
    [anchored, body],
  );
  const open = popover ? byId.get(popover.highlightId) : undefined;

  // Escape first dismisses the selection toolbar, not the card dialog it sits in.
  useEffect(() => {
    if (!selection) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      // The default prevented, the card's <dialog> gets no cancel and the commands skip the key.
      event.preventDefault();
      clearSelection();
    }
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [selection, clearSelection]);

  // A press anywhere outside the popover closes it (its comment saves on blur).
  useEffect(() => {
    if (!popover) return;
    function onMouseDown(event: MouseEvent) {
      const popoverElement = wrapperRef.current?.querySelector('.highlight-popover');
      if (event.target instanceof Node && popoverElement?.contains(event.target)) return;
      setPopover(null);
    }
    document.addEventListener('mousedown', onMouseDown);
    return () => document.removeEventListener('mousedown', onMouseDown);
  }, [popover]);

  /** Runs one save after another, so a comment saved on blur lands before a removal that follows it. */
  function perform<Value>(task: () => Promise<Value>): Promise<Outcome<Value>> {
    setPending((count) => count + 1);
    const run = queue.current.then(task).then(
      (value): Outcome<Value> => {
        setError(null);
        return { ok: true, value };
      },
      (failure: unknown): Outcome<Value> => ({ ok: false, message: errorText(failure) }),
    );
    queue.current = run;
    return run.finally(() => setPending((count) => count - 1));
  }

  async function report<Value>(task: () => Promise<Value>): Promise<Outcome<Value>> {
    const outcome = await perform(task);
    if (!outcome.ok) setError(outcome.message);
    return outcome;
  }

  async function createAt(start: number, end: number, color: HighlightColor, comment?: string) {
    const trimmed = trimRange(body, start, end);
    if (!trimmed) return { ok: false, message: t('highlights.problem.empty') } as const;
    if (trimmed.end - trimmed.start > maxQuoteLength) {
      const limit = maxQuoteLength.toLocaleString('en');
      return { ok: false, message: t('highlights.problem.tooLong', { limit }) } as const;
    }
    let target;
    try {
      target = describeRange(body, trimmed.start, trimmed.end);
    } catch {
      return {
        ok: false,
        message: t('highlights.problem.partial'),
      } as const;
    }
    const id = newId('highlight');
    const outcome = await perform(async () =>
      actions.held.highlights(
        await actions.createHighlight({ id, factId: fact.id, target, color, ...(comment ? { comment } : {}) }),
        id,
      ),
    );
    if (outcome.ok) setStatus(t('highlights.status.done', { quote: target.quote.exact, colour: colorLabel(color, t) }));
    return outcome;
  }

  function openPopover(highlightId: string, opener: HTMLElement | null, focusComment = false, at?: FloatPosition) {
    const position = at ?? floatBelow(wrapperRef.current, opener?.getBoundingClientRect());
    setPopover({ highlightId, position, focusComment, opener });
  }

  function closePopover() {
    if (!popover) return;
    setPopover(null);
    const marks = Array.from(bodyRef.current?.querySelectorAll<HTMLElement>('mark[tabindex="0"]') ?? []);
    const mark = marks.find((element) => element.dataset.highlightId === popover.highlightId);
    const back = popover.opener?.isConnected ? popover.opener : (mark ?? bodyRef.current);
    back?.focus();
  }

  async function highlightSelection(color: HighlightColor, withComment: boolean) {
    if (!selection) return;
    const { start, end, position } = selection;
    clearSelection();
    const outcome = await createAt(start, end, color);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    if (withComment) openPopover(outcome.value.id, null, true, position);
  }

  async function highlightPhrase(input: { phrase: string; color: HighlightColor; comment: string }) {
    const found = findPhrase(body, input.phrase, anchored);
    if (!found) return t('highlights.problem.notFound', { phrase: input.phrase.trim() });
    const outcome = await createAt(found.start, found.end, input.color, input.comment.trim() || undefined);
    if (!outcome.ok) return outcome.message;
    setFormOpen(false);
    phraseButtonRef.current?.focus();
    return null;
  }

  async function remove(highlightId: string) {
    const outcome = await report(() => actions.deleteHighlight({ highlightId }));
    if (!outcome.ok) return;
    setStatus(t('highlights.status.removed'));
    if (popover?.highlightId === highlightId) {
      setPopover(null);
      bodyRef.current?.focus();
    }
  }

  return (
    <div ref={wrapperRef} className="highlightable">
      <HighlightedBody
        bodyRef={bodyRef}
        paragraphs={paragraphs}
        highlightsById={byId}
        openId={open?.highlight.id}
        onOpen={editable ? (highlightId, mark) => openPopover(highlightId, mark) : undefined}
      />

      {selection && (
        <SelectionToolbar
          toolbarRef={toolbarRef}
          position={selection.position}
          busy={pending > 0}
          onHighlight={(color) => void highlightSelection(color, false)}
          onComment={() => void highlightSelection(defaultHighlightColor, true)}
        />
      )}

      {popover && open && (
        <HighlightPopover
          key={open.highlight.id}
          highlight={open.highlight}
          quote={open.quote}
          position={popover.position}
          focusComment={popover.focusComment}
          onColor={(color) => void report(() => actions.updateHighlight({ highlightId: open.highlight.id, color }))}
          onComment={async (comment) =>
            (await report(() => actions.updateHighlight({ highlightId: open.highlight.id, comment }))).ok
          }
          onRemove={() => void remove(open.highlight.id)}
          onClose={closePopover}
          {...(study
            ? {
                studied: study.studied(open.highlight.id),
                onStudy: () =>
                  void report(() => study.studyHighlight(open.highlight.id)).then((outcome) => {
                    if (outcome.ok) setStatus(t('study.this.made'));
                  }),
              }
            : {})}
        />
      )}

      {error && (
        <p className="inline-error highlight-error" role="alert">
          {error}
        </p>
      )}

      {editable ? (
        <div className="highlight-tools">
          <button
            ref={phraseButtonRef}
            type="button"
            className="link-button"
            aria-expanded={formOpen}
            onClick={() => setFormOpen((value) => !value)}
          >
            {t('highlights.start')}
          </button>
          {formOpen && (
            <PhraseForm
              busy={pending > 0}
              onSubmit={highlightPhrase}
              onCancel={() => {
                setFormOpen(false);
                phraseButtonRef.current?.focus();
              }}
            />
          )}
        </div>
      ) : (
        <p className="highlight-readonly">{localReason(readOnlyReason, t)}</p>
      )}

      <CommentList
        body={body}
        anchored={anchored}
        onEdit={editable ? (highlightId, opener) => openPopover(highlightId, opener) : undefined}
      />
      <OrphanList orphans={orphans} onRemove={editable ? (highlightId) => void remove(highlightId) : undefined} />

      <p className="highlight-status" role="status">
        {status}
      </p>
    </div>
  );
}

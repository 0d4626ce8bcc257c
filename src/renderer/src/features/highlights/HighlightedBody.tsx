import type { KeyboardEvent, MouseEvent, Ref } from 'react';
import type { Highlight } from '../../../../shared/schema/annotations';
import type { Paragraph } from './highlightSegments';
import { useT } from '../../i18n';

interface HighlightedBodyProps {
  bodyRef: Ref<HTMLDivElement>;
  paragraphs: readonly Paragraph[];
  highlightsById: ReadonlyMap<string, { highlight: Highlight; quote: string }>;
  openId: string | undefined;
  /** Absent when the text is read-only: marks are then drawn but not interactive. */
  onOpen?: (highlightId: string, mark: HTMLElement) => void;
}

/**
 * The card text, paragraph by paragraph, with every highlight as a <mark>. Each stretch of text
 * carries `data-offset`, its start in the body, which is how a selection finds its way back.
 */
export function HighlightedBody({ bodyRef, paragraphs, highlightsById, openId, onOpen }: HighlightedBodyProps) {
  const t = useT();
  // A highlight split by paragraphs or overlaps is one focus stop: its first visible piece.
  const focusStops = new Set<string>();

  function activate(event: MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>, highlightId: string) {
    if (!onOpen) return;
    if (event.type === 'click') {
      // The click that ends a drag-selection is for the selection toolbar, not the highlight.
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return;
    }
    onOpen(highlightId, event.currentTarget);
  }

  return (
    <div
      ref={bodyRef}
      className="detail-body highlightable-body"
      role="group"
      aria-label={t('highlights.cardText')}
      tabIndex={0}
      lang="en"
    >
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.segments.map((segment) => {
            const top = segment.topId ? highlightsById.get(segment.topId) : undefined;
            if (!segment.topId || !top) {
              return (
                <span key={segment.start} data-offset={segment.start}>
                  {segment.text}
                </span>
              );
            }
            const highlightId = segment.topId;
            const isStop = onOpen !== undefined && !focusStops.has(highlightId);
            focusStops.add(highlightId);
            return (
              <mark
                key={segment.start}
                data-offset={segment.start}
                data-highlight-id={highlightId}
                data-highlight-color={top.highlight.color}
                data-highlight-overlap={segment.highlightIds.length > 1 ? 'true' : undefined}
                className={onOpen ? 'highlight-mark is-interactive' : 'highlight-mark'}
                title={top.highlight.comment}
                {...(isStop
                  ? {
                      role: 'button',
                      tabIndex: 0,
                      'aria-label': `Highlight: ${top.quote}`,
                      'aria-haspopup': 'dialog' as const,
                      'aria-expanded': openId === highlightId,
                    }
                  : {})}
                onClick={onOpen ? (event) => activate(event, highlightId) : undefined}
                onKeyDown={
                  isStop
                    ? (event) => {
                        if (event.key !== 'Enter' && event.key !== ' ') return;
                        event.preventDefault();
                        activate(event, highlightId);
                      }
                    : undefined
                }
              >
                {segment.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

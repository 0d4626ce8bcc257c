import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { asBriefingError } from '../../../../shared/errors';
import type { Fact } from '../../../../shared/schema/fact';
import {
  quoteFromSelection,
  quoteMaxWords,
  readingView,
  suggestionsForSource,
  type SourceQuote,
  type SourceRecord,
} from '../../../../shared/sources';
import { wordCount } from '../../../../shared/sources/sourceQuote';
import { useT } from '../../i18n';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { useTextSelection } from '../highlights';
import { quoteRange } from './quoteInSource';
import { ReaderParagraph } from './ReaderParagraph';
import type { ReaderMark } from './readerSegments';
import { cardStartFromFigure, cardStartFromQuote, type SourceCardStart } from './sourceCardDraft';
import { SourceDetails } from './SourceDetails';
import { SourceVersions } from './SourceVersions';
import type { LibraryActions } from '../../store/useLibrary';
import { QuoteToolbar } from './QuoteToolbar';
import './sources.css';

export interface SourceReaderProps {
  source: SourceRecord;
  /** Every source in the library: the reader names the versions of this one. */
  sources: readonly SourceRecord[];
  /** Every card, shipped and the user's: those citing a paragraph are listed under it. */
  facts: readonly Fact[];
  /** The paragraph to open at, as a card cites it. */
  paragraph?: number;
  /** The card the reader was opened from: its quote is marked. */
  quotedFact?: Fact;
  onOpenCard: (factId: string) => void;
  /** Another version of this article. */
  onOpenSource: (sourceId: string) => void;
  actions: Pick<LibraryActions, 'carryCards'>;
  onMakeCard: (start: SourceCardStart) => void;
  onClose: () => void;
  /** Set when the reader was opened from a card: Escape and this button go back to it. */
  onBack?: () => void;
  /** What the back button says: where it goes. */
  backLabel?: string;
}

const empty: readonly ReaderMark[] = [];

/** A source in full, paragraph by paragraph as cards cite it, with the card's quote and candidate facts marked. */
export function SourceReader({
  source,
  sources,
  facts,
  paragraph,
  quotedFact,
  onOpenCard,
  onOpenSource,
  actions,
  onMakeCard,
  onClose,
  onBack,
  backLabel,
}: SourceReaderProps) {
  const t = useT();
  const titleId = useId();
  const view = readingView(source);
  const [showSuggestions, setShowSuggestions] = useState(false);
  const suggestions = useMemo(() => (showSuggestions ? suggestionsForSource(source) : []), [showSuggestions, source]);
  const quoted = useMemo(() => (quotedFact ? quoteRange(view, quotedFact) : undefined), [view, quotedFact]);
  const target = paragraph ?? (quoted ? view.paragraphs.find((item) => item.end > quoted.start)?.number : undefined);

  const marksByParagraph = useMemo(() => {
    const marks = new Map<number, ReaderMark[]>();
    const add = (number: number, mark: ReaderMark) => marks.set(number, [...(marks.get(number) ?? []), mark]);
    for (const item of view.paragraphs) {
      if (quoted && quoted.start < item.end && quoted.end > item.start) add(item.number, { ...quoted, kind: 'quote' });
    }
    suggestions.forEach((suggestion, index) =>
      add(suggestion.paragraph, {
        start: suggestion.start,
        end: suggestion.end,
        kind: suggestion.kind,
        suggestion: index,
      }),
    );
    return marks;
  }, [view, quoted, suggestions]);

  const citingByParagraph = useMemo(() => {
    const citing = new Map<number, Fact[]>();
    for (const fact of facts) {
      if (fact.sourceId !== source.id) continue;
      for (const number of fact.paragraphs ?? []) citing.set(number, [...(citing.get(number) ?? []), fact]);
    }
    return citing;
  }, [facts, source.id]);

  const bodyRef = useRef<HTMLOListElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [selection, clearSelection] = useTextSelection(bodyRef, wrapperRef, toolbarRef, true);
  const selected = useMemo((): { quote: SourceQuote } | { problem: string } | undefined => {
    if (!selection) return undefined;
    try {
      return { quote: quoteFromSelection(source, selection.start, selection.end) };
    } catch (error) {
      const words = wordCount(view.text.slice(selection.start, selection.end));
      return {
        problem:
          words > quoteMaxWords ? t('sources.selection.tooLong', { count: words }) : asBriefingError(error).message,
      };
    }
  }, [selection, source, view, t]);

  // Opened at a paragraph: it is where the reader starts, on screen and for the keyboard.
  useEffect(() => {
    if (target === undefined) return;
    const element = bodyRef.current?.querySelector<HTMLElement>(`[data-paragraph="${target}"]`);
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [target]);

  const openSuggestion = useCallback(
    (index: number) => {
      const suggestion = suggestions[index];
      if (!suggestion) return;
      onMakeCard(
        cardStartFromFigure(
          source,
          suggestion.paragraph,
          suggestion.figure ?? { value: 0, display: suggestion.text.slice(0, 60) },
        ),
      );
    },
    [suggestions, source, onMakeCard],
  );

  const quotedParagraph = quoted ? view.paragraphs.find((item) => item.end > quoted.start)?.number : undefined;
  return (
    <ModalDialog labelledBy={titleId} onClose={onBack ?? onClose} className="source-reader">
      <div className="detail-header">
        <span className="reader-kicker">{t('sources.reader.kicker')}</span>
        <DialogCloseButton label={t('sources.reader.close')} onClick={onClose} />
      </div>
      <h2 id={titleId} className="detail-title" lang={source.language ?? 'en'}>
        {source.title}
      </h2>
      <SourceDetails source={source} />
      <SourceVersions source={source} sources={sources} facts={facts} onOpenSource={onOpenSource} actions={actions} />
      {quotedFact?.quote && (
        <p className="reader-quote-note" role="status">
          {quoted && quotedParagraph
            ? t('sources.reader.quoteMarked', { title: quotedFact.title, paragraph: quotedParagraph })
            : t('sources.reader.quoteNotFound', { title: quotedFact.title })}
        </p>
      )}
      <div className="reader-tools">
        <label className="reader-toggle">
          <input
            type="checkbox"
            checked={showSuggestions}
            onChange={(event) => setShowSuggestions(event.target.checked)}
          />
          {t('sources.reader.suggestions')}
        </label>
        <span className="reader-hint">
          {showSuggestions
            ? `${t('sources.reader.suggestionsCount', { count: suggestions.length })} · ${t('sources.reader.suggestionsHint')}`
            : t('sources.reader.selectHint')}
        </span>
      </div>
      <div className="reader-body" ref={wrapperRef}>
        <ol className="reader-paragraphs" ref={bodyRef} aria-label={t('sources.reader.paragraphs')}>
          {view.paragraphs.map((item) => (
            <ReaderParagraph
              key={item.number}
              paragraph={item}
              marks={marksByParagraph.get(item.number) ?? empty}
              citing={citingByParagraph.get(item.number) ?? []}
              target={item.number === target}
              lang={source.language ?? 'en'}
              onOpenCard={onOpenCard}
              onSuggestion={openSuggestion}
            />
          ))}
        </ol>
        {selection && selected && (
          <QuoteToolbar
            toolbarRef={toolbarRef}
            position={selection.position}
            selected={selected}
            onMakeCard={(quote) => {
              clearSelection();
              onMakeCard(cardStartFromQuote(source, quote));
            }}
          />
        )}
      </div>
      <div className="detail-actions">
        {onBack ? (
          <button type="button" className="button" onClick={onBack}>
            {backLabel ?? t('sources.reader.backToCard')}
          </button>
        ) : (
          <span />
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('sources.reader.closeButton')}
        </button>
      </div>
    </ModalDialog>
  );
}

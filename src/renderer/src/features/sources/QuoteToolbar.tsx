import type { Ref } from 'react';
import { wordCount } from '../../../../shared/sources/sourceQuote';
import type { SourceQuote } from '../../../../shared/sources';
import type { FloatPosition } from '../highlights';
import { useT } from '../../i18n';

interface QuoteToolbarProps {
  toolbarRef: Ref<HTMLDivElement>;
  position: FloatPosition;
  selected: { quote: SourceQuote } | { problem: string };
  onMakeCard: (quote: SourceQuote) => void;
}

/** Floats under a selection in the reader: how many words it has, and "Make a card" when it can be a quote. */
export function QuoteToolbar({ toolbarRef, position, selected, onMakeCard }: QuoteToolbarProps) {
  const t = useT();
  return (
    <div
      ref={toolbarRef}
      className="highlight-toolbar reader-quote-toolbar"
      role="toolbar"
      aria-label={t('sources.selection.toolbar')}
      style={{ top: position.top, left: position.left }}
      // Keeps the selection alive while the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      {'quote' in selected ? (
        <>
          <span className="reader-quote-count" role="status">
            {t('sources.selection.words', { count: wordCount(selected.quote.text) })}
          </span>
          <button
            type="button"
            className="button button-primary reader-make-card"
            onClick={() => onMakeCard(selected.quote)}
          >
            {t('sources.selection.makeCard')}
          </button>
        </>
      ) : (
        <span className="reader-quote-problem" role="alert">
          {selected.problem}
        </span>
      )}
    </div>
  );
}

import { useCallback, useState } from 'react';
import type { BriefPrintModel } from '../../../../shared/briefs/briefPrintModel';
import { BriefPrintDocument } from '../../print/BriefPrintDocument';
import '../../print/printFonts';
import '../../print/print.css';
import { useT } from '../../i18n';

/** The two-side standard of a UK brief: the meter marks it and says when a brief goes past it. */
const standardPages = 2;
/** The meter's scale: room past the standard, so "3 pages" still shows where the line is. */
const scalePages = 4;

/**
 * The brief's length in printed pages, measured by laying it out with the print page's own
 * components (the PDF's pagination) in a hidden column: what it says is what will print.
 */
export function BriefLengthMeter({ model }: { model: BriefPrintModel }) {
  const t = useT();
  const [measured, setMeasured] = useState<{ model: BriefPrintModel; pages: number }>();
  const pages = measured?.model === model ? measured.pages : undefined;
  // Stable for a model, and a no-op when the count is already known: the print document calls it
  // from an effect that depends on it, so a new function or a new state each time would never settle.
  const onLaidOut = useCallback(
    (count: number) =>
      setMeasured((now) => (now?.model === model && now.pages === count ? now : { model, pages: count })),
    [model],
  );
  const shown = pages ?? measured?.pages;
  const over = shown !== undefined && shown > standardPages;
  return (
    <div className={`brief-meter${over ? ' brief-meter-over' : ''}`}>
      <p className="brief-meter-figure" role="status" aria-live="polite">
        <span className="brief-legend">{t('briefs.length.label')}</span>{' '}
        <span className="brief-meter-pages" data-pages={pages ?? ''}>
          {shown === undefined
            ? t('briefs.length.measuring')
            : t('briefs.length.pages', { count: shown, paper: model.paper })}
        </span>
      </p>
      <div className="brief-meter-scale" aria-hidden="true">
        <div className="brief-meter-bar" style={{ width: `${Math.min(100, ((shown ?? 0) / scalePages) * 100)}%` }} />
        <div className="brief-meter-standard" style={{ left: `${(standardPages / scalePages) * 100}%` }} />
      </div>
      <p className="brief-meter-note">{over ? t('briefs.length.over') : t('briefs.length.standard')}</p>
      <div className="brief-meter-probe" aria-hidden="true">
        <BriefPrintDocument key={model.paper} model={model} onLaidOut={onLaidOut} />
      </div>
    </div>
  );
}

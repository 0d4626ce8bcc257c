import { useEffect, useMemo, useRef, useState } from 'react';
import type { BriefPrintModel } from '../../../shared/briefs/briefPrintModel';
import { fillTemplate } from '../../../shared/briefs/briefLabels';
import { catalogues } from '../../../shared/i18n/catalogues';
import { briefChapters, type BriefPrintBlock } from './briefPrintBlocks';
import { paginate, type Pagination } from './paginate';
import { FlowBlockView, measureFlow } from './flowLayout';
import './briefPrint.css';

interface BriefPrintDocumentProps {
  model: BriefPrintModel;
  /** Called once the pages are laid out, with how many there are: the PDF's count, and the length meter's. */
  onLaidOut?: (pages: number) => void;
}

/** Sub-pixel rounding differs between layout and print; keep a little air at the foot of every page. */
const safety = 4;

/** The class prefix of this document's flow (its stylesheet's). */
const flowPrefix = 'bf';

function BlockView(props: { block: BriefPrintBlock; partStart?: number; partEnd?: number }) {
  return <FlowBlockView prefix={flowPrefix} {...props} />;
}

/** On every page: the handling label, and which meeting the page belongs to. */
function RunningHeader({ model }: { model: BriefPrintModel }) {
  const { document } = model;
  const meeting = [document.meeting.dateLabel, document.meeting.time, document.meeting.place]
    .filter(Boolean)
    .join(' · ');
  return (
    <header className="bf-running-header">
      {document.handlingLabel && <p className="bf-handling">{document.handlingLabel}</p>}
      <p className="bf-running-meeting">
        <span className="bf-running-title">{document.title}</span>
        {meeting && <span>{meeting}</span>}
      </p>
    </header>
  );
}

function Footer({ model, number, total }: { model: BriefPrintModel; number: number; total: number }) {
  return (
    <footer className="bf-footer">
      <span className="bf-footer-handling">{model.document.handlingLabel}</span>
      <span className="bf-footer-page">{fillTemplate(model.labels.pageOfPages, { page: number, pages: total })}</span>
    </footer>
  );
}

/**
 * A brief as fixed-size pages, by the pack's method: lay every block out in a hidden column as wide
 * as a page's text, wait for the fonts, measure, paginate with the pack's `paginate`, then render
 * the pages. The page count is measured, never estimated, so the length meter says what will print.
 */
export function BriefPrintDocument({ model, onLaidOut }: BriefPrintDocumentProps) {
  const kicker = catalogues[model.language]['briefs.label.kicker'];
  const chapters = useMemo(() => briefChapters(model.document, model.labels, kicker), [model, kicker]);
  const measureRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<{ model: BriefPrintModel; pagination: Pagination }>();
  const current = layout?.model === model ? layout.pagination : undefined;

  useEffect(() => {
    if (current) return;
    let live = true;
    void (async () => {
      measureRef.current?.getBoundingClientRect();
      // (jsdom, in component tests, has no FontFaceSet.)
      if ('fonts' in document) await document.fonts.ready;
      if (!live || !measureRef.current || !probeRef.current) return;
      const pageHeight = probeRef.current.getBoundingClientRect().height - safety;
      setLayout({ model, pagination: paginate(measureFlow(measureRef.current, flowPrefix, chapters), pageHeight) });
    })();
    return () => {
      live = false;
    };
  }, [model, chapters, current]);

  const total = current ? current.pages.length : 0;
  useEffect(() => {
    if (current) onLaidOut?.(total);
  }, [current, total, onLaidOut]);

  const docClass = `pk-doc bf-doc pk-paper-${model.paper.toLowerCase()}`;
  if (!current) {
    return (
      <div className={docClass} aria-busy="true" lang={model.language}>
        <div className="pk-measure" aria-hidden="true">
          <section className="pk-page bf-page">
            <RunningHeader model={model} />
            <div className="pk-page-body bf-page-body" ref={probeRef} />
          </section>
          <section className="pk-page bf-page pk-measure-page">
            <div className="pk-page-body bf-page-body pk-measure-flow" ref={measureRef}>
              {chapters.flatMap((chapter) =>
                chapter.blocks.map((block) => <BlockView key={`${chapter.key}/${block.key}`} block={block} />),
              )}
            </div>
          </section>
        </div>
      </div>
    );
  }

  return (
    <div className={docClass} lang={model.language}>
      {current.pages.map((pieces, index) => (
        <section key={index} className="pk-page bf-page" data-page={index + 1}>
          <RunningHeader model={model} />
          <div className="pk-page-body bf-page-body">
            {pieces.map((piece) => {
              const block = chapters[piece.chapter]?.blocks[piece.block];
              return block ? (
                <BlockView
                  key={`${piece.chapter}/${piece.block}/${piece.partStart}`}
                  block={block}
                  partStart={piece.partStart}
                  partEnd={piece.partEnd}
                />
              ) : null;
            })}
          </div>
          <Footer model={model} number={index + 1} total={total} />
        </section>
      ))}
    </div>
  );
}

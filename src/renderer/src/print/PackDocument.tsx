import { useEffect, useMemo, useRef, useState } from 'react';
import type { PackModel } from '../../../shared/export/packModel';
import { packChapters, type Block, type Chapter } from './packChapters';
import { paginate, type PagePiece, type Pagination } from './paginate';
import { FlowBlockView, measureFlow } from './flowLayout';
import { createTranslator, type Translator } from '../../../shared/i18n/translator';

interface PackDocumentProps {
  pack: PackModel;
  /** Called once the pages are laid out, with how many there are. */
  onLaidOut?: (pages: number) => void;
}

/** Fixed pages before the flowing chapters: the cover and the contents. */
const frontPages = 2;
/** Sub-pixel rounding differs between layout and print; keep a little air at the foot of every page. */
const safety = 4;

const translators = new Map<string, Translator>();
/** The pack's own labels are in the pack's language, which may differ from the window's. */
function translatorFor(pack: Pick<PackModel, 'language'>): Translator {
  const language = pack.language ?? 'en';
  let translator = translators.get(language);
  if (!translator) translators.set(language, (translator = createTranslator(language)));
  return translator;
}

/** The class prefix of this document's flow (its stylesheet's). */
const flowPrefix = 'pk';

function BlockView(props: { block: Block; partStart?: number; partEnd?: number }) {
  return <FlowBlockView prefix={flowPrefix} {...props} />;
}

function Footer({ pack, number, total }: { pack: PackModel; number: number; total: number }) {
  const { t } = translatorFor(pack);
  return (
    <footer className="pk-footer">
      <span className="pk-footer-title">
        {pack.cover.title} · {pack.cover.dateLabel}
      </span>
      <span className="pk-footer-page">{t('pack.page', { number, total })}</span>
    </footer>
  );
}

function Cover({ pack }: { pack: PackModel }) {
  const { cover } = pack;
  const { t } = translatorFor(pack);
  return (
    <div className="pk-cover">
      <div className="pk-cover-top">
        <p className="pk-cover-kicker">{t('pack.kicker')}</p>
        <div className="pk-cover-rule" />
      </div>
      <div className="pk-cover-main">
        <p className="pk-cover-title">{cover.title}</p>
        {cover.subtitle && <p className="pk-cover-subtitle">{cover.subtitle}</p>}
      </div>
      <dl className="pk-cover-facts">
        {cover.author && (
          <div>
            <dt>{t('pack.preparedBy')}</dt>
            <dd>{cover.author}</dd>
          </div>
        )}
        <div>
          <dt>{t('pack.exported')}</dt>
          <dd>{cover.dateLabel}</dd>
        </div>
        <div>
          <dt>{t('pack.contents')}</dt>
          <dd>
            {t('pack.cardCount', { count: pack.cardCount })} · {cover.selectionLabel}
          </dd>
        </div>
      </dl>
      {cover.asOf && (
        <aside className="pk-cover-asof" aria-label={cover.asOf.heading}>
          <p className="pk-cover-asof-label">{cover.asOf.heading}</p>
          <p className="pk-cover-asof-note">{cover.asOf.note}</p>
        </aside>
      )}
      <p className="pk-cover-note">{t('pack.coverNote')}</p>
      {pack.language !== 'en' && <p className="pk-cover-note">{t('pack.factsLanguage')}</p>}
    </div>
  );
}

function Contents({ pack, chapters, pagination }: { pack: PackModel; chapters: Chapter[]; pagination: Pagination }) {
  const { t } = translatorFor(pack);
  return (
    <div className="pk-contents">
      <p className="pk-kicker">{t('pack.inThisPack')}</p>
      <h1 className="pk-contents-title" id="section-contents">
        {t('pack.contents')}
      </h1>
      <ol className="pk-contents-list">
        {chapters.map((chapter, index) => {
          const page = frontPages + (pagination.chapterStarts[index] ?? 0) + 1;
          return (
            <li key={chapter.key} className="pk-contents-entry" data-topic={chapter.topic}>
              <a href={`#${chapter.anchor}`}>
                <span className="pk-contents-label">{chapter.title}</span>
                <span className="pk-contents-leader" aria-hidden="true" />
                <span className="pk-contents-page">{page}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function Page({
  pack,
  number,
  total,
  kind,
  children,
}: {
  pack: PackModel;
  number: number;
  total: number;
  kind: string;
  children: React.ReactNode;
}) {
  return (
    <section className={`pk-page pk-page-${kind}`} data-page={number}>
      <div className="pk-page-body">{children}</div>
      <Footer pack={pack} number={number} total={total} />
    </section>
  );
}

/**
 * The briefing pack as fixed-size pages. First it lays every block out in a hidden column as wide
 * as a page's text, waits for the fonts, measures, and paginates; then it renders the pages, so it
 * knows the page each chapter starts on for the contents and "Page X of Y" for every footer.
 */
export function PackDocument({ pack, onLaidOut }: PackDocumentProps) {
  const chapters = useMemo(() => packChapters(pack, translatorFor(pack)), [pack]);
  const measureRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<{ pack: PackModel; pagination: Pagination }>();
  const current = layout?.pack === pack ? layout.pagination : undefined;

  useEffect(() => {
    if (current) return;
    let live = true;
    void (async () => {
      // Reading a size forces layout, which starts loading the fonts the text needs; then wait for them.
      measureRef.current?.getBoundingClientRect();
      // (jsdom, in component tests, has no FontFaceSet.)
      if ('fonts' in document) await document.fonts.ready;
      if (!live || !measureRef.current || !probeRef.current) return;
      const pageHeight = probeRef.current.getBoundingClientRect().height - safety;
      setLayout({ pack, pagination: paginate(measureFlow(measureRef.current, flowPrefix, chapters), pageHeight) });
    })();
    return () => {
      live = false;
    };
  }, [pack, chapters, current]);

  const total = current ? frontPages + current.pages.length : 0;
  useEffect(() => {
    if (current) onLaidOut?.(total);
  }, [current, total, onLaidOut]);

  const docClass = `pk-doc pk-paper-${pack.paper.toLowerCase()}`;
  if (!current) {
    return (
      <div className={docClass} aria-busy="true">
        <div className="pk-measure" aria-hidden="true">
          <section className="pk-page">
            <div className="pk-page-body" ref={probeRef} />
          </section>
          <section className="pk-page pk-measure-page">
            <div className="pk-page-body pk-measure-flow" ref={measureRef}>
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
    <div className={docClass} lang={pack.language ?? 'en'}>
      <Page pack={pack} number={1} total={total} kind="cover">
        <Cover pack={pack} />
      </Page>
      <Page pack={pack} number={2} total={total} kind="contents">
        <Contents pack={pack} chapters={chapters} pagination={current} />
      </Page>
      {current.pages.map((pieces, index) => (
        <Page key={index} pack={pack} number={frontPages + index + 1} total={total} kind="flow">
          {pieces.map((piece: PagePiece) => {
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
        </Page>
      ))}
    </div>
  );
}

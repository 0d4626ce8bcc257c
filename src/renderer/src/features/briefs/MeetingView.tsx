import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { composeBriefDocument, personLine, type BriefBlock } from '../../../../shared/briefs/briefDocument';
import { fillTemplate } from '../../../../shared/briefs/briefLabels';
import { briefLabelsFor } from '../../../../shared/briefs/briefLabelsFor';
import { plainText } from '../../../../shared/briefs/inlineMarkdown';
import type { Brief } from '../../../../shared/briefs/briefSchema';
import type { Library } from '../../../../shared/contract';
import type { Fact } from '../../../../shared/schema/fact';
import { DialogCloseButton } from '../../ui/ModalDialog';
import { useLanguage, useT } from '../../i18n';
import { InlineText } from './InlineText';
import { sectionKey } from './briefSections';
import './meeting.css';

interface MeetingViewProps {
  brief: Brief;
  library: Library;
  card: (factId: string) => Fact | undefined;
  titleId: string;
  onLeave: () => void;
}

function MeetingLine({ block, addendum }: { block: BriefBlock; addendum: string }) {
  return (
    <li className="meeting-line">
      {block.person && (
        <p className="meeting-person">
          <strong>{block.person.name}</strong> {personLine(block.person)}
        </p>
      )}
      {block.number !== undefined && <p className="meeting-date">{fillTemplate(addendum, { number: block.number })}</p>}
      {block.dateLabel && <p className="meeting-date">{block.dateLabel}</p>}
      <p className="meeting-text">
        <InlineText text={block.text} />
      </p>
      {block.ifRaised && (
        <p className="meeting-if-raised">
          <InlineText text={block.ifRaised} />
        </p>
      )}
    </li>
  );
}

/**
 * A brief read during the meeting: one section at a time in large type, nothing editable.
 * N or → goes to the next section, P or ← to the previous, G to the pen pictures, / searches
 * every line; Escape leaves. Light or dark whatever the window's theme.
 */
export function MeetingView({ brief, library, card, titleId, onLeave }: MeetingViewProps) {
  const t = useT();
  const { language } = useLanguage();
  const labels = useMemo(() => briefLabelsFor(language), [language]);
  const document = useMemo(
    () =>
      composeBriefDocument(
        brief,
        { fact: card, sources: library.sources },
        { includeAnnex: false, locale: labels.locale },
      ),
    [brief, card, library.sources, labels],
  );
  const sections = document.sections;
  const [index, setIndex] = useState(0);
  const [query, setQuery] = useState('');
  const [dark, setDark] = useState(() => globalThis.document.documentElement.dataset.theme === 'dark');
  const rootRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const current = sections[Math.min(index, sections.length - 1)];

  useEffect(() => {
    rootRef.current?.focus();
  }, []);

  const go = (next: number) => {
    setQuery('');
    setIndex(Math.max(0, Math.min(sections.length - 1, next)));
    rootRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'n' || event.key === 'ArrowRight' || event.key === 'PageDown') go(index + 1);
    else if (key === 'p' || event.key === 'ArrowLeft' || event.key === 'PageUp') go(index - 1);
    else if (key === 'g') {
      const pens = sections.findIndex((section) => section.id === 'pen-pictures');
      if (pens >= 0) go(pens);
    } else if (event.key === '/') searchRef.current?.focus();
    else return;
    event.preventDefault();
  };

  const needle = query.trim().toLocaleLowerCase();
  const matches = needle
    ? sections.flatMap((section) =>
        section.blocks
          .filter((block) =>
            [plainText(block.text), block.person?.name ?? '', block.ifRaised ?? '']
              .join(' ')
              .toLocaleLowerCase()
              .includes(needle),
          )
          .map((block) => ({ section: section.id, block })),
      )
    : [];

  return (
    <div
      ref={rootRef}
      className={`meeting-view meeting-${dark ? 'dark' : 'light'}`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      aria-label={t('briefs.meeting.label', { title: brief.title })}
    >
      <header className="meeting-head">
        <div>
          {brief.handlingLabel && <p className="meeting-handling">{brief.handlingLabel}</p>}
          <h1 className="meeting-title" id={titleId}>
            {brief.title}
          </h1>
          <p className="meeting-meta">
            {[document.meeting.dateLabel, document.meeting.time, document.meeting.place, document.meeting.counterpart]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <div className="meeting-controls">
          <input
            ref={searchRef}
            type="search"
            className="meeting-search"
            aria-label={t('briefs.meeting.search')}
            placeholder={t('briefs.meeting.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') rootRef.current?.focus();
            }}
          />
          <label className="meeting-theme">
            <input type="checkbox" checked={dark} onChange={(event) => setDark(event.target.checked)} />
            <span>{t('briefs.meeting.theme')}</span>
          </label>
          <DialogCloseButton label={t('briefs.meeting.close')} onClick={onLeave} />
        </div>
      </header>
      <nav
        className="meeting-tabs"
        aria-label={t('briefs.meeting.position', { number: index + 1, total: sections.length })}
      >
        {sections.map((section, position) => (
          <button
            key={section.id}
            type="button"
            className="meeting-tab"
            aria-current={position === index && !needle ? 'true' : undefined}
            onClick={() => go(position)}
          >
            {t(sectionKey(section.id))}
          </button>
        ))}
      </nav>
      <main className="meeting-body">
        {needle ? (
          <section aria-live="polite">
            <h2 className="meeting-section-title">{t('briefs.meeting.matches', { count: matches.length })}</h2>
            <ol className="meeting-lines">
              {matches.map(({ block }) => (
                <MeetingLine key={block.itemId} block={block} addendum={labels.addendum} />
              ))}
            </ol>
          </section>
        ) : current ? (
          <section aria-labelledby="meeting-section-title">
            <p className="meeting-position">
              {t('briefs.meeting.position', { number: index + 1, total: sections.length })}
            </p>
            <h2 className="meeting-section-title" id="meeting-section-title">
              {labels.sections[current.id]}
            </h2>
            <ol className="meeting-lines">
              {current.blocks.map((block) => (
                <MeetingLine key={block.itemId} block={block} addendum={labels.addendum} />
              ))}
            </ol>
          </section>
        ) : (
          <p className="meeting-text">{t('briefs.section.empty')}</p>
        )}
      </main>
      <footer className="meeting-foot">
        <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
          {t('briefs.meeting.previous')}
        </button>
        <p className="meeting-keys">{t('briefs.meeting.keys')}</p>
        <button type="button" className="button" onClick={() => go(index + 1)} disabled={index >= sections.length - 1}>
          {t('briefs.meeting.next')}
        </button>
      </footer>
    </div>
  );
}

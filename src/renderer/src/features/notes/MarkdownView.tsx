import { useMemo, useState, type MouseEvent } from 'react';
import type { ResponseOf } from '../../../../shared/contract';
import { useT } from '../../i18n';
import { isOpenableUrl, renderNoteMarkdown } from '../../ui/renderNoteMarkdown';
import './notes.css';

interface MarkdownViewProps {
  markdown: string;
  /** Asks the main process to open a link: it asks the person, and refuses an unsafe address. */
  onOpenLink: (url: string) => Promise<ResponseOf<'openExternalLink'>>;
  className?: string;
}

type LinkProblem = { kind: 'refused'; url: string } | { kind: 'failed'; message: string };

function linkIn(event: MouseEvent<HTMLElement>): HTMLAnchorElement | null {
  const target = event.target;
  if (!(target instanceof Element)) return null;
  const link = target.closest('a');
  return link && event.currentTarget.contains(link) ? link : null;
}

/**
 * A note rendered as Markdown. No link in it navigates anywhere by itself: every click is caught
 * here and handed to the main process, which shows the full address in its own confirmation
 * before the system browser opens it (the one question, which a page cannot skip).
 */
export function MarkdownView({ markdown, onOpenLink, className }: MarkdownViewProps) {
  // The only HTML given to React: markdown-it's output with html: false (see renderNoteMarkdown.ts).
  const html = useMemo(() => ({ __html: renderNoteMarkdown(markdown) }), [markdown]);
  const t = useT();
  const [problem, setProblem] = useState<LinkProblem | null>(null);

  async function open(url: string) {
    setProblem(null);
    try {
      const outcome = await onOpenLink(url);
      if (!outcome.opened && outcome.reason === 'unsafe') setProblem({ kind: 'refused', url });
    } catch (error) {
      setProblem({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const link = linkIn(event);
    if (!link) return;
    event.preventDefault();
    const url = link.getAttribute('href') ?? '';
    if (isOpenableUrl(url)) void open(url);
  }

  return (
    <>
      <div
        className={`markdown-view${className ? ` ${className}` : ''}`}
        onClick={onClick}
        // A middle click would otherwise open the link in a new window without asking.
        onAuxClick={(event) => {
          if (linkIn(event)) event.preventDefault();
        }}
        dangerouslySetInnerHTML={html}
      />
      {problem && (
        <p role="alert" className="notes-message notes-message-error">
          {problem.kind === 'refused' ? t('link.refused', { url: problem.url }) : problem.message}
        </p>
      )}
    </>
  );
}

import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { LinkConfirmDialog } from './LinkConfirmDialog';
import { isOpenableUrl, renderNoteMarkdown } from '../../ui/renderNoteMarkdown';
import './notes.css';

interface MarkdownViewProps {
  markdown: string;
  /** Asks the main process to open a confirmed link; resolves false if it refused. */
  onOpenLink: (url: string) => Promise<boolean>;
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
 * here, and an http(s) link opens in the system browser only after the user has seen its address.
 */
export function MarkdownView({ markdown, onOpenLink, className }: MarkdownViewProps) {
  // The only HTML given to React: markdown-it's output with html: false (see renderNoteMarkdown.ts).
  const html = useMemo(() => ({ __html: renderNoteMarkdown(markdown) }), [markdown]);
  const [pendingUrl, setPendingUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<LinkProblem | null>(null);
  const linkRef = useRef<HTMLAnchorElement | null>(null);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const link = linkIn(event);
    if (!link) return;
    event.preventDefault();
    const url = link.getAttribute('href') ?? '';
    if (!isOpenableUrl(url)) return;
    linkRef.current = link;
    setProblem(null);
    setPendingUrl(url);
  }

  function close() {
    setPendingUrl(null);
    linkRef.current?.focus();
  }

  async function open(url: string) {
    close();
    try {
      if (!(await onOpenLink(url))) setProblem({ kind: 'refused', url });
    } catch (error) {
      setProblem({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
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
          {problem.kind === 'refused'
            ? `Summit Briefing did not open ${problem.url}: only plain web addresses (http or https, without a user name or password) can be opened.`
            : problem.message}
        </p>
      )}
      {pendingUrl !== null && (
        <LinkConfirmDialog url={pendingUrl} onConfirm={() => void open(pendingUrl)} onCancel={close} />
      )}
    </>
  );
}

import type { SaveStatus } from '../../store/libraryStore';
import './saveStatus.css';

function describe(status: SaveStatus): { label: string; detail?: string } {
  switch (status.kind) {
    case 'saved':
      return { label: 'Saved', detail: 'Every change is on disk.' };
    case 'saving':
      return { label: 'Saving…' };
    case 'retrying':
      return { label: 'Not saved — retrying', detail: `${status.problem}. Summit Briefing is trying again.` };
    case 'failed':
      return { label: `Not saved: ${status.reason}` };
    case 'read-only':
      return { label: 'Read-only', detail: status.reason };
  }
}

/**
 * The save state, small and calm, in the window header: Saved, Saving…, Not saved — retrying,
 * or Not saved with the reason. Screen readers hear each change once, politely.
 */
export function SaveStatusIndicator({ status }: { status: SaveStatus }) {
  const { label, detail } = describe(status);
  return (
    <p className="save-status" data-kind={status.kind} role="status" aria-live="polite" title={detail}>
      <span className="save-status-dot" aria-hidden="true" />
      <span className="save-status-label">{label}</span>
      {detail && status.kind !== 'saved' && <span className="visually-hidden"> {detail}</span>}
    </p>
  );
}

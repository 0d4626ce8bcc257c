import type { SaveStatus } from '../../store/libraryStore';
import './saveStatus.css';
import { useT, type Translate } from '../../i18n';
import { localReason } from '../../i18n/errorText';

function describe(status: SaveStatus, t: Translate): { label: string; detail?: string } {
  switch (status.kind) {
    case 'saved':
      return { label: t('save.saved'), detail: t('save.saved.detail') };
    case 'saving':
      return { label: t('save.saving') };
    case 'retrying':
      return {
        label: t('save.retrying'),
        detail: t('save.retrying.detail', { problem: localReason(status.problem, t) }),
      };
    case 'failed':
      return { label: t('save.failed', { reason: localReason(status.reason, t) }) };
    case 'read-only':
      return { label: t('save.readOnly'), detail: localReason(status.reason, t) };
  }
}

/**
 * The save state, small and calm, in the window header: Saved, Saving…, Not saved — retrying,
 * or Not saved with the reason. Screen readers hear each change once, politely.
 */
export function SaveStatusIndicator({ status }: { status: SaveStatus }) {
  const t = useT();
  const { label, detail } = describe(status, t);
  return (
    <p className="save-status" data-kind={status.kind} role="status" aria-live="polite" title={detail}>
      <span className="save-status-dot" aria-hidden="true" />
      <span className="save-status-label">{label}</span>
      {detail && status.kind !== 'saved' && <span className="visually-hidden"> {detail}</span>}
    </p>
  );
}

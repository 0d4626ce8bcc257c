import type { StartupNotice } from '../../../../shared/contract';

const titles: Record<StartupNotice['kind'], string> = {
  'restored-from-backup': 'Your briefing was restored from a backup',
  'started-fresh': 'Your briefing database was damaged and has been started again',
  'journal-repaired': 'Some recent changes could not be read back',
};

/** Tells the user, once, that a damaged database was set aside and what was restored. */
export function StartupNoticeBanner({ notice, onDismiss }: { notice: StartupNotice; onDismiss: () => void }) {
  return (
    <div className="notice-banner" role="alert">
      <div>
        <p className="notice-title">{titles[notice.kind]}</p>
        <p className="notice-message">{notice.message}</p>
      </div>
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

import type { StartupNotice } from '../../../../shared/contract';
import type { MessageKey } from '../../../../shared/i18n/catalogues';
import { useLanguage, useT } from '../../i18n';

const titles: Record<StartupNotice['kind'], MessageKey> = {
  'restored-from-backup': 'notice.restored.title',
  'started-fresh': 'notice.startedFresh.title',
  'journal-repaired': 'notice.journalRepaired.title',
};
const messages: Record<StartupNotice['kind'], MessageKey> = {
  'restored-from-backup': 'notice.restored.message',
  'started-fresh': 'notice.startedFresh.message',
  'journal-repaired': 'notice.journalRepaired.message',
};

/** Tells the user, once, that a damaged database was set aside and what was restored. */
export function StartupNoticeBanner({ notice, onDismiss }: { notice: StartupNotice; onDismiss: () => void }) {
  const t = useT();
  const { locale } = useLanguage();
  // The main process writes the notice in English with the files it names; other languages say it from the kind.
  const message =
    locale === 'en'
      ? notice.message
      : t(messages[notice.kind], { damaged: notice.damagedFile, backup: notice.backupFile ?? '' });
  return (
    <div className="notice-banner" role="alert">
      <div>
        <p className="notice-title">{t(titles[notice.kind])}</p>
        <p className="notice-message">{message}</p>
      </div>
      <button type="button" className="button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

import { useT } from '../../i18n';
import { localReason } from '../../i18n/errorText';

/** Says, for as long as it is true, that nothing can be changed and why. */
export function ReadOnlyBanner({ reason, databaseFile }: { reason: string; databaseFile: string }) {
  const t = useT();
  return (
    <div className="notice-banner read-only-banner" role="alert">
      <div>
        <p className="notice-title">{t('readOnly.title')}</p>
        <p className="notice-message">
          {t('readOnly.message', { reason: localReason(reason, t), file: databaseFile })}
        </p>
      </div>
    </div>
  );
}

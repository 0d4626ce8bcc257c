import { useT } from '../i18n/useT';
import { useBriefingService } from '../service/ServiceContext';

/**
 * "Saved … to …" with Show in folder, wherever a file was written (a pack, a backup, a collection), so the status
 * reads and behaves the same on every screen that saves one.
 */
export function SavedFileStatus({
  message,
  filePath,
  onRevealError,
}: {
  message: string;
  filePath: string;
  onRevealError: (error: unknown) => void;
}) {
  const t = useT();
  const service = useBriefingService();
  return (
    <div className="saved-file" role="status">
      <span>{message}</span>
      <button
        type="button"
        className="button saved-file-reveal"
        onClick={() => void service.revealExportedFile({ filePath }).catch(onRevealError)}
      >
        {t('export.showInFolder')}
      </button>
    </div>
  );
}

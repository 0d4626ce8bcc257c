import { useState } from 'react';
import type { BriefExportFormat } from '../../../../shared/briefs/briefRequests';
import { paperSizes, type PaperSize } from '../../../../shared/export/exportSchemas';
import { useBriefingService } from '../../service/ServiceContext';
import { useErrorText, useLanguage, useT } from '../../i18n';

interface BriefExportBarProps {
  briefId: string;
  paper: PaperSize;
  onPaper: (paper: PaperSize) => void;
  includeAnnex: boolean;
  onAnnex: (include: boolean) => void;
}

const formats: BriefExportFormat[] = ['pdf', 'docx', 'markdown'];

/** Paper, the annex, and PDF / Word / Markdown through the main process's save dialog. */
export function BriefExportBar({ briefId, paper, onPaper, includeAnnex, onAnnex }: BriefExportBarProps) {
  const t = useT();
  const service = useBriefingService();
  const { language } = useLanguage();
  const describeError = useErrorText();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; error?: boolean }>();

  const run = async (format: BriefExportFormat) => {
    if (busy) return;
    setBusy(true);
    setResult(undefined);
    try {
      const saved = await service.exportBrief({ briefId, format, paper, includeAnnex, language });
      if (saved.status === 'saved') {
        const file = saved.filePath;
        setResult({
          text:
            saved.pages === undefined
              ? t('briefs.export.saved', { file })
              : t('briefs.export.savedPages', { file, pages: saved.pages }),
        });
      }
    } catch (caught) {
      setResult({ text: describeError(caught), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="brief-export" aria-busy={busy}>
      <legend className="brief-legend">{t('briefs.export.legend')}</legend>
      <div className="brief-export-row">
        <label className="brief-inline-field">
          <span>{t('briefs.paper')}</span>
          <select className="brief-input" value={paper} onChange={(event) => onPaper(event.target.value as PaperSize)}>
            {paperSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <label className="brief-check">
          <input type="checkbox" checked={includeAnnex} onChange={(event) => onAnnex(event.target.checked)} />
          <span>{t('briefs.export.annex')}</span>
        </label>
      </div>
      <div className="brief-export-row">
        {formats.map((format) => (
          <button
            key={format}
            type="button"
            className={`button${format === 'pdf' ? ' button-primary' : ''}`}
            data-export={format}
            disabled={busy}
            onClick={() => void run(format)}
          >
            {t(`briefs.export.${format}`)}
          </button>
        ))}
      </div>
      {busy && <p className="brief-export-status">{t('briefs.export.working')}</p>}
      {result && (
        <p className={result.error ? 'inline-error' : 'brief-export-status'} role={result.error ? 'alert' : 'status'}>
          {result.text}
        </p>
      )}
    </fieldset>
  );
}

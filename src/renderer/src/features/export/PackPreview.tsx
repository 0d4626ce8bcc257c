import { useState } from 'react';
import type { PackModel } from '../../../../shared/export/packModel';
import { PackDocument } from '../../print/PackDocument';
import '../../print/printFonts';
import '../../print/print.css';
import { useT } from '../../i18n';

/** The pack as it will print: the print page's own components, laid out and shrunk to fit the column. */
export function PackPreview({ pack }: { pack: PackModel }) {
  const t = useT();
  const [pages, setPages] = useState<number>();
  return (
    <section className="export-preview" aria-label={t('export.preview')}>
      <p className="export-preview-caption">
        {pages === undefined
          ? t('export.preview.layingOut')
          : t('export.preview.caption', { pages, paper: pack.paper })}
      </p>
      <div className="export-preview-pages">
        <PackDocument pack={pack} onLaidOut={setPages} />
      </div>
    </section>
  );
}

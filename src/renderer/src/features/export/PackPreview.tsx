import { useState } from 'react';
import type { PackModel } from '../../../../shared/export/packModel';
import { PackDocument } from '../../print/PackDocument';
import '../../print/printFonts';
import '../../print/print.css';

/** The pack as it will print: the print page's own components, laid out and shrunk to fit the column. */
export function PackPreview({ pack }: { pack: PackModel }) {
  const [pages, setPages] = useState<number>();
  return (
    <section className="export-preview" aria-label="Preview of the briefing pack">
      <p className="export-preview-caption">
        {pages === undefined
          ? 'Laying out the pack…'
          : `Preview · ${pages} ${pages === 1 ? 'page' : 'pages'} · ${pack.paper}`}
      </p>
      <div className="export-preview-pages">
        <PackDocument pack={pack} onLaidOut={setPages} />
      </div>
    </section>
  );
}

import { createRoot } from 'react-dom/client';
import type { PackModel } from '../../../shared/export/packModel';
import './printFonts';
import './print.css';
import { PackDocument } from './PackDocument';
import type { BriefPrintModel } from '../../../shared/briefs/briefPrintModel';
import { BriefPrintDocument } from './BriefPrintDocument';

declare global {
  interface Window {
    /** Called by the printer adapter (Electron's hidden window, or the browser target) with the composed pack. */
    renderPack?: (model: PackModel) => Promise<{ pages: number }>;
    // briefs
    renderBrief?: (model: BriefPrintModel) => Promise<{ pages: number }>;
  }
}

const element = document.getElementById('pack');
if (!element) throw new Error('The print page has no #pack element.');
const root = createRoot(element);
let renders = 0;

window.renderPack = (model) =>
  new Promise((resolve) => {
    // Chromium's printer writes the document's title into the PDF's Title field: the cover's, not the page's.
    document.title = model.cover.title;
    // Fonts and hyphenation follow the pack's language; its cards mark themselves English.
    document.documentElement.lang = model.language ?? 'en';
    const onLaidOut = (pages: number) => {
      // The pages are in the DOM; wait for any font their text still needs, then let the printer print.
      void document.fonts.ready.then(() => resolve({ pages }));
    };
    root.render(<PackDocument key={renders++} pack={model} onLaidOut={onLaidOut} />);
  });

// briefs: the same page, printer and wait for the fonts as the pack.
window.renderBrief = (model) =>
  new Promise((resolve) => {
    document.title = model.document.title;
    document.documentElement.lang = model.language;
    const onLaidOut = (pages: number) => {
      void document.fonts.ready.then(() => resolve({ pages }));
    };
    root.render(<BriefPrintDocument key={renders++} model={model} onLaidOut={onLaidOut} />);
  });

import type { Library, SavedFile } from '../../../shared/contract';
import { composeBriefDocument, briefToMarkdown, type BriefDocument } from '../../../shared/briefs';
import { briefLabelsFor } from '../../../shared/briefs/briefLabelsFor';
import type { ExportBriefRequest } from '../../../shared/briefs/briefRequests';
import { BriefingError } from '../../../shared/errors';
import type { Fact } from '../../../shared/schema/fact';
import { defaultFileName, writeChosenFile } from '../exportPack';
import type { ExportDeps, ExportFileKind } from '../ports/exportPorts';
import { briefToDocx } from './briefToDocx';

type Deps = Pick<ExportDeps, 'printer' | 'dialogs' | 'clock' | 'fileSystem'>;

const kinds: Record<ExportBriefRequest['format'], ExportFileKind> = { pdf: 'pdf', markdown: 'markdown', docx: 'docx' };

/** "brief-meeting-with-the-korean-minister-2021-08-17": a name from the title that needs no quoting. */
function fileStem(title: string): string {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  if (!words) return 'brief';
  return words.startsWith('brief') ? words : `brief-${words}`;
}

/** The brief as it will print, composed once for all three writers so they say the same thing. */
export function composeForExport(
  library: Library,
  request: Pick<ExportBriefRequest, 'briefId' | 'includeAnnex' | 'language'>,
): BriefDocument {
  const brief = library.user.briefs.find((candidate) => candidate.id === request.briefId);
  if (!brief) {
    throw new BriefingError({
      code: 'not-found',
      message: `There is no brief with the id "${request.briefId}"; nothing was exported.`,
    });
  }
  const cards = new Map<string, Fact>([...library.facts, ...library.user.ownFacts].map((fact) => [fact.id, fact]));
  return composeBriefDocument(
    brief,
    { fact: (id) => cards.get(id), sources: library.sources },
    { includeAnnex: request.includeAnnex, locale: briefLabelsFor(request.language).locale },
  );
}

/** Composes the brief, asks where to save, writes PDF, Markdown or Word there atomically. */
export async function exportBrief(deps: Deps, library: Library, request: ExportBriefRequest): Promise<SavedFile> {
  const at = (deps.clock ?? (() => new Date()))();
  const document = composeForExport(library, request);
  const labels = briefLabelsFor(request.language);
  const kind = kinds[request.format];
  const printBrief = deps.printer.printBrief?.bind(deps.printer);
  if (kind === 'pdf' && !printBrief) {
    throw new BriefingError({
      code: 'internal',
      message: 'Printing a brief to PDF is not available in this build of Summit Briefing; nothing was exported.',
    });
  }
  const chosen = await deps.dialogs.chooseSavePath({
    defaultName: defaultFileName(fileStem(document.title), kind, at),
    kind,
  });
  if (!chosen) return { status: 'cancelled' };
  if (kind === 'pdf' && printBrief) {
    const { pdf, pages } = await printBrief({ document, labels, paper: request.paper, language: request.language });
    const filePath = await writeChosenFile(deps, chosen, kind, pdf);
    return { status: 'saved', filePath, bytes: pdf.byteLength, pages };
  }
  const data =
    kind === 'docx' ? await briefToDocx(document, labels, { paper: request.paper }) : briefToMarkdown(document, labels);
  const filePath = await writeChosenFile(deps, chosen, kind, data);
  return {
    status: 'saved',
    filePath,
    bytes: typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength,
  };
}

import { basename } from 'node:path';
import { bytesChecksum } from '../../../shared/sources/checksum';
import { headlineOf } from '../../../shared/sources/pastedText';
import { draftFromText, suggestedMetadataSchema, type SourceDraft } from '../../../shared/sources/sourceDraft';
import { sourceFileMaxBytes, type SourceOrigin } from '../../../shared/sources/sourceRecord';
import { readFileBounded, type BoundedReadFileSystem } from './boundedFileRead';
import { readHtmlArticleInWorker, type HtmlReadOptions } from './htmlArticleInWorker';
import { readPdfText, type PdfReadOptions } from './pdfText';
import { decodeTextFile, sourceFileKind } from './sourceFileType';

export interface SourceFileOptions {
  /** Defaults to 20 MB. */
  maxBytes?: number;
  pdf?: Omit<PdfReadOptions, 'fileName'>;
  html?: Omit<HtmlReadOptions, 'fileName'>;
  fileSystem?: BoundedReadFileSystem;
}

/**
 * Reads an article file the user chose into a draft for the import form: the file read with a bound, its kind
 * taken from its extension and checked against its content, its text taken out (.txt and .md as they are, HTML
 * through Readability and DOMPurify, PDF through pdf.js in a worker), split into paragraphs, with what the file
 * says of its title, author and the rest. Nothing is stored: the caller holds the draft until the user confirms.
 *
 * @throws BriefingError `invalid-request` naming the file and saying what is wrong with it.
 */
export async function readSourceFile(path: string, options: SourceFileOptions = {}): Promise<SourceDraft> {
  const bytes = await readFileBounded(path, options.maxBytes ?? sourceFileMaxBytes, options.fileSystem);
  const kind = sourceFileKind(path, bytes);
  const fileName = basename(path);
  const origin: SourceOrigin = { kind, fileName, fileBytes: bytes.length, fileChecksum: bytesChecksum(bytes) };
  switch (kind) {
    case 'txt':
    case 'md': {
      const draft = draftFromText(decodeTextFile(path, bytes), origin);
      const first = draft.paragraphs[0];
      const headline = kind === 'md' ? first?.role === 'heading' && headlineOf(draft) : headlineOf(draft);
      return headline ? { ...draft, suggested: { title: headline } } : draft;
    }
    case 'html': {
      const article = await readHtmlArticleInWorker(bytes, { ...options.html, fileName });
      return draftFromText(article.text, origin, {
        rule: 'blank-lines',
        roles: article.roles,
        suggested: article.suggested,
      });
    }
    case 'pdf': {
      const pdf = await readPdfText(bytes, { ...options.pdf, fileName });
      const suggested = suggestedMetadataSchema.partial().safeParse({
        title: pdf.title?.slice(0, 200),
        author: pdf.author?.slice(0, 160),
      });
      return draftFromText(pdf.text, origin, {
        rule: 'blank-lines',
        roles: pdf.roles,
        suggested: suggested.success ? suggested.data : {},
      });
    }
  }
}

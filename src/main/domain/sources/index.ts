// Sources' main-process side: reading an article file the user chose (bounded, sniffed, HTML made inert, PDF in a
// time-limited worker) into a draft for the import form. See src/shared/sources/README.md.
export { readSourceFile, type SourceFileOptions } from './importSourceFile';
export { importableExtensions, type SourceFileKind } from './sourceFileType';
export { readPdfText, type PdfReadOptions, type PdfText } from './pdfText';
export { workerTimeLimitMs, workerHeapMb } from './workerTask';

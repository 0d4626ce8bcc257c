import { basename, extname } from 'node:path';
import { BriefingError } from '../../../shared/errors';

/** The kinds of file an article can be imported from. */
export type SourceFileKind = 'txt' | 'md' | 'html' | 'pdf';

const byExtension: Record<string, SourceFileKind> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

export const importableExtensions = Object.keys(byExtension);

/** Files that are not articles, recognised by their first bytes, so the refusal can say what the file is. */
const signatures: { name: string; bytes: number[] }[] = [
  { name: 'a ZIP archive (a Word, EPUB or other packaged document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an old Word or Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'a PNG picture', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG picture', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF picture', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a compressed (gzip) file', bytes: [0x1f, 0x8b] },
  { name: 'an RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
];

function refuse(path: string, reason: string): BriefingError {
  return new BriefingError({
    code: 'invalid-request',
    message: `${basename(path)} cannot be imported: ${reason} Nothing was imported.`,
  });
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((byte, index) => bytes[at + index] === byte);

/** "%PDF-" within the first kilobyte, where PDF readers look for it; `atStart` for a file that begins as a PDF. */
function looksLikePdf(bytes: Uint8Array, atStart: boolean): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return atStart ? /^\s*%PDF-/.test(head) : head.includes('%PDF-');
}

const utf16Le = [0xff, 0xfe];
const utf16Be = [0xfe, 0xff];

/** Text files hold no NUL bytes (UTF-16 aside, which announces itself with a byte-order mark). */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, utf16Le) || startsWith(bytes, utf16Be)) return false;
  return bytes.subarray(0, 8192).includes(0);
}

/**
 * The kind of an article file, from its extension, checked against its content: a file named .txt that is a PDF,
 * a picture or a Word document is refused with what it really is, rather than imported as noise.
 *
 * @throws BriefingError `invalid-request` for an extension the app does not import or content that does not fit it.
 */
export function sourceFileKind(path: string, bytes: Uint8Array): SourceFileKind {
  const kind = byExtension[extname(path).toLowerCase()];
  if (!kind) {
    throw refuse(path, 'Summit Briefing imports articles from .txt, .md, .html and .pdf files.');
  }
  if (bytes.length === 0) throw refuse(path, 'the file is empty.');
  if (kind === 'pdf') {
    if (!looksLikePdf(bytes, false)) throw refuse(path, 'it is named .pdf but is not a PDF.');
    return kind;
  }
  const other = signatures.find((signature) => startsWith(bytes, signature.bytes));
  if (looksLikePdf(bytes, true))
    throw refuse(path, `it is a PDF, not a .${kind} file. Rename it to .pdf and import it again.`);
  if (other) throw refuse(path, `it is ${other.name}, not a .${kind} file.`);
  if (looksBinary(bytes)) throw refuse(path, `it holds binary data, not the text a .${kind} file has.`);
  return kind;
}

/**
 * The text of a .txt or .md file: UTF-8 (a byte-order mark is dropped, as every editor does), or UTF-16 when a
 * byte-order mark says so. Bytes that are not valid UTF-8 are refused rather than guessed at, since a wrong guess
 * would change the article's words.
 */
export function decodeTextFile(path: string, bytes: Uint8Array): string {
  const encoding = startsWith(bytes, utf16Le) ? 'utf-16le' : startsWith(bytes, utf16Be) ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw refuse(
      path,
      'it is not UTF-8 text. Open it in a text editor, save it with the UTF-8 encoding, and import it again.',
    );
  }
}

import { strFromU8, unzipSync } from 'fflate';
import { DOMParser, type Document } from '@xmldom/xmldom';

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxParagraph {
  style: string;
  text: string;
}

/** A .docx read back the way Word would: its parts, and each part's paragraphs with their styles. */
export interface ReadDocx {
  parts: Record<string, string>;
  paragraphs(part: string): DocxParagraph[];
  /** The part as XML, parsed strictly: a malformed part throws. */
  xml(part: string): Document;
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [path, data] of Object.entries(files)) parts[path] = strFromU8(data);
  const xml = (part: string): Document => {
    const text = parts[part];
    if (text === undefined) throw new Error(`the .docx has no part ${part}`);
    // xmldom throws on malformed XML with the error handler's default "fatalError" behaviour.
    return new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(`${part} is not well-formed XML: ${message}`);
      },
    }).parseFromString(text, 'text/xml');
  };
  return {
    parts,
    xml,
    paragraphs: (part) =>
      Array.from(xml(part).getElementsByTagNameNS(wordNamespace, 'p'), (paragraph) => ({
        style: paragraph.getElementsByTagNameNS(wordNamespace, 'pStyle')[0]?.getAttributeNS(wordNamespace, 'val') ?? '',
        text: Array.from(paragraph.getElementsByTagNameNS(wordNamespace, 't'), (node) => node.textContent ?? '').join(
          '',
        ),
      })),
  };
}

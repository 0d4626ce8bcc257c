import type { Source } from '../schema/source';
import { readingView } from './readingView';
import type { SourceRecord } from './sourceRecord';

const originWords: Record<SourceRecord['origin']['kind'], string> = {
  shipped: 'shipped with the app',
  pasted: 'pasted text',
  txt: 'text file',
  md: 'Markdown file',
  html: 'web page',
  pdf: 'PDF document',
};

/**
 * An imported source as the pack's source list shows it: its title, outlet and date, and a description that says
 * where its words came from, how many paragraphs the cards' "¶" count in, and the checksum that identifies the text.
 */
export function packSourceOf(record: SourceRecord): Source {
  const paragraphs = readingView(record).paragraphs.length;
  const from = record.origin.fileName
    ? `${originWords[record.origin.kind]} ${record.origin.fileName}`
    : originWords[record.origin.kind];
  const description = [
    `Imported article (${from}), ${paragraphs} ${paragraphs === 1 ? 'paragraph' : 'paragraphs'}`,
    record.author ? `by ${record.author}` : undefined,
    record.url ? `at ${record.url}` : undefined,
    `text checksum ${record.checksum.slice(0, 19)}…`,
  ]
    .filter(Boolean)
    .join('; ');
  return {
    id: record.id,
    kind: 'article',
    title: record.title,
    ...(record.outlet ? { publisher: record.outlet } : {}),
    ...(record.date ? { date: record.date } : {}),
    paragraphCount: paragraphs,
    description: `${description.slice(0, 598)}.`,
  };
}

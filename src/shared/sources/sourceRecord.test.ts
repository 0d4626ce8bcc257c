import { describe, expect, it } from 'vitest';
import { BriefingError } from '../errors';
import { textChecksum } from './checksum';
import { paragraphDisplay } from './paragraphs/paragraphSpans';
import { shippedSourceRecord } from './shippedSource';
import { createSourceRecord, draftFromText } from './sourceDraft';
import { sourceMetadataSchema, sourceRecordSchema } from './sourceRecord';
import { seedArticle, shippedRecord } from './testing/shippedArticle';

const ids = { id: 'source-1', collectionId: 'summit-2021', importedAt: '2026-01-05T10:00:00.000Z' };
const origin = { kind: 'txt', fileName: 'report.txt', fileBytes: 40, fileChecksum: textChecksum('x') } as const;

function errorOf(run: () => unknown): BriefingError {
  try {
    run();
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error('expected a BriefingError');
}

describe('the source record', () => {
  it('holds the shipped article with the seed’s checksum and its nine paragraphs, word for word', () => {
    expect(shippedRecord.checksum).toBe(seedArticle.checksum);
    expect(shippedRecord.paragraphs.map((paragraph) => paragraphDisplay(shippedRecord.text, paragraph))).toEqual(
      seedArticle.paragraphs,
    );
    expect(shippedRecord).toMatchObject({ collectionId: 'summit-2021', origin: { kind: 'shipped' } });
    expect(sourceRecordSchema.safeParse(shippedRecord).success).toBe(true);
  });

  it('refuses a shipped article whose paragraphs were changed after they were checked', () => {
    const edited = { ...seedArticle, paragraphs: seedArticle.paragraphs.map((text) => text.replace('22', '23')) };
    expect(errorOf(() => shippedSourceRecord(edited, ids.importedAt)).message).toMatch(/do not match their checksum/);
  });

  it('parses to a frozen record: a source is never changed after import', () => {
    const record = sourceRecordSchema.parse(structuredClone(shippedRecord));
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen(record.paragraphs)).toBe(true);
    expect(Object.isFrozen(record.paragraphs[0])).toBe(true);
    expect(Object.isFrozen(record.origin)).toBe(true);
    expect(() => {
      (record as { text: string }).text = 'changed';
    }).toThrow(TypeError);
  });

  it('refuses a text that no longer matches its checksum', () => {
    const tampered = { ...structuredClone(shippedRecord), text: shippedRecord.text.replace('USD 4', 'USD 5') };
    const result = sourceRecordSchema.safeParse(tampered);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      'the text does not match its checksum, so it was changed after import',
    );
  });

  it('refuses paragraphs that overlap, run past the text or show nothing', () => {
    const base = structuredClone(shippedRecord);
    const overlapping = {
      ...base,
      paragraphs: [
        { start: 0, end: 20 },
        { start: 10, end: 30 },
      ],
    };
    const pastTheEnd = { ...base, paragraphs: [{ start: 0, end: base.text.length + 1 }] };
    const spacesOnly = { ...base, text: 'a  b', checksum: textChecksum('a  b'), paragraphs: [{ start: 1, end: 3 }] };
    for (const record of [overlapping, pastTheEnd, spacesOnly]) {
      expect(sourceRecordSchema.safeParse(record).success).toBe(false);
    }
  });

  it('says where a source came from: a file has a name without a folder, a size and a checksum; pasted text has none', () => {
    const draft = draftFromText('Some text.\n\nMore text.', origin);
    expect(createSourceRecord(draft, { title: 'Report' }, ids).origin).toEqual(origin);
    const withPath = { ...origin, fileName: '/home/user/report.txt' };
    expect(() => createSourceRecord(draftFromText('Text', withPath), { title: 'Report' }, ids)).toThrow(BriefingError);
    const pastedWithFile = { kind: 'pasted', fileName: 'report.txt' } as const;
    expect(() => createSourceRecord(draftFromText('Text', pastedWithFile), { title: 'Report' }, ids)).toThrow(
      BriefingError,
    );
    expect(() => createSourceRecord(draftFromText('Text', { kind: 'txt' }), { title: 'Report' }, ids)).toThrow(
      BriefingError,
    );
  });
});

describe('the details a user confirms', () => {
  it('take trimmed text, read empty optional fields as not given, and keep what was given', () => {
    expect(
      sourceMetadataSchema.parse({
        title: '  Summit in Seoul ',
        outlet: ' The Astana Times ',
        author: '',
        date: '2021-08-17',
        url: 'https://astanatimes.com/2021/08/summit',
        language: '  ',
      }),
    ).toEqual({
      title: 'Summit in Seoul',
      outlet: 'The Astana Times',
      date: '2021-08-17',
      url: 'https://astanatimes.com/2021/08/summit',
    });
  });

  it('refuse a missing title, an impossible date and any address that is not a web address, naming each field', () => {
    const draft = draftFromText('Text of the article.', { kind: 'pasted' });
    const error = errorOf(() =>
      createSourceRecord(draft, { title: ' ', date: '2021-02-30', url: 'javascript:alert(1)' }, ids),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/Nothing was imported/);
    expect(error.details).toEqual([
      'title: a source needs a title',
      'date: that date does not exist',
      'url: an address starts with http:// or https://',
    ]);
    for (const url of ['file:///etc/passwd', 'data:text/html,hi', 'not a url']) {
      expect(sourceMetadataSchema.safeParse({ title: 'T', url }).success).toBe(false);
    }
    expect(sourceMetadataSchema.safeParse({ title: 'T', extra: 1 }).success).toBe(false);
  });

  it('record the paragraphing rule and its version, the time from the caller’s clock, and a new version’s predecessor', () => {
    const draft = draftFromText('One.\n\nTwo.', { kind: 'pasted' });
    const record = createSourceRecord(
      draft,
      { title: 'Second take' },
      { ...ids, id: 'source-2', supersedes: 'source-1' },
    );
    expect(record).toMatchObject({
      paragraphing: { rule: 'blank-lines', version: 1 },
      importedAt: ids.importedAt,
      supersedes: 'source-1',
      checksum: textChecksum('One.\n\nTwo.'),
    });
    expect(() => createSourceRecord(draft, { title: 'Loop' }, { ...ids, supersedes: ids.id })).toThrow(BriefingError);
  });
});

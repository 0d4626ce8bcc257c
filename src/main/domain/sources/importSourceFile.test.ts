import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesChecksum, textChecksum } from '../../../shared/sources/checksum';
import { paragraphDisplay } from '../../../shared/sources/paragraphs/paragraphSpans';
import { createSourceRecord, type SourceDraft } from '../../../shared/sources/sourceDraft';
import { sourceRecordSchema } from '../../../shared/sources/sourceRecord';
import { seedArticle, seedArticleText } from '../../../shared/sources/testing/shippedArticle';
import { asRead, fixturePath, scratchFolder, writeScratch } from './testing/articleFixtures';
import { readSourceFile } from './importSourceFile';

const headline = 'Kazakhstan and South Korea resolve to expand trade and technology ties';
const shown = (draft: SourceDraft) => draft.paragraphs.map((paragraph) => paragraphDisplay(draft.text, paragraph));
const ids = { id: 'imported', collectionId: 'visits', importedAt: '2026-01-06T08:00:00.000Z' };

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
beforeAll(async () => {
  scratch = await scratchFolder();
});
afterAll(() => scratch.remove());

async function expectRecordable(draft: SourceDraft) {
  const record = createSourceRecord(draft, { title: draft.suggested.title ?? 'Untitled' }, ids);
  expect(sourceRecordSchema.safeParse(structuredClone(record)).success).toBe(true);
  expect(record.checksum).toBe(textChecksum(draft.text));
  return record;
}

describe('importing an article file', () => {
  it('reads a .txt file exactly as it is, blank-line paragraphs and all, with the headline as title', async () => {
    const path = fixturePath('article.txt');
    const bytes = await readFile(path);
    const draft = await readSourceFile(path);
    expect(draft.text).toBe(bytes.toString('utf8'));
    expect(draft.origin).toEqual({
      kind: 'txt',
      fileName: 'article.txt',
      fileBytes: bytes.length,
      fileChecksum: bytesChecksum(bytes),
    });
    expect(draft.rule).toBe('blank-lines');
    expect(shown(draft)[0]).toBe(headline);
    expect(shown(draft).slice(1).map(asRead)).toEqual(seedArticle.paragraphs);
    expect(draft.suggested).toEqual({ title: headline });
    await expectRecordable(draft);
  });

  it('reads the shipped article saved as .txt one paragraph per line, with the seed’s own checksum', async () => {
    const path = await writeScratch(scratch.path('summit.txt'), seedArticleText);
    const draft = await readSourceFile(path);
    expect(draft.rule).toBe('lines');
    expect(shown(draft)).toEqual(seedArticle.paragraphs);
    expect((await expectRecordable(draft)).checksum).toBe(seedArticle.checksum);
  });

  it('reads a .md file by its blocks, showing the words without the syntax and never a link’s address', async () => {
    const draft = await readSourceFile(fixturePath('article.md'));
    expect(draft.rule).toBe('markdown');
    const paragraphs = shown(draft);
    expect(paragraphs[0]).toBe(headline);
    expect(paragraphs.slice(1, 10).map(asRead)).toEqual(seedArticle.paragraphs);
    expect(paragraphs.slice(10)).toEqual([
      'About this file',
      'A fixture for the Markdown importer.',
      'Its paragraphs are the article shipped with the app.',
    ]);
    expect(draft.paragraphs.map((paragraph) => paragraph.role)).toEqual([
      'heading',
      undefined,
      undefined,
      undefined,
      undefined,
      'quote',
      undefined,
      undefined,
      undefined,
      undefined,
      'heading',
      'list-item',
      'list-item',
    ]);
    expect(paragraphs.join('\n')).not.toMatch(/astanatimes\.com|\*\*|\[|`/);
    expect(draft.text).toBe(await readFile(fixturePath('article.md'), 'utf8'));
    expect(draft.suggested).toEqual({ title: headline });
    await expectRecordable(draft);
  });

  it('reads the article out of an HTML page: its nine paragraphs, word for word, and none of the page around it', async () => {
    const draft = await readSourceFile(fixturePath('article.html'));
    expect(draft.rule).toBe('blank-lines');
    // The byline is part of the article as the page marks it up; the nine paragraphs follow it word for word.
    expect(shown(draft)).toEqual(['By Fixture Desk', ...seedArticle.paragraphs]);
    expect(draft.text).not.toMatch(/Related stories|Subscribe|Business|Opinion|All rights reserved/);
    expect(draft.suggested).toEqual({
      title: headline,
      outlet: 'Test Fixture Gazette',
      author: 'Fixture Desk',
      date: '2021-08-20',
      url: 'https://fixture.example/world/kazakhstan-korea-summit',
      language: 'en',
    });
    await expectRecordable(draft);
  });

  it('reads a PDF’s text in paragraphs, across its page break, with the title the PDF gives', async () => {
    const draft = await readSourceFile(fixturePath('article.pdf'));
    expect(draft.rule).toBe('blank-lines');
    const paragraphs = shown(draft);
    expect(asRead(paragraphs[0]!)).toBe(headline);
    expect(draft.paragraphs[0]?.role).toBe('heading');
    expect(paragraphs.slice(1).map(asRead)).toEqual(seedArticle.paragraphs);
    expect(draft.suggested).toEqual({ title: headline });
    await expectRecordable(draft);
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 text files to the same words', async () => {
    const text = 'Сеул, 17 августа.\n\n서울에서 정상회담.';
    const withMark = await writeScratch(
      scratch.path('bom.txt'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    const utf16 = await writeScratch(
      scratch.path('utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    expect((await readSourceFile(withMark)).text).toBe(text);
    expect((await readSourceFile(utf16)).text).toBe(text);
  });
});

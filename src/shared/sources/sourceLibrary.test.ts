import { describe, expect, it } from 'vitest';
import { BriefingError } from '../errors';
import { shippedCollection, shippedCollectionId } from './collections';
import { pastedTextDraft } from './pastedText';
import { createSourceRecord } from './sourceDraft';
import { applySourceCommand, sourceCommandSchema, type SourceCommand, type SourceLibrary } from './sourceLibrary';
import { seed, shippedRecord } from './testing/shippedArticle';

const createdAt = '2026-01-05T09:00:00.000Z';
const summit = shippedCollection(seed.title, createdAt);
const start: SourceLibrary = { collections: [summit], sources: [shippedRecord] };
const context = {
  otherIds: new Set(['summit-overview']),
  citedSourceIds: new Set<string>(),
  usedCollectionIds: new Set<string>(),
};
const visits = { id: 'visits-2026', name: 'Visits in 2026', createdAt };

function pasted(id: string, text: string, collectionId = 'visits-2026', supersedes?: string) {
  return createSourceRecord(
    pastedTextDraft(text),
    { title: `Article ${id}` },
    {
      id,
      collectionId,
      importedAt: createdAt,
      ...(supersedes ? { supersedes } : {}),
    },
  );
}

function refusal(library: SourceLibrary, command: SourceCommand, withContext = context): BriefingError {
  try {
    applySourceCommand(library, command, withContext);
  } catch (error) {
    if (error instanceof BriefingError) {
      expect(error.message).toMatch(/Nothing was changed\.$/);
      return error;
    }
    throw error;
  }
  throw new Error('the command was accepted');
}

describe('the library of sources and collections', () => {
  const withVisits = applySourceCommand(start, { kind: 'create-collection', collection: visits }, context);
  const withArticle = applySourceCommand(
    withVisits,
    { kind: 'import-source', source: pasted('article-a', 'A.\n\nB.') },
    context,
  );

  it('starts with the shipped summit as the first collection, holding the shipped article', () => {
    expect(start.collections[0]).toEqual({ id: shippedCollectionId, name: seed.title, createdAt });
    expect(start.sources[0]?.collectionId).toBe(shippedCollectionId);
  });

  it('adds collections and sources as new objects, leaving the earlier library as it was', () => {
    expect(withArticle.collections.map((item) => item.id)).toEqual([shippedCollectionId, 'visits-2026']);
    expect(withArticle.sources.map((item) => item.id)).toEqual([shippedRecord.id, 'article-a']);
    expect(start.collections).toHaveLength(1);
    expect(withVisits.sources).toHaveLength(1);
  });

  it('has no command that changes a source', () => {
    const update = { kind: 'update-source', sourceId: 'article-a', source: shippedRecord };
    expect(sourceCommandSchema.safeParse(update).success).toBe(false);
    expect(sourceCommandSchema.options.map((option) => option.shape.kind.value)).toEqual([
      'import-source',
      'remove-source',
      'create-collection',
      'rename-collection',
      'remove-collection',
    ]);
  });

  it('refuses an id in use by any record, an unknown collection, and the same text twice in one collection', () => {
    expect(refusal(withArticle, { kind: 'import-source', source: pasted('summit-overview', 'C.') }).message).toMatch(
      /already in use/,
    );
    expect(refusal(withArticle, { kind: 'import-source', source: pasted('x', 'C.', 'nowhere') }).code).toBe(
      'not-found',
    );
    expect(refusal(withArticle, { kind: 'import-source', source: pasted('article-b', 'A.\n\nB.') }).message).toBe(
      'This collection already holds this exact text, as “Article article-a”. Nothing was changed.',
    );
    const elsewhere = pasted('article-c', 'A.\n\nB.', shippedCollectionId);
    expect(applySourceCommand(withArticle, { kind: 'import-source', source: elsewhere }, context).sources).toHaveLength(
      3,
    );
  });

  it('takes a corrected article as a new version that names the old one, which then stays', () => {
    const newer = pasted('article-a2', 'A.\n\nB, corrected.', 'visits-2026', 'article-a');
    const library = applySourceCommand(withArticle, { kind: 'import-source', source: newer }, context);
    expect(library.sources.map((item) => item.id)).toContain('article-a');
    expect(refusal(library, { kind: 'remove-source', sourceId: 'article-a' }).message).toMatch(/newer version/);
    const orphan = pasted('article-z', 'Z.', 'visits-2026', 'gone');
    expect(refusal(withArticle, { kind: 'import-source', source: orphan }).code).toBe('not-found');
  });

  it('removes a source no card cites, but never the shipped article or a cited one', () => {
    expect(applySourceCommand(withArticle, { kind: 'remove-source', sourceId: 'article-a' }, context).sources).toEqual([
      shippedRecord,
    ]);
    expect(refusal(withArticle, { kind: 'remove-source', sourceId: shippedRecord.id }).message).toMatch(/shipped/);
    const cited = { ...context, citedSourceIds: new Set(['article-a']) };
    expect(refusal(withArticle, { kind: 'remove-source', sourceId: 'article-a' }, cited).message).toMatch(/Cards cite/);
    expect(refusal(withArticle, { kind: 'remove-source', sourceId: 'missing' }).code).toBe('not-found');
  });

  it('renames collections, keeping names unique whatever their case', () => {
    const renamed = applySourceCommand(
      withVisits,
      { kind: 'rename-collection', collectionId: 'visits-2026', name: 'Astana visit' },
      context,
    );
    expect(renamed.collections[1]).toEqual({ ...visits, name: 'Astana visit' });
    const clash = { kind: 'rename-collection', collectionId: 'visits-2026', name: seed.title.toUpperCase() } as const;
    expect(refusal(withVisits, clash).message).toMatch(/already a collection/);
    const twin = {
      kind: 'create-collection',
      collection: { ...visits, id: 'visits-copy', name: 'visits in 2026' },
    } as const;
    expect(refusal(withVisits, twin).message).toMatch(/already a collection/);
  });

  it('removes only an empty collection, never the shipped one', () => {
    expect(refusal(withArticle, { kind: 'remove-collection', collectionId: 'visits-2026' }).message).toMatch(
      /still holds/,
    );
    const used = { ...context, usedCollectionIds: new Set(['visits-2026']) };
    expect(refusal(withVisits, { kind: 'remove-collection', collectionId: 'visits-2026' }, used).message).toMatch(
      /still holds/,
    );
    expect(applySourceCommand(withVisits, { kind: 'remove-collection', collectionId: 'visits-2026' }, context)).toEqual(
      start,
    );
    expect(refusal(start, { kind: 'remove-collection', collectionId: shippedCollectionId }).message).toMatch(/shipped/);
  });
});

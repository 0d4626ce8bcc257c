import { createHash, randomUUID } from 'node:crypto';
import { BriefingError, describeIssues } from '../../shared/errors';
import { currentSchemaVersion, defaultSettings, emptyUserData, type Database } from '../../shared/schema/database';
import { seedSchema, type Seed } from '../../shared/schema/seed';
import type { Source } from '../../shared/schema/source';

export { mergeSeed, type SeedMergeReport, type SeedMergeResult } from './seedMerge';

/** The checksum a source's paragraph texts must carry: sha-256 of the lines joined as the original file has them. */
export function paragraphsChecksum(paragraphs: readonly string[]): string {
  return `sha256:${createHash('sha256').update(paragraphs.join('\n'), 'utf8').digest('hex')}`;
}

function damaged(details: string[]): BriefingError {
  return new BriefingError({
    code: 'internal',
    message: 'The fact database that ships with the app is damaged. Reinstall Summit Briefing.',
    details,
  });
}

/** Paragraph texts whose checksum does not match were changed after they were checked against the article. */
function checksumProblems(sources: readonly Source[]): string[] {
  return sources
    .filter((source) => source.paragraphs && source.checksum !== paragraphsChecksum(source.paragraphs))
    .map((source) => `sources: the paragraph texts of "${source.id}" do not match their checksum`);
}

export function parseSeed(raw: unknown): Seed {
  const result = seedSchema.safeParse(raw);
  if (!result.success) throw damaged(describeIssues(result.error));
  const problems = checksumProblems(result.data.sources);
  if (problems.length > 0) throw damaged(problems);
  return result.data;
}

/** A new database for the seed: nothing of the user's yet; the shipped cards stay in the seed. */
export function databaseFromSeed(seed: Pick<Seed, 'seedRevision'>): Database {
  return {
    schemaVersion: currentSchemaVersion,
    lineage: randomUUID(),
    sequence: 0,
    seedRevision: seed.seedRevision,
    user: structuredClone(emptyUserData),
    settings: { ...defaultSettings },
  };
}

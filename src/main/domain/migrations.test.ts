import { describe, expect, it } from 'vitest';
import { BriefingError } from '../../shared/errors';
import { currentSchemaVersion, databaseSchema } from '../../shared/schema/database';
import { migrateDatabase } from './migrations';
import { databaseFromSeed } from './seed';
import { sampleSeed } from './testing/sampleSeed';

const path = '/data/summit-briefing.json';

function thrown(action: () => unknown): BriefingError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(BriefingError);
    return error as BriefingError;
  }
  throw new Error('expected a BriefingError');
}

describe('migrateDatabase', () => {
  it('passes a current-version database through unchanged', () => {
    const database = databaseFromSeed(sampleSeed());
    expect(database.schemaVersion).toBe(currentSchemaVersion);
    const migrated = migrateDatabase(structuredClone(database), path);
    expect(migrated).toEqual(database);
    expect(databaseSchema.parse(migrated)).toEqual(database);
  });

  it('refuses a database from a newer app, naming the file and both versions', () => {
    const error = thrown(() => migrateDatabase({ schemaVersion: currentSchemaVersion + 98 }, path));
    expect(error.code).toBe('database-invalid');
    expect(error.message).toContain(path);
    expect(error.message).toContain(String(currentSchemaVersion + 98));
    expect(error.message).toContain(String(currentSchemaVersion));
    expect(error.message).toMatch(/newer version/);
  });

  it('refuses a version it has no step for', () => {
    const error = thrown(() => migrateDatabase({ schemaVersion: 0 }, path));
    expect(error.code).toBe('database-invalid');
    expect(error.message).toContain(path);
  });

  it.each([null, 'text', 42, true, [], [{ schemaVersion: 1 }]])('passes the non-object %j through unchanged', (raw) => {
    expect(migrateDatabase(raw, path)).toBe(raw);
  });

  it.each([{}, { schemaVersion: '1' }, { schemaVersion: 1.5 }])(
    'leaves %j without a usable version to the schema',
    (raw) => {
      expect(migrateDatabase(raw, path)).toBe(raw);
      expect(databaseSchema.safeParse(raw).success).toBe(false);
    },
  );
});

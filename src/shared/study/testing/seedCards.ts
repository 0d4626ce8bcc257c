import seedJson from '../../../../resources/seed/summit-2021.json';
import type { Fact } from '../../schema/fact';
import { seedSchema, type Seed } from '../../schema/seed';

/** The real seed the app ships, validated as the app validates it: tests run on the facts a user studies. */
export function loadSeed(): Seed {
  return seedSchema.parse(seedJson);
}

export function seedCards(): Fact[] {
  return loadSeed().facts;
}

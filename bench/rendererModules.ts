import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../e2e/targets/target';
import type { UserData } from '../src/shared/schema/database';
import type { Fact } from '../src/shared/schema/fact';

/**
 * The renderer's search (src/renderer/src/features/search/cardSearch.ts) run in Node. That file
 * belongs to the web TypeScript project, which this Node project cannot import, so run.mjs
 * bundles it as its own entry and this is the slice of its API the benchmark uses.
 */
export interface CardDocument {
  id: string;
  title: string;
  summary: string;
  body: string;
  details: string;
  notes: string;
  highlights: string;
  tags: string;
}

export interface CardSearchModule {
  CardSearch: new () => {
    update(documents: readonly CardDocument[]): void;
    search(query: string): { id: string; score: number }[];
  };
  cardDocuments(facts: readonly Fact[], user: UserData): CardDocument[];
  normaliseTerm(term: string): string;
  tokenise(text: string): string[];
}

export async function loadCardSearch(): Promise<CardSearchModule> {
  const file = join(repoRoot, 'out', 'bench', 'renderer-cardSearch.mjs');
  return (await import(pathToFileURL(file).href)) as CardSearchModule;
}

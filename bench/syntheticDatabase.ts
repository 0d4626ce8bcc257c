import { readFile } from 'node:fs/promises';
import { databaseFromSeed, parseSeed } from '../src/main/domain/seed';
import { databaseSchema, type Database } from '../src/shared/schema/database';
import type { Note } from '../src/shared/schema/annotations';
import type { Fact } from '../src/shared/schema/fact';
import type { Seed } from '../src/shared/schema/seed';
import { topicIds } from '../src/shared/topics';
import { seedFilePath } from '../e2e/support/dataFiles';

export interface SizeSpec {
  name: string;
  cards: number;
  notes: number;
}

export const sizes: Record<'seed' | 'medium' | 'large', SizeSpec> = {
  seed: { name: 'seed', cards: 0, notes: 0 },
  medium: { name: '1k cards + 10k notes', cards: 1_000, notes: 10_000 },
  large: { name: '10k cards + 100k notes', cards: 10_000, notes: 100_000 },
};

export async function readSeed(): Promise<{ raw: unknown; seed: Seed }> {
  const raw: unknown = JSON.parse(await readFile(seedFilePath, 'utf8'));
  return { raw, seed: parseSeed(raw) };
}

/** Small deterministic PRNG (mulberry32), so every run builds the same databases. */
export function random(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const commonWords = (
  'the of and to in a is that for on with as by at from this be are was it an which or its have has ' +
  'will not but their they been also more than other into after about over between both new first two'
).split(' ');

const domainWords = (
  'summit seoul astana kazakhstan korea tokayev moon delegation trade investment billion million deal ' +
  'agreement memorandum energy synergy hydrogen uranium oil gas pipeline railway logistics port ' +
  'digital healthcare hospital pharmaceutical vaccine education university scholarship culture ' +
  'museum festival film language koryo saram diaspora remains general hong beom-do ministry ' +
  'minister ambassador embassy chamber commerce enterprise company project programme cooperation ' +
  'security defence border customs tariff export import growth forecast figure percent quarter ' +
  'statement joint declaration press conference briefing notes follow-up question answer deadline ' +
  'budget risk contract partner bank fund infrastructure construction housing agriculture grain ' +
  'water climate carbon renewable solar wind steel copper zinc mining satellite space aviation ' +
  'tourism visa student exchange research innovation technology startup semiconductor battery ' +
  'саммит сотрудничество торговля 정상회담 협력 무역 카자흐스탄'
).split(/\s+/);

/** About 6,000 distinct words: a realistic vocabulary for a large pile of notes. */
function syntheticVocabulary(next: () => number): string[] {
  const syllables =
    'ka ta na ra sa ma la pa ko to no ro so mo lo po ki ti ni ri si mi li pi ku tu nu ru su mu lu pu'.split(' ');
  const words = new Set<string>();
  while (words.size < 6_000) {
    const length = 2 + Math.floor(next() * 3);
    let word = '';
    for (let index = 0; index < length; index++) word += syllables[Math.floor(next() * syllables.length)];
    words.add(word + (next() < 0.3 ? 'n' : ''));
  }
  return [...words];
}

export interface Vocabulary {
  /** Picks a word with a Zipf-like skew: a few are everywhere, most are rare. */
  word(): string;
  common: readonly string[];
  domain: readonly string[];
  rare: readonly string[];
}

function vocabulary(next: () => number): Vocabulary {
  const rare = syntheticVocabulary(next);
  return {
    common: commonWords,
    domain: domainWords,
    rare,
    word() {
      const roll = next();
      if (roll < 0.4) return commonWords[Math.floor(next() * commonWords.length)] as string;
      if (roll < 0.75) return domainWords[Math.floor(next() * domainWords.length)] as string;
      // Zipf-ish over the rare words: index = n * u^3 favours the first ones.
      return rare[Math.floor(rare.length * next() ** 3)] as string;
    },
  };
}

function sentence(next: () => number, words: Vocabulary, minWords: number, maxWords: number): string {
  const count = minWords + Math.floor(next() * (maxWords - minWords + 1));
  const parts: string[] = [];
  for (let index = 0; index < count; index++) parts.push(words.word());
  if (next() < 0.2) parts.push(`${Math.floor(next() * 900) + 1}`);
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, words: Vocabulary, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next, words, 8, 18)).join(' ');
}

function ownCard(index: number, next: () => number, words: Vocabulary): Fact {
  const title = sentence(next, words, 3, 8).slice(0, -1);
  const body = paragraph(next, words, 4 + Math.floor(next() * 4));
  const figureCount = Math.floor(next() * 3);
  return {
    id: `user-bench-${String(index).padStart(6, '0')}`,
    topic: topicIds[index % topicIds.length] as Fact['topic'],
    title: title.slice(0, 140),
    summary: (/^(.{1,400}?[.!?])(\s|$)/s.exec(body)?.[1] ?? body.slice(0, 400)).trim(),
    body,
    figures: Array.from({ length: figureCount }, () => {
      const value = Math.round(next() * 5000) / 10;
      return { value, unit: 'USD million', display: `USD ${value} million`, measures: sentence(next, words, 2, 5) };
    }),
    people:
      next() < 0.3
        ? [{ name: `${words.word()} ${words.word()}`.slice(0, 120), role: sentence(next, words, 2, 5) }]
        : [],
    organisations: [],
    places: [],
    caveats: [],
    origin: 'user',
  };
}

/**
 * The shipped seed plus `cards` of the user's own cards (ids `user-bench-…`) and `notes` notes
 * spread over them, each note one to four sentences of Markdown. Deterministic for a given size.
 */
export function syntheticDatabase(seed: Seed, size: SizeSpec): Database {
  const next = random(20210817 + size.cards);
  const words = vocabulary(next);
  const database = databaseFromSeed(seed);
  const ownFacts = Array.from({ length: size.cards }, (_, index) => ownCard(index, next, words));
  const start = Date.parse('2024-01-01T09:00:00.000Z');
  const notes: Note[] = Array.from({ length: size.notes }, (_, index) => {
    const at = new Date(start + index * 61_000).toISOString();
    const sentences = 1 + Math.floor(next() * 4);
    const markdown =
      next() < 0.25 ? `- ${paragraph(next, words, sentences)}\n- **Follow up**` : paragraph(next, words, sentences);
    return {
      id: `note-bench-${String(index).padStart(7, '0')}`,
      // Each own card gets its share; with no own cards (never at these sizes) notes go on seed cards.
      factId: ownFacts.length > 0 ? (ownFacts[index % ownFacts.length] as Fact).id : (seed.facts[0] as Fact).id,
      markdown,
      createdAt: at,
      updatedAt: at,
    };
  });
  database.user = { ...database.user, ownFacts, notes };
  return database;
}

/** Throws unless the database is one the app would open: the builder must not test a fantasy. */
export function assertValid(database: Database): void {
  const result = databaseSchema.safeParse(database);
  if (!result.success) throw new Error(`The synthetic database is not valid: ${result.error.message.slice(0, 500)}`);
}

/** Words for search queries, drawn from the same vocabulary as the notes. */
export function queryWords(size: SizeSpec): Vocabulary {
  return vocabulary(random(20210817 + size.cards));
}

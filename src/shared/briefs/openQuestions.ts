import type { Fact } from '../schema/fact';
import { escapeMarkdownInline } from './markdownText';

/**
 * How the cards say what the article leaves out, as the seed phrases it: "The article does not
 * say…", "It gives no year…", "names neither…", "without naming…". These sentences are the
 * brief's open questions: what a delegation still has to find out.
 */
const silencePatterns: readonly RegExp[] = [
  /\bdoes not (say|give|name|state|describe|reproduce|link|explain|make clear|specify|mention|identify|list|show)\b/i,
  /\bdo not (say|give|name|state|describe)\b/i,
  /\b(gives|names|offers|provides) (no|neither)\b/i,
  /\bwithout (saying|naming|quoting|describing|giving|making clear|stating)\b/i,
  /\b(is|are|was|were) not known\b/i,
  /\b(it is|remains) unclear\b/i,
];

/** A pointer to the card's own caveat notes means nothing inside a brief, where the notes are not printed. */
const notePointer = /\s*(?:;\s*|\(\s*|,\s*)see the notes? below[^.]*?\)?(?=\.?$)/i;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(text: string): string[] {
  return Array.from(sentences.segment(text), (part) => part.segment.trim()).filter(Boolean);
}

export function tellsWhatIsMissing(sentence: string): boolean {
  return silencePatterns.some((pattern) => pattern.test(sentence));
}

/**
 * A sentence as the brief shows it. Seed cards are written so that a sentence starting "It" after
 * "The article…" means the article (the cards' house style); out of its card, "It" would point at
 * nothing, so it is spelt out. The user's own cards follow no such rule and are left as written.
 */
export function openQuestionText(sentence: string, origin: Fact['origin']): string {
  let text = sentence.replace(notePointer, '');
  if (!/[.!?]$/.test(text)) text = `${text}.`;
  if (origin === 'seed') text = text.replace(/^It (?=\w)/, 'The article ');
  return escapeMarkdownInline(text);
}

export interface OpenQuestion {
  factId: string;
  /** Markdown, escaped: the card's sentence, trimmed as `openQuestionText` says. */
  text: string;
}

/** Every sentence of the cards' text that says what the article does not tell, each once. */
export function openQuestionsFromCards(facts: readonly Fact[]): OpenQuestion[] {
  const seen = new Set<string>();
  const questions: OpenQuestion[] = [];
  for (const fact of facts) {
    for (const sentence of splitSentences(fact.body)) {
      if (!tellsWhatIsMissing(sentence)) continue;
      const text = openQuestionText(sentence, fact.origin);
      const key = text.toLocaleLowerCase('en');
      if (seen.has(key)) continue;
      seen.add(key);
      questions.push({ factId: fact.id, text });
    }
  }
  return questions;
}

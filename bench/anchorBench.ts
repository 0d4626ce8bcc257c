import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { repoRoot } from '../e2e/targets/target';
import { anchorAll, type AnchorResult } from '../src/shared/annotation/anchorHighlight';
import { describeRange, type HighlightTarget } from '../src/shared/annotation/textSelectors';
import type { Seed } from '../src/shared/schema/seed';
import { medianP95, ms, ratio, type Row } from './report';
import { summarise, timeSync, type Summary } from './stats';
import { random } from './syntheticDatabase';

/**
 * Re-anchoring 1,000 highlights on one 20,000-character card after it was edited, against the hand-written Myers
 * matcher that approx-string-match replaced, taken from git history and run in the same process.
 */

/** The last commit with the hand-written matcher in src/shared/annotation/textSelectors.ts. */
export const handWrittenCommit = '6c90223';
const textLength = 20_000;
const highlightCount = 1_000;

type AnchorAll = (text: string, targets: readonly HighlightTarget[]) => (AnchorResult | null)[];

export interface AnchorFigures {
  textLength: number;
  highlights: number;
  /** How the current code placed the highlights on the edited card. */
  methods: Record<AnchorResult['method'] | 'lost', number>;
  current: Summary;
  /** The same card, unedited: every highlight by position, the floor of the cost. */
  unchanged: Summary;
  handWritten?: Summary;
  /** Highlights the two implementations placed on the same range. */
  agreeing?: number;
  handWrittenMissing?: string;
}

/** Sentences of words drawn from the seed's card texts: real vocabulary, few repeated phrases. */
function cardText(seed: Seed, next: () => number): string {
  const words = seed.facts.flatMap((fact) => fact.body.split(/\s+/)).filter((word) => word.length > 0);
  let text = '';
  while (text.length < textLength) {
    const count = 8 + Math.floor(next() * 14);
    const sentence = Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(' ');
    text += sentence.replace(/[.]$/, '') + (next() < 0.15 ? '.\n\n' : '. ');
  }
  return text.slice(0, textLength);
}

/** Highlights of 12 to 120 characters, starting on a word, as selections are. */
function highlights(text: string, next: () => number): HighlightTarget[] {
  const targets: HighlightTarget[] = [];
  while (targets.length < highlightCount) {
    let start = Math.floor(next() * (text.length - 200));
    while (text[start - 1] !== ' ') start += 1;
    const end = start + 12 + Math.floor(next() * 108);
    targets.push(describeRange(text, start, end));
  }
  return targets;
}

/** A new opening paragraph (everything moves), 100 words replaced and 20 passages cut. */
function edit(text: string, next: () => number): string {
  let edited = text;
  for (let cut = 0; cut < 20; cut += 1) {
    const at = Math.floor(next() * (edited.length - 200));
    edited = edited.slice(0, at) + edited.slice(at + 100 + Math.floor(next() * 100));
  }
  for (let change = 0; change < 100; change += 1) {
    const at = edited.indexOf(' ', Math.floor(next() * (edited.length - 50)));
    const wordEnd = edited.indexOf(' ', at + 1);
    if (at === -1 || wordEnd === -1) continue;
    edited = `${edited.slice(0, at + 1)}revised${edited.slice(wordEnd)}`;
  }
  return `Updated after the summit: the figures below were checked again.\n\n${edited}`;
}

/** The hand-written matcher, transpiled from git history, or why it is not available. */
async function loadHandWritten(): Promise<AnchorAll | string> {
  let source: string;
  try {
    source = execFileSync('git', ['show', `${handWrittenCommit}:src/shared/annotation/textSelectors.ts`], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return `commit ${handWrittenCommit} not in this clone`;
  }
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  // Inside the repository, so that its `import 'zod'` resolves to node_modules.
  const dir = join(repoRoot, 'out', 'bench');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `handwritten-textSelectors-${handWrittenCommit}.mjs`);
  await writeFile(file, outputText);
  const module = (await import(pathToFileURL(file).href)) as { anchorAll: AnchorAll };
  return module.anchorAll;
}

export async function measureAnchoring(seed: Seed, runs: number): Promise<AnchorFigures> {
  const next = random(2021);
  const text = cardText(seed, next);
  const targets = highlights(text, next);
  const edited = edit(text, next);
  const handWritten = await loadHandWritten();

  const results = anchorAll(edited, targets);
  const methods = { position: 0, quote: 0, fuzzy: 0, lost: 0 };
  for (const result of results) methods[result?.method ?? 'lost'] += 1;

  const current: number[] = [];
  const unchanged: number[] = [];
  const old: number[] = [];
  // Alternating runs, so that drift in the machine's load hits both implementations alike.
  for (let run = 0; run < runs; run += 1) {
    current.push(timeSync(() => anchorAll(edited, targets)));
    if (typeof handWritten !== 'string') old.push(timeSync(() => handWritten(edited, targets)));
    unchanged.push(timeSync(() => anchorAll(text, targets)));
  }
  const figures: AnchorFigures = {
    textLength: text.length,
    highlights: targets.length,
    methods,
    current: summarise(current),
    unchanged: summarise(unchanged),
  };
  if (typeof handWritten === 'string') {
    figures.handWrittenMissing = handWritten;
  } else {
    const before = handWritten(edited, targets);
    figures.handWritten = summarise(old);
    figures.agreeing = before.filter(
      (result, index) => result?.start === results[index]?.start && result?.end === results[index]?.end,
    ).length;
  }
  return figures;
}

export function anchorRow(figures: AnchorFigures): Row {
  const { methods, handWritten } = figures;
  return {
    section: 'Highlights',
    size: `${(figures.textLength / 1000).toFixed(0)}k-char card`,
    measure:
      `re-anchor ${figures.highlights} after edits (${methods.position} position, ${methods.quote} quote, ` +
      `${methods.fuzzy} fuzzy, ${methods.lost} lost)`,
    value: medianP95(figures.current),
    baseline:
      (handWritten
        ? `hand-written matcher ${ms(handWritten.median)}, same places for ${figures.agreeing}`
        : `hand-written matcher not measured (${figures.handWrittenMissing})`) +
      `; unedited card ${ms(figures.unchanged.median)}`,
    ratio: handWritten ? ratio(figures.current.median, handWritten.median) : '',
    budget: '',
    result: '',
  };
}

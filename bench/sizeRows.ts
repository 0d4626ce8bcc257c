import type { RendererFigures } from './rendererBench';
import { blankRow, kb, medianP95, ms, ratio, verdict, type Row } from './report';
import type { SearchFigures } from './searchBench';
import type { BurstFigures, OpenFigures, SaveFigures } from './storeBench';
import type { SizeSpec } from './syntheticDatabase';

export interface SizeFigures {
  open: OpenFigures;
  save: SaveFigures;
  burst: BurstFigures;
  search: SearchFigures;
  renderer?: RendererFigures | undefined;
}

/** "A few" writes for a burst of 100 edits in a second, read as at most five. */
export const burstWritesBudget = 5;
export const burstLastOnDiskBudgetMs = 500;
export const saveRatioBudget = 2;
export const saveP95BudgetMs = 10;
export const loopBlockBudgetMs = 50;

const firstCardBudgetMs: Partial<Record<string, number>> = { seed: 300, medium: 600, large: 1000 };
/** Window budgets at 10k cards + 100k notes: results painted after the last key, the renderer's heap. */
const typingBudgetMs: Partial<Record<string, number>> = { large: 100 };
const heapBudgetMb: Partial<Record<string, number>> = { large: 100 };
const searchP95BudgetMs: Partial<Record<string, number>> = { large: 10 };

export function sizeRows(key: string, size: SizeSpec, figures: SizeFigures, seedFigures?: SizeFigures): Row[] {
  const { open, save, burst, search, renderer } = figures;
  const searchedInWorker = (renderer?.fullIndex.workerSearch.runs ?? 0) > 0;
  const label = size.name;
  const row = (section: string, measure: string, rest: Partial<Row>): Row => blankRow(section, label, measure, rest);
  const rows: Row[] = [
    row('Open', `read+parse+validate (${kb(open.fileBytes)})`, {
      value: medianP95(open.open),
      baseline: `readFile+JSON.parse ${medianP95(open.bareParse)}`,
      ratio: ratio(open.open.median, open.bareParse.median),
    }),
    row('Open', 'steps: read / JSON.parse / migrate+zod', {
      value: `${ms(open.steps.read)} / ${ms(open.steps.jsonParse)} / ${ms(open.steps.validate)}`,
    }),
    row('Open', 'openFactStore (app start, with backup)', {
      value: medianP95(open.openStore),
      baseline: 'readFile+JSON.parse',
      ratio: ratio(open.openStore.median, open.bareParse.median),
    }),
    row('Open', 'router getLibrary (validated reply)', {
      value: medianP95(open.getLibrary),
      baseline: 'readFile+JSON.parse',
      ratio: ratio(open.getLibrary.median, open.bareParse.median),
    }),
    row('Save', `one note saved (journal line, ${kb(save.lineBytes)}, fsynced): p95`, {
      value: medianP95(save.save),
      baseline: `writeFile+fsync of the line ${medianP95(save.bareWriteSync)}`,
      ratio: ratio(save.save.median, save.bareWriteSync.median),
      budget: `p95 < ${saveP95BudgetMs} ms, ≤ ${saveRatioBudget}× bare`,
      result: verdict(
        save.save.p95 < saveP95BudgetMs && save.save.median <= saveRatioBudget * save.bareWriteSync.median,
      ),
    }),
    row('Save', 'same, against writeFile (no fsync)', {
      value: medianP95(save.save),
      baseline: `fs.writeFile ${medianP95(save.bareWrite)}`,
      ratio: ratio(save.save.median, save.bareWrite.median),
    }),
    row('Save', 'longest event-loop block during saves', {
      value: ms(save.eventLoopBlockMs),
      budget: `< ${loopBlockBudgetMs} ms`,
      result: verdict(save.eventLoopBlockMs < loopBlockBudgetMs),
    }),
    row('Save', `JSON.stringify of the whole database (${kb(save.bytes)}; compaction, in the worker)`, {
      value: ms(save.serialise.median),
      baseline: 'one save',
      ratio: ratio(save.serialise.median, save.save.median),
    }),
    row('Burst', `${burst.edits} edits in ${ms(burst.burstMs.median)}: writes`, {
      value: `${burst.writes.median} / ${burst.writes.max}`,
      baseline: `${burst.edits} edits`,
      ratio: `${((burst.writes.median / burst.edits) * 100).toFixed(0)}%`,
      budget: `≤ ${burstWritesBudget} writes`,
      result: verdict(burst.writes.max <= burstWritesBudget),
    }),
    row('Burst', `last edit → on disk${burst.lastStateVerified ? ' (verified)' : ' (NOT on disk)'}`, {
      value: medianP95(burst.lastOnDiskMs),
      baseline: `one save ${ms(save.save.median)}`,
      ratio: ratio(burst.lastOnDiskMs.median, save.save.median),
      budget: `< ${burstLastOnDiskBudgetMs} ms`,
      result: verdict(burst.lastStateVerified && burst.lastOnDiskMs.p95 < burstLastOnDiskBudgetMs),
    }),
    row('Search', `${search.queries} queries × ${search.documents} cards (p50 / p95)`, {
      value: medianP95(search.search),
      baseline: `linear scan ${medianP95(search.linearScan)}`,
      ratio: ratio(search.search.p95, search.linearScan.p95),
      // The app searches in the window's worker: where that was measured, the budget is judged there (a Window row).
      budget: searchP95BudgetMs[key]
        ? searchedInWorker
          ? 'in the worker, below'
          : `p95 < ${searchP95BudgetMs[key]} ms`
        : '',
      result: verdict(
        searchP95BudgetMs[key] && !searchedInWorker ? search.search.p95 < searchP95BudgetMs[key] : undefined,
      ),
    }),
    row('Search', 'index update after one note saved', {
      value: medianP95(search.incrementalUpdate),
      baseline: `full index build ${ms(search.indexBuild)}`,
      ratio: ratio(search.incrementalUpdate.median, search.indexBuild),
    }),
  ];
  if (!renderer) {
    rows.push(row('Window', 'start → first card painted', { value: 'not measured', budget: firstCardBudget(key) }));
    return rows;
  }
  const seedRenderer = seedFigures?.renderer;
  const budget = firstCardBudgetMs[key];
  if (renderer.timedOutAfterMs !== undefined && renderer.startToFirstCard.runs === 0) {
    rows.push(
      row('Window', 'start → first card painted', {
        value: `> ${ms(renderer.timedOutAfterMs)} (still “Opening the briefing…”)`,
        baseline: seedRenderer ? `seed ${ms(seedRenderer.startToFirstCard.median)}` : '',
        ratio: seedRenderer ? `> ${ratio(renderer.timedOutAfterMs, seedRenderer.startToFirstCard.median)}` : '',
        budget: firstCardBudget(key),
        result: verdict(budget === undefined ? undefined : false),
      }),
      row('Window', 'typing, heap', { value: 'not measured (no card was painted)' }),
    );
    return rows;
  }
  rows.push(
    row('Window', 'start → first card painted', {
      value: medianP95(renderer.startToFirstCard),
      baseline:
        seedRenderer && key !== 'seed' ? `seed ${ms(seedRenderer.startToFirstCard.median)}` : 'nav → first paint',
      ratio:
        seedRenderer && key !== 'seed'
          ? ratio(renderer.startToFirstCard.median, seedRenderer.startToFirstCard.median)
          : ratio(renderer.startToFirstCard.median, renderer.firstContentfulPaint.median),
      budget: firstCardBudget(key),
      result: verdict(budget === undefined ? undefined : renderer.startToFirstCard.p95 < budget),
    }),
    row('Window', 'start → first card, nothing kept (first start, after a crash)', {
      value: medianP95(renderer.coldStartToFirstCard),
      baseline: 'after a quit',
      ratio: ratio(renderer.coldStartToFirstCard.median, renderer.startToFirstCard.median),
    }),
    row('Window', 'main process ready to answer (no DB open when a first screen is kept)', {
      value: medianP95(renderer.mainStart),
      baseline: `openFactStore ${ms(open.openStore.median)}`,
      ratio: ratio(renderer.mainStart.median, open.openStore.median),
    }),
    row('Window', 'navigation → first card painted', {
      value: medianP95(renderer.navigationToFirstCard),
      baseline: `nav → first paint ${ms(renderer.firstContentfulPaint.median)}`,
      ratio: ratio(renderer.navigationToFirstCard.median, renderer.firstContentfulPaint.median),
    }),
    row('Window', '  1. navigation → scripts ask for library', {
      value: medianP95(renderer.libraryAsked),
      baseline: 'navigation → first card',
      ratio: ratio(renderer.libraryAsked.median, renderer.navigationToFirstCard.median),
    }),
    row('Window', '  2. first-screen request → answer in page', {
      value: medianP95(renderer.libraryWait),
      baseline: `router getFirstScreen ${ms(renderer.getLibrary.median)}`,
      ratio: ratio(renderer.libraryWait.median, renderer.navigationToFirstCard.median),
    }),
    row('Window', '  3. answer → first card painted', {
      value: medianP95(renderer.renderAfterLibrary),
      baseline: 'navigation → first card',
      ratio: ratio(renderer.renderAfterLibrary.median, renderer.navigationToFirstCard.median),
    }),
    row('Window', `first screen → whole library arrived (${renderer.pages} pages)`, {
      value: medianP95(renderer.pagesWait),
      baseline: 'navigation → first card',
      ratio: ratio(renderer.pagesWait.median, renderer.navigationToFirstCard.median),
    }),
    row('Window', 'the pages: structuredClone in Node, summed', {
      value: `${medianP95(renderer.payloadClone)} (${kb(renderer.payloadBytes)})`,
      baseline: `CDP bridge ${ms(renderer.pagesWait.median)}`,
      ratio: ratio(renderer.payloadClone.median, renderer.pagesWait.median),
    }),
    row('Window', 'last key → results painted', {
      value: medianP95(renderer.typingToResults),
      baseline: `search alone ${ms(search.search.median)}`,
      ratio: ratio(renderer.typingToResults.median, search.search.median),
      budget: typingBudgetMs[key] ? `p95 < ${typingBudgetMs[key]} ms` : '',
      result: verdict(typingBudgetMs[key] ? renderer.typingToResults.p95 < typingBudgetMs[key] : undefined),
    }),
    row('Window', 'search in the worker while it indexes (p50 / p95)', {
      value: renderer.workerSearch.runs > 0 ? medianP95(renderer.workerSearch) : 'not measured',
      baseline: `in Node ${ms(search.search.median)}`,
      ratio: renderer.workerSearch.runs > 0 ? ratio(renderer.workerSearch.median, search.search.median) : '',
    }),
    row('Window', 'last key → results painted, every card indexed', {
      value:
        renderer.fullIndex.typingToResults.runs > 0 ? medianP95(renderer.fullIndex.typingToResults) : 'not measured',
      baseline: `index complete ${ms(renderer.fullIndex.waitedMs.median)} after the pages`,
      ratio: '',
      budget: typingBudgetMs[key] ? `p95 < ${typingBudgetMs[key]} ms` : '',
      result: verdict(
        typingBudgetMs[key] && renderer.fullIndex.typingToResults.runs > 0
          ? renderer.fullIndex.typingToResults.p95 < typingBudgetMs[key]
          : undefined,
      ),
    }),
    // The app searches in the window's worker, so the budget is met there, with every card indexed; Node's figure
    // above is the same code on Node 20's V8, kept as the reference.
    row('Window', 'search in the worker, every card indexed (p50 / p95)', {
      value: renderer.fullIndex.workerSearch.runs > 0 ? medianP95(renderer.fullIndex.workerSearch) : 'not measured',
      baseline: `in Node ${ms(search.search.median)}`,
      ratio:
        renderer.fullIndex.workerSearch.runs > 0
          ? ratio(renderer.fullIndex.workerSearch.median, search.search.median)
          : '',
      budget: searchP95BudgetMs[key] ? `p95 < ${searchP95BudgetMs[key]} ms` : '',
      result: verdict(
        searchP95BudgetMs[key] && renderer.fullIndex.workerSearch.runs > 0
          ? renderer.fullIndex.workerSearch.p95 < searchP95BudgetMs[key]
          : undefined,
      ),
    }),
    row('Window', 'JS heap after GC / DOM nodes', {
      value: `${renderer.heapUsedMb.median.toFixed(1)} MB / ${renderer.domNodes}`,
      baseline: seedRenderer ? `seed ${seedRenderer.heapUsedMb.median.toFixed(1)} MB` : '',
      ratio: seedRenderer ? ratio(renderer.heapUsedMb.median, seedRenderer.heapUsedMb.median) : '',
      budget: heapBudgetMb[key] ? `< ${heapBudgetMb[key]} MB` : '',
      result: verdict(heapBudgetMb[key] ? renderer.heapUsedMb.p95 < heapBudgetMb[key] : undefined),
    }),
  );
  return rows;
}

function firstCardBudget(key: string): string {
  const budget = firstCardBudgetMs[key];
  return budget === undefined ? '' : `< ${budget} ms`;
}

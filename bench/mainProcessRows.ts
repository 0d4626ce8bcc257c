import type { MainProcessFigures } from './mainProcessBench';
import { blankRow, kb, medianP95, ms, ratio, verdict, type Row } from './report';
import { loopBlockBudgetMs } from './sizeRows';
import type { SizeSpec } from './syntheticDatabase';

export const undoBudgetMs = 20;
const undoBudgetSizes = new Set(['large']);

/** The main process's own rows: open with a journal, compaction, undo, RSS. */
export function mainProcessRows(key: string, size: SizeSpec, figures: MainProcessFigures): Row[] {
  const row = (measure: string, rest: Partial<Row>): Row => blankRow('Main', size.name, measure, rest);
  const undoBudget = undoBudgetSizes.has(key);
  return [
    row(`open + replay of ${figures.journalLines} journal lines (${kb(figures.journalBytes)})`, {
      value: medianP95(figures.openWithReplay),
      baseline: `readFile+JSON.parse ${medianP95(figures.bareParse)}`,
      ratio: ratio(figures.openWithReplay.median, figures.bareParse.median),
    }),
    row('longest event-loop block during an open', {
      value: ms(figures.openLoopBlockMs),
      budget: `< ${loopBlockBudgetMs} ms`,
      result: verdict(figures.openLoopBlockMs < loopBlockBudgetMs),
    }),
    row(`compaction + backup after that start (${kb(figures.snapshotBytes)} file)`, {
      value: medianP95(figures.compaction),
      baseline: `writeFile+fsync ${medianP95(figures.bareWriteSync)}`,
      ratio: ratio(figures.compaction.median, figures.bareWriteSync.median),
    }),
    row('longest event-loop block during a compaction', {
      value: ms(figures.compactionLoopBlockMs),
      budget: `< ${loopBlockBudgetMs} ms`,
      result: verdict(figures.compactionLoopBlockMs < loopBlockBudgetMs),
    }),
    row(`undo of one note edit, router round trip (answer ${kb(figures.undoAnswerBytes)})`, {
      value: medianP95(figures.undo),
      baseline: `structuredClone of the answer ${ms(figures.undoClone.median)}`,
      ratio: ratio(figures.undo.median, figures.undoClone.median),
      budget: undoBudget ? `p95 < ${undoBudgetMs} ms` : '',
      result: verdict(undoBudget ? figures.undo.p95 < undoBudgetMs : undefined),
    }),
    row('longest event-loop block during an undo', {
      value: ms(figures.undoLoopBlockMs),
      budget: `< ${loopBlockBudgetMs} ms`,
      result: verdict(figures.undoLoopBlockMs < loopBlockBudgetMs),
    }),
    row('main-process RSS: after the open / at the end', {
      value: `${figures.rssAfterOpenMb.toFixed(0)} MB / ${figures.rssMb.toFixed(0)} MB`,
      baseline: `database file ${kb(figures.snapshotBytes)}`,
      // Against a file of a few kilobytes the ratio says nothing.
      ratio: figures.snapshotBytes > 1024 * 1024 ? ratio(figures.rssMb * 1024 * 1024, figures.snapshotBytes) : '',
    }),
  ];
}

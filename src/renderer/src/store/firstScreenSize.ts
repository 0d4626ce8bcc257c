/**
 * Cards in the first screen: what this window shows before a scroll (the sidebar's width off, a
 * column per 300 px as the grid lays them out, rows of the shortest card) and a row more, never
 * fewer than 12. Every card beyond them is rendered, and laid out, only after the first paint.
 */
export function firstScreenCards(width: number, height: number): number {
  const columns = Math.max(1, Math.floor((width - 260) / 300));
  const rows = Math.ceil(height / 200) + 1;
  return Math.min(60, Math.max(12, columns * rows));
}

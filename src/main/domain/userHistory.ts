import type { UserData } from '../../shared/schema/database';

/**
 * Undo and redo for the session: each change pushes the user data as it was before. Snapshots
 * share every array the change did not touch, so a step costs little even with many notes.
 * Consecutive changes with the same coalesce key (typing in one note) within `windowMs` make
 * one step, so undo takes back a burst of typing, not a keystroke.
 *
 * The store asks first (`undoTarget`, `redoTarget`) and moves only once the write of that state
 * has succeeded, so a failed save never leaves history pointing at a state the disk never held.
 */
export class UserHistory {
  private past: Array<{ state: UserData; key?: string; at: number }> = [];
  private future: UserData[] = [];

  constructor(
    private readonly limit = 200,
    private readonly windowMs = 2000,
  ) {}

  record(before: UserData, now: number, coalesceKey?: string): void {
    const last = this.past[this.past.length - 1];
    this.future = [];
    if (coalesceKey && last?.key === coalesceKey && now - last.at >= 0 && now - last.at <= this.windowMs) {
      last.at = now;
      return;
    }
    this.past.push({ state: before, key: coalesceKey, at: now });
    if (this.past.length > this.limit) this.past.shift();
  }

  /** The state an undo would go back to; nothing moves. */
  undoTarget(): UserData | undefined {
    return this.past[this.past.length - 1]?.state;
  }

  redoTarget(): UserData | undefined {
    return this.future[this.future.length - 1];
  }

  /** Moves back one step, once `current` has been replaced on disk by `undoTarget()`. */
  undo(current: UserData): UserData | undefined {
    const step = this.past.pop();
    if (!step) return undefined;
    this.future.push(current);
    return step.state;
  }

  redo(current: UserData, now: number): UserData | undefined {
    const next = this.future.pop();
    if (!next) return undefined;
    this.past.push({ state: current, at: now });
    return next;
  }

  get state(): { canUndo: boolean; canRedo: boolean } {
    return { canUndo: this.past.length > 0, canRedo: this.future.length > 0 };
  }
}

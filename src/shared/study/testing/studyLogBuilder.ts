import { foldStudyLog, type StudyFold } from '../foldStudyLog';
import type { StudyLogEntry, StudyRating } from '../reviewLogSchemas';
import { rateItem, suspensionEntry, undoLastRating } from '../studyActions';
import { defaultStudySettings, type StudySettings } from '../studySettings';

/**
 * Builds a study log the way the app will: every action goes through the real core functions and appends its
 * entry, and the current states are always the fold of the log. The clock is fixed and moved by hand.
 */
export class StudyLogBuilder {
  readonly log: StudyLogEntry[] = [];
  private counter = 0;
  private nowMs: number;

  constructor(
    start: string,
    readonly settings: StudySettings = { ...defaultStudySettings, spreadReviews: false },
  ) {
    this.nowMs = Date.parse(start);
  }

  get now(): string {
    return new Date(this.nowMs).toISOString();
  }

  /** Moves the clock to an instant, or forward by some minutes. */
  moveTo(instant: string): this {
    this.nowMs = Date.parse(instant);
    return this;
  }

  wait(minutes: number): this {
    this.nowMs += minutes * 60_000;
    return this;
  }

  fold(): StudyFold {
    return foldStudyLog(this.log, this.settings);
  }

  state(itemId: string) {
    return this.fold().states.get(itemId);
  }

  private nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}-${String(this.counter).padStart(6, '0')}`;
  }

  rate(itemId: string, rating: StudyRating) {
    const rated = rateItem(
      { id: this.nextId('review'), itemId, rating, at: this.now },
      this.state(itemId),
      this.settings,
    );
    this.log.push(rated.entry);
    return rated;
  }

  /** Rates the item when it next falls due (or now, if it is due already). */
  rateWhenDue(itemId: string, rating: StudyRating) {
    const due = this.state(itemId)?.card?.due;
    if (due && Date.parse(due) > this.nowMs) this.moveTo(due);
    return this.rate(itemId, rating);
  }

  undo() {
    const entry = undoLastRating(this.fold(), { id: this.nextId('undo'), at: this.now });
    this.log.push(entry);
    return entry;
  }

  suspend(itemId: string, type: 'suspend' | 'unsuspend' = 'suspend') {
    const entry = suspensionEntry(type, { id: this.nextId(type), itemId, at: this.now });
    this.log.push(entry);
    return entry;
  }
}

import { writeFileAtomic } from '../atomicWrite';
import { writeBackup } from '../backups';
import { readBytesBounded } from '../boundedRead';
import { withRetries } from '../diskErrors';
import type { JournalFile } from '../journal/journalFile';
import type { FileSystem } from '../ports/fileSystem';
import type { CompactionWorkers } from './compactionWorkers';

/**
 * When the journal is worth folding into a new database file. Replaying a line costs little, so
 * the journal may grow to a quarter of the file (a compaction costs about what the file costs to
 * parse and write) before it is compacted, but never past `maxLines`, and small files wait for
 * `minBytes` so typing in a fresh briefing does not rewrite it every few keystrokes.
 *
 * Measured at 10k cards + 100k notes (a 45 MB file, README "Performance"): a compaction takes
 * about 3 s of the worker and, on two cores, saves made meanwhile slow from 5 ms to 11 ms (p95
 * 146 ms), so compactions should be rare there; 5,000 replayed lines (1.4 MB) add about 0.7 s to
 * the next open, so the journal should not grow without bound. At 5,000 lines a compaction comes
 * once per 5,000 acknowledged changes (days of use) and the open stays within a second of a
 * bare parse; below 256 KB a compaction costs ~10 ms on the main thread and is left to wait.
 */
export interface CompactionThresholds {
  minBytes: number;
  fileRatio: number;
  maxLines: number;
}

export const defaultCompactionThresholds: CompactionThresholds = {
  minBytes: 256 * 1024,
  fileRatio: 0.25,
  maxLines: 5000,
};

export interface CompactionOptions {
  workers: CompactionWorkers;
  fileSystem: FileSystem;
  snapshotPath: string;
  dataDirectory: string;
  journal: JournalFile;
  shippedFactIds: string[];
  maxBytes: number;
  clock: () => Date;
  retryDelaysMs: readonly number[];
  thresholds: CompactionThresholds;
  /** The database file's sequence and size as the open found them. */
  snapshotSequence: number;
  snapshotBytes: number;
  /** Told after each compaction, with the sequence and size of the new file. */
  onCompacted(sequence: number, bytes: number): void;
  log(error: unknown): void;
}

/**
 * Folds the journal into a new database file, off the main loop: the worker replays the journal's
 * lines on the file as it is on disk, checks the result whole and serialises it; the file is then
 * written atomically (temp `wx`, fsync, rename, fsync of the folder) and only after that are the
 * lines it holds dropped from the journal. A crash at any point leaves the old file with the whole
 * journal, or the new file with a journal whose older lines it skips: both open to exactly the
 * acknowledged changes. Backups are copies of a compacted file, so each is whole and checked.
 * One runs at a time; a failure is logged and tried again later, never lost (the journal holds it).
 */
export class Compaction {
  private running: Promise<void> | undefined;
  private failures = 0;
  private retryAt = 0;
  private wantBackup = false;
  sequence: number;
  bytes: number;
  /** How many compactions have finished: for tests and benchmarks. */
  count = 0;

  constructor(private readonly options: CompactionOptions) {
    this.sequence = options.snapshotSequence;
    this.bytes = options.snapshotBytes;
  }

  /** Whether the journal has grown past the thresholds (and no failed attempt asks to wait). */
  due(): boolean {
    const { journal, thresholds } = this.options;
    if (this.running || Date.now() < this.retryAt || journal.nextSequence - 1 <= this.sequence) return false;
    return (
      journal.lineCount >= thresholds.maxLines ||
      journal.bytes >= Math.max(thresholds.minBytes, this.bytes * thresholds.fileRatio)
    );
  }

  /** Starts a compaction if one is due (or a backup is asked for); never waits for it, and a failure is logged by run. */
  poke(backup = false): void {
    if (backup) this.wantBackup = true;
    if (this.wantBackup || this.due()) void this.run().catch(() => undefined);
  }

  /** Compacts everything journalled so far (and keeps a backup if one was asked for); resolves when done. */
  async run(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
    const backup = this.wantBackup;
    this.wantBackup = false;
    const attempt = this.once(backup);
    this.running = attempt.then(
      () => (this.running = undefined),
      () => (this.running = undefined),
    );
    try {
      await attempt;
      this.failures = 0;
      this.retryAt = 0;
    } catch (error) {
      if (backup) this.wantBackup = true;
      this.failures += 1;
      this.retryAt = Date.now() + Math.min(60_000, 500 * 2 ** this.failures);
      this.options.log(error);
      throw error;
    }
  }

  private async once(backup: boolean): Promise<void> {
    const { workers, fileSystem, snapshotPath, journal, maxBytes, retryDelaysMs } = this.options;
    const through = journal.nextSequence - 1;
    if (through <= this.sequence && !backup) return;
    const lines = journal.linesAfter(this.sequence);
    const snapshot = await readBytesBounded(fileSystem, snapshotPath, maxBytes);
    const compacted = await workers.compact(
      { path: snapshotPath, snapshot, lines, through, shippedFactIds: this.options.shippedFactIds, maxBytes },
      [snapshot.buffer as ArrayBuffer],
    );
    if (compacted.sequence > this.sequence) {
      await withRetries(() => writeFileAtomic(fileSystem, snapshotPath, compacted.bytes), retryDelaysMs);
      this.sequence = compacted.sequence;
      this.bytes = compacted.bytes.byteLength;
      this.count += 1;
      this.options.onCompacted(compacted.sequence, compacted.bytes.byteLength);
      // If this fails, the journal keeps lines the file already holds: they are skipped on open, and dropped next time.
      await journal.dropThrough(compacted.sequence).catch((error: unknown) => this.options.log(error));
    }
    if (backup) {
      await writeBackup(this.options.dataDirectory, compacted.bytes, this.options.clock(), fileSystem);
    }
  }

  /** Resolves once no compaction is running. */
  async settled(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }
}

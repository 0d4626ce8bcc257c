import { constants } from 'node:fs';
import { writeFileAtomic } from '../atomicWrite';
import { errorCode, type FileHandlePort, type FileSystem } from '../ports/fileSystem';
import { encodeHeader, encodeLine, type JournalChange, type JournalHeader } from './journalFormat';

export const journalFileName = 'summit-briefing.journal.jsonl';

interface Line {
  sequence: number;
  text: string;
  bytes: number;
}

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');
const appendFlags = constants.O_WRONLY | constants.O_APPEND;

/**
 * The append-only journal beside the database file, as the main process writes it. A change is
 * one line, written and fsynced before the change is acknowledged; a line whose write or fsync
 * failed is cut off again at once (so a refused change never replays), and if even that fails
 * the next append cuts it first. The journal is only ever replaced whole — a new header and the
 * lines to keep, written to a temp file, fsynced and renamed — never edited in place, so a crash
 * at any moment leaves either the old journal or the new one. Appends and rewrites run one at a
 * time. The lines since its header are also kept in memory: a compaction hands them to the worker,
 * and a rewrite carries the ones the new database file does not hold.
 */
export class JournalFile {
  private header: JournalHeader;
  private lines: Line[] = [];
  /** Bytes of the header and the whole lines: where the file must end. */
  private length = 0;
  /** A failed append left bytes past `length` that could not be cut off yet. */
  private overhang = false;
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * A journal on disk as its open found it: `header` and `carried` describe it from the database
   * file's sequence on (lines it already holds may still be in the file before them), and
   * `fileBytes` is its length, where the next line goes. A journal not yet on disk is made by `rewrite`.
   */
  constructor(
    readonly path: string,
    private readonly fileSystem: FileSystem,
    header: JournalHeader,
    carried: readonly string[] = [],
    fileBytes = 0,
  ) {
    this.header = header;
    this.lines = carried.map((text, index) => ({
      sequence: header.after + index + 1,
      text,
      bytes: byteLength(text) + 1,
    }));
    this.length = fileBytes;
  }

  /** The next sequence number to write. */
  get nextSequence(): number {
    return this.header.after + this.lines.length + 1;
  }

  get bytes(): number {
    return this.length;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  get lineage(): string {
    return this.header.lineage;
  }

  /** The texts of the lines after `sequence`, up to the last one written. */
  linesAfter(sequence: number): string[] {
    return this.lines.filter((line) => line.sequence > sequence).map((line) => line.text);
  }

  private serial<Result>(work: () => Promise<Result>): Promise<Result> {
    const done = this.queue.then(work);
    this.queue = done.catch(() => undefined);
    return done;
  }

  /**
   * Replaces the journal with `header` and `carried` (line texts, numbered from header.after + 1),
   * atomically. Used at open, to start a journal or take back a torn line, and after a compaction,
   * to drop the lines the new database file holds.
   */
  rewrite(header: JournalHeader, carried: readonly string[] = []): Promise<void> {
    return this.serial(() => this.rewriteNow(header, carried));
  }

  private async rewriteNow(header: JournalHeader, carried: readonly string[]): Promise<void> {
    const lines = carried.map((text, index) => ({
      sequence: header.after + index + 1,
      text,
      bytes: byteLength(text) + 1,
    }));
    const headerText = `${encodeHeader(header)}\n`;
    await writeFileAtomic(this.fileSystem, this.path, `${headerText}${lines.map((line) => `${line.text}\n`).join('')}`);
    this.header = header;
    this.lines = lines;
    this.length = byteLength(headerText) + lines.reduce((sum, line) => sum + line.bytes, 0);
    this.overhang = false;
  }

  /**
   * Drops the lines up to `sequence` (now held by the database file), keeping those after it —
   * worked out in turn, after the appends queued before it, so a line written meanwhile is kept.
   */
  dropThrough(sequence: number): Promise<void> {
    return this.serial(() =>
      this.rewriteNow({ lineage: this.header.lineage, after: sequence }, this.linesAfter(sequence)),
    );
  }

  /**
   * Writes `change` as the next line and fsyncs it; resolves once it is on disk. On failure the
   * journal is as it was (or will be, before the next line is written) and the error is thrown.
   */
  append(change: JournalChange): Promise<{ sequence: number; bytes: number }> {
    return this.serial(async () => {
      const sequence = this.nextSequence;
      const text = encodeLine(sequence, change);
      const line = `${text}\n`;
      const handle = await this.openHandle();
      try {
        if (this.overhang) {
          await handle.truncate(this.length);
          await handle.sync();
          this.overhang = false;
        }
        try {
          await handle.write(line);
          await handle.sync();
        } catch (error) {
          await this.takeBack(handle);
          throw error;
        }
      } finally {
        await handle.close().catch(() => undefined);
      }
      const bytes = byteLength(line);
      this.lines.push({ sequence, text, bytes });
      this.length += bytes;
      return { sequence, bytes };
    });
  }

  /** Cuts off what a failed append may have left; if the disk refuses that too, the next append does it first. */
  private async takeBack(handle: FileHandlePort): Promise<void> {
    try {
      await handle.truncate(this.length);
      await handle.sync();
    } catch {
      this.overhang = true;
    }
  }

  /**
   * Opened for each append and closed after it, as a bare write would be: no handle outlives its
   * write, and a journal replaced whole (by a rewrite) is never written through an old handle.
   */
  private async openHandle(): Promise<FileHandlePort> {
    try {
      // Never created here: a journal without its header would not be one.
      return await this.fileSystem.open(this.path, appendFlags);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      // The journal went missing under us: written again whole, from what is known to be in it.
      await writeFileAtomic(this.fileSystem, this.path, this.wholeText());
      this.overhang = false;
      return this.fileSystem.open(this.path, appendFlags);
    }
  }

  private wholeText(): string {
    return `${encodeHeader(this.header)}\n${this.lines.map((line) => `${line.text}\n`).join('')}`;
  }

  /** Resolves once every append and rewrite asked for so far is done. */
  settled(): Promise<void> {
    return this.serial(() => Promise.resolve());
  }
}

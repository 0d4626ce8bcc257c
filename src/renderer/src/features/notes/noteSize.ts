import { noteMaxBytes } from '../../../../shared/schema/annotations';
import type { Translate } from '../../i18n';

const encoder = new TextEncoder();

/** A note's size as the main process measures it: UTF-8 bytes, not characters. */
export function noteByteLength(text: string): number {
  return encoder.encode(text).length;
}

export function isNoteTooLarge(text: string): boolean {
  return noteByteLength(text) > noteMaxBytes;
}

/** Rounded up, so a note just over the limit never reads "100 KB; at most 100 KB". */
export function noteTooLargeMessage(text: string, t: Translate): string {
  const kilobytes = Math.ceil(noteByteLength(text) / 1024);
  return t('notes.tooLarge', { size: kilobytes, limit: noteMaxBytes / 1024 });
}

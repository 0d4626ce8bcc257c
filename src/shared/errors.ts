import type { z } from 'zod';

/** Codes a caller can act on; the message is always written for a person. */
export const briefingErrorCodes = [
  'invalid-request',
  'invalid-response',
  'unknown-channel',
  'not-found',
  'database-invalid',
  'database-too-new',
  /** The disk refused the write (full, read-only, failing, locked past every retry); nothing was changed. */
  'write-failed',
  /** The data folder can be read but not written: the app shows the data and refuses every change. */
  'read-only',
  'internal',
] as const;

export type BriefingErrorCode = (typeof briefingErrorCodes)[number];

export interface BriefingErrorData {
  code: BriefingErrorCode;
  message: string;
  /** Where in the payload or file the problem is, e.g. `facts[3].title`. */
  details?: string[];
  /**
   * For `write-failed` and `read-only`: the cause alone, e.g. "The disk is full", so a screen can
   * say what it kept: "The disk is full: your note is still in the editor and was not saved."
   */
  reason?: string;
}

export class BriefingError extends Error {
  readonly code: BriefingErrorCode;
  readonly details: string[];
  readonly reason?: string;

  constructor(data: BriefingErrorData) {
    super(data.message);
    this.name = 'BriefingError';
    this.code = data.code;
    this.details = data.details ?? [];
    if (data.reason) this.reason = data.reason;
  }

  toData(): BriefingErrorData {
    return {
      code: this.code,
      message: this.message,
      details: this.details,
      ...(this.reason ? { reason: this.reason } : {}),
    };
  }
}

/** Any failure as a BriefingError, so every caller can show `message` to a person. */
export function asBriefingError(error: unknown): BriefingError {
  if (error instanceof BriefingError) return error;
  return new BriefingError({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
}

/** Turns zod's issues into lines a person can read: `facts[3].title: Too small…`. */
export function describeIssues(error: z.ZodError, limit = 8): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.reduce<string>((text, key) => {
      if (typeof key === 'number') return `${text}[${key}]`;
      return text ? `${text}.${String(key)}` : String(key);
    }, '');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (error.issues.length > limit) lines.push(`…and ${error.issues.length - limit} more problems`);
  return lines;
}

/** Schema messages are written in lower case to be composed; on screen they stand alone. */
export function asSentence(message: string): string {
  const text = message.trim();
  if (!text) return text;
  const capitalised = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

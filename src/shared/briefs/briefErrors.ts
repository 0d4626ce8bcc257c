import type { z } from 'zod';
import { BriefingError, describeIssues } from '../errors';

const nothingChanged = 'nothing was changed';

/** A refusal a person can act on; every brief operation refuses whole, so the message says nothing changed. */
export function refused(message: string, details: string[] = []): BriefingError {
  return new BriefingError({ code: 'invalid-request', message: `${message}; ${nothingChanged}.`, details });
}

export function notFound(what: string, id: string): BriefingError {
  return new BriefingError({
    code: 'not-found',
    message: `There is no ${what} with the id "${id}"; ${nothingChanged}.`,
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Parses an operation's input or result; the first problem becomes the message, all of them the details. */
export function parseOrRefuse<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = describeIssues(parsed.error);
  const first = parsed.error.issues[0]?.message ?? 'the request is not valid';
  throw refused(capitalise(first), details);
}

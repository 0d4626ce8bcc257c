import { z } from 'zod';
import { BriefingError, describeIssues } from '../errors';
import { textChecksum } from './checksum';
import {
  paragraphRules,
  paragraphRuleVersion,
  paragraphsByRule,
  type ParagraphRule,
} from './paragraphs/paragraphRules';
import { paragraphSchema, type ParagraphRole } from './paragraphs/paragraphSpans';
import { chooseTextRule } from './paragraphs/plainTextParagraphs';
import {
  sourceDateSchema,
  sourceLanguageSchema,
  sourceMetadataSchema,
  sourceOriginSchema,
  sourceParagraphsMax,
  sourceRecordSchema,
  sourceTextMaxLength,
  sourceUrlSchema,
  type SourceOrigin,
  type SourceRecord,
} from './sourceRecord';

/** What the import form may fill in for the user to confirm or correct; each field is already valid. */
export const suggestedMetadataSchema = z
  .object({
    title: z.string().min(1).max(200).optional(),
    outlet: z.string().min(1).max(160).optional(),
    author: z.string().min(1).max(160).optional(),
    date: sourceDateSchema.optional(),
    url: sourceUrlSchema.optional(),
    language: sourceLanguageSchema.optional(),
  })
  .strict();

export type SuggestedMetadata = z.infer<typeof suggestedMetadataSchema>;

/**
 * An article read but not yet saved: the text, its paragraphs under a rule, and what the file says about itself.
 * The import form shows it; nothing is stored until the user confirms the title and the rest.
 */
export const sourceDraftSchema = z
  .object({
    origin: sourceOriginSchema,
    text: z.string().min(1).max(sourceTextMaxLength),
    rule: z.enum(paragraphRules),
    paragraphs: z.array(paragraphSchema).min(1).max(sourceParagraphsMax),
    suggested: suggestedMetadataSchema,
  })
  .strict();

export type SourceDraft = z.infer<typeof sourceDraftSchema>;

export interface DraftOptions {
  /** Defaults to Markdown for .md files and to {@link chooseTextRule} otherwise. */
  rule?: ParagraphRule;
  /** Block kinds an importer found (HTML headings, list items), one per paragraph of the default rule. */
  roles?: readonly ParagraphRole[];
  suggested?: SuggestedMetadata;
}

function refuse(message: string, details?: string[]): BriefingError {
  return new BriefingError({ code: 'invalid-request', message, ...(details ? { details } : {}) });
}

export function defaultRule(text: string, origin: SourceOrigin): ParagraphRule {
  return origin.kind === 'md' ? 'markdown' : chooseTextRule(text);
}

/** @throws BriefingError `invalid-request` when there is no text to read or too much of it. */
export function draftFromText(text: string, origin: SourceOrigin, options: DraftOptions = {}): SourceDraft {
  if (text.trim() === '') throw refuse('There is no text to import: the article is empty. Nothing was imported.');
  if (text.length > sourceTextMaxLength) {
    throw refuse('The article is longer than Summit Briefing can keep as one source. Nothing was imported.');
  }
  const rule = options.rule ?? defaultRule(text, origin);
  const paragraphs = paragraphsByRule(text, rule);
  if (paragraphs.length === 0) throw refuse('No paragraph of text was found in the article. Nothing was imported.');
  if (paragraphs.length > sourceParagraphsMax) {
    throw refuse(
      `The article has more than ${sourceParagraphsMax.toLocaleString('en')} paragraphs. Nothing was imported.`,
    );
  }
  const roles = options.roles;
  if (roles && roles.length === paragraphs.length) {
    paragraphs.forEach((paragraph, index) => {
      const role = roles[index];
      if (role && role !== 'paragraph') paragraph.role = role;
    });
  }
  return { origin, text, rule, paragraphs, suggested: options.suggested ?? {} };
}

/** The same text split by another rule: what the import form shows when the user switches it. */
export function withRule(draft: SourceDraft, rule: ParagraphRule): SourceDraft {
  return draftFromText(draft.text, draft.origin, { rule, suggested: draft.suggested });
}

export interface NewSourceIds {
  id: string;
  collectionId: string;
  /** From the caller's clock. */
  importedAt: string;
  supersedes?: string;
}

/**
 * The source record for a draft the user confirmed. The metadata comes from the renderer, so it is validated here.
 *
 * @throws BriefingError `invalid-request` naming each field that is wrong; nothing is created.
 */
export function createSourceRecord(draft: SourceDraft, metadata: unknown, ids: NewSourceIds): SourceRecord {
  const confirmed = sourceMetadataSchema.safeParse(metadata);
  if (!confirmed.success) {
    throw refuse(
      'The source’s details need correcting before it can be saved. Nothing was imported.',
      describeIssues(confirmed.error),
    );
  }
  const record = sourceRecordSchema.safeParse({
    id: ids.id,
    collectionId: ids.collectionId,
    ...withoutUndefined(confirmed.data),
    origin: draft.origin,
    importedAt: ids.importedAt,
    text: draft.text,
    checksum: textChecksum(draft.text),
    paragraphing: { rule: draft.rule, version: paragraphRuleVersion },
    paragraphs: draft.paragraphs,
    ...(ids.supersedes ? { supersedes: ids.supersedes } : {}),
  });
  if (!record.success) {
    throw refuse('The article could not be saved as a source. Nothing was imported.', describeIssues(record.error));
  }
  return record.data;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

import { z } from 'zod';
import { idSchema } from '../schema/fact';
import { textChecksumSchema } from '../schema/source';
import { textChecksum } from './checksum';
import { paragraphRules, paragraphRuleVersion } from './paragraphs/paragraphRuleNames';
import { paragraphProblem, paragraphSchema } from './paragraphs/paragraphSpans';

/** Where a source's text came from: the article shipped with the app, text pasted in, or a file of one of these kinds. */
export const sourceOriginKinds = ['shipped', 'pasted', 'txt', 'md', 'html', 'pdf'] as const;
export type SourceOriginKind = (typeof sourceOriginKinds)[number];
const fileOriginKinds: readonly SourceOriginKind[] = ['txt', 'md', 'html', 'pdf'];

/** An imported file is at most this big; the text taken from it can be no longer than its bytes. */
export const sourceFileMaxBytes = 20 * 1024 * 1024;
export const sourceTextMaxLength = sourceFileMaxBytes;
export const sourceParagraphsMax = 100_000;

/** A file's own name, never a path: the renderer sees no path it did not get from a dialog. */
export const sourceFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\]/.test(name), 'a file name cannot contain a folder');

export const sourceOriginSchema = z
  .object({
    kind: z.enum(sourceOriginKinds),
    fileName: sourceFileNameSchema.optional(),
    fileBytes: z.number().int().nonnegative().max(sourceFileMaxBytes).optional(),
    /** Of the file's bytes, so the very file can be recognised again; `checksum` is of the text. */
    fileChecksum: textChecksumSchema.optional(),
  })
  .strict()
  .superRefine((origin, context) => {
    const fromFile = fileOriginKinds.includes(origin.kind);
    const described = [origin.fileName, origin.fileBytes, origin.fileChecksum].map((field) => field !== undefined);
    if (fromFile && described.includes(false)) {
      context.addIssue({ code: 'custom', message: 'a source from a file records its name, size and checksum' });
    }
    if (!fromFile && described.includes(true)) {
      context.addIssue({ code: 'custom', message: `a ${origin.kind} source has no file` });
    }
  });

/** YYYY, YYYY-MM or YYYY-MM-DD, a real date: as precise as the article says. Labels come from the UI's locale. */
export const sourceDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => {
    const [year, month = 1, day = 1] = value.split('-').map(Number) as [number, number?, number?];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'that date does not exist');

/** Kept as text to cite; the app never fetches it. Only web addresses, so nothing else can ever be opened from it. */
export const sourceUrlSchema = z
  .string()
  .max(2048, 'an address is at most 2,048 characters')
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'an address starts with http:// or https://');

export const sourceLanguageSchema = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag such as en or ko-KR');

export const paragraphingSchema = z
  .object({ rule: z.enum(paragraphRules), version: z.literal(paragraphRuleVersion) })
  .strict()
  .readonly();

const titleSchema = z.string().min(1).max(200);
const personOrOutletSchema = z.string().min(1).max(160);

/**
 * An imported article. It is never changed after import: the schema parses to a frozen object and the store offers
 * no update, only import and removal (see sourceLibrary.ts). A corrected or longer version of an article is a new
 * source that names the one it `supersedes`, so every quote and "¶3" made from the old one still points at the
 * words it was made from.
 */
export const sourceRecordSchema = z
  .object({
    id: idSchema,
    collectionId: idSchema,
    title: titleSchema,
    outlet: personOrOutletSchema.optional(),
    author: personOrOutletSchema.optional(),
    /** When the article was published, as far as it or the user says. */
    date: sourceDateSchema.optional(),
    url: sourceUrlSchema.optional(),
    language: sourceLanguageSchema.optional(),
    origin: sourceOriginSchema.readonly(),
    importedAt: z.iso.datetime({ offset: true }),
    /** The text exactly as imported (for HTML and PDF: exactly as taken out of the file). */
    text: z.string().min(1).max(sourceTextMaxLength),
    /** sha-256 of `text` in UTF-8, the shipped article's scheme. */
    checksum: textChecksumSchema,
    paragraphing: paragraphingSchema,
    paragraphs: z.array(paragraphSchema.readonly()).min(1).max(sourceParagraphsMax).readonly(),
    supersedes: idSchema.optional(),
  })
  .strict()
  .superRefine((source, context) => {
    if (source.supersedes === source.id) {
      context.addIssue({ code: 'custom', path: ['supersedes'], message: 'a source cannot supersede itself' });
    }
    const problem = paragraphProblem(source.text, source.paragraphs);
    if (problem) context.addIssue({ code: 'custom', path: ['paragraphs'], message: problem });
    if (textChecksum(source.text) !== source.checksum) {
      context.addIssue({
        code: 'custom',
        path: ['checksum'],
        message: 'the text does not match its checksum, so it was changed after import',
      });
    }
  })
  .readonly();

export type SourceOrigin = z.infer<typeof sourceOriginSchema>;
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

/** What the user confirms on the import form; empty optional fields mean "not given". */
const optionalField = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

export const sourceMetadataSchema = z
  .object({
    title: z.string().trim().min(1, 'a source needs a title').max(200, 'a title is at most 200 characters'),
    outlet: optionalField(z.string().trim().max(160, 'an outlet’s name is at most 160 characters')),
    author: optionalField(z.string().trim().max(160, 'an author’s name is at most 160 characters')),
    date: optionalField(z.string().trim().pipe(sourceDateSchema)),
    url: optionalField(z.string().trim().pipe(sourceUrlSchema)),
    language: optionalField(z.string().trim().pipe(sourceLanguageSchema)),
  })
  .strict();

export type SourceMetadata = z.infer<typeof sourceMetadataSchema>;

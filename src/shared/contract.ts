import { z } from 'zod';
import type { ChannelName } from './channels';
import type { BriefingErrorData } from './errors';
import { factSchema, idSchema } from './schema/fact';
import { sourceSchema } from './schema/source';
import { settingsSchema } from './schema/database';

export const librarySchema = z.object({
  seedRevision: z.number().int().nonnegative(),
  sources: z.array(sourceSchema),
  facts: z.array(factSchema),
  starred: z.array(idSchema),
  settings: settingsSchema,
});

export type Library = z.infer<typeof librarySchema>;

interface ChannelDefinition<Request extends z.ZodType, Response extends z.ZodType> {
  request: Request;
  response: Response;
}

function channel<Request extends z.ZodType, Response extends z.ZodType>(
  definition: ChannelDefinition<Request, Response>,
): ChannelDefinition<Request, Response> {
  return definition;
}

/** The one place a channel's payloads are defined. Preload, router, client and test bridge derive from it. */
export const contract = {
  getLibrary: channel({
    request: z.object({}).strict(),
    response: librarySchema,
  }),
  setStarred: channel({
    request: z.object({ factId: idSchema, starred: z.boolean() }).strict(),
    response: z.object({ starred: z.array(idSchema) }),
  }),
  updateSettings: channel({
    request: settingsSchema.partial().strict(),
    response: settingsSchema,
  }),
} satisfies Record<ChannelName, ChannelDefinition<z.ZodType, z.ZodType>>;

export type Contract = typeof contract;
export type RequestOf<Name extends ChannelName> = z.input<Contract[Name]['request']>;
export type ResponseOf<Name extends ChannelName> = z.output<Contract[Name]['response']>;

/** What crosses the process boundary: never a thrown error, whose message Electron would mangle. */
export type Envelope<Value> = { ok: true; value: Value } | { ok: false; error: BriefingErrorData };

/** The shape of `window.briefing`: one function per channel, returning the raw envelope. */
export type BriefingBridge = { [Name in ChannelName]: (request: unknown) => Promise<Envelope<ResponseOf<Name>>> };

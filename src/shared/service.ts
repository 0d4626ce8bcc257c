import { z } from 'zod';
import type { Bridge } from './bridge';
import { channelNames, type ChannelName } from './channels';
import type { RequestOf, ResponseOf } from './contract';
import { asBriefingError, BriefingError, briefingErrorCodes } from './errors';

/**
 * The main process as the window (and every test) calls it: one method per contract channel,
 * typed by the channel's request and response schemas, resolving with the value or rejecting
 * with a BriefingError written for a person. VS Code's `ProxyChannel.toService` is the model:
 * one type, generated from the contract, describes both ends.
 */
export type BriefingService = {
  [Name in ChannelName]: (request: Requests[Name]) => Promise<Responses[Name]>;
};

/** Every channel's request and response by name, as plain object types (so a method generic in its channel name type-checks). */
export type Requests = { [Name in ChannelName]: RequestOf<Name> };
export type Responses = { [Name in ChannelName]: ResponseOf<Name> };

/** Sends one call and answers what came back (an envelope, unchecked): a bridge, a router, a page. */
export type Transport = (name: ChannelName, request: unknown) => Promise<unknown>;

/**
 * Checks a response against its channel's schema and throws when it does not fit. The contract's
 * `checkResponse` is one; the window passes it in development builds and tests only, so that the
 * production bundle does not carry every schema for answers the router has already checked.
 */
export type ResponseCheck = (name: ChannelName, value: unknown) => void | Promise<void>;

export interface ServiceOptions {
  check?: ResponseCheck;
}

const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(briefingErrorCodes),
      message: z.string(),
      details: z.array(z.string()).optional(),
      reason: z.string().optional(),
    }),
  }),
]);

/**
 * One method per name, each made by `make`, which is generic in the name so that each method's
 * type follows from its channel. TypeScript can check a call of such a method but not the making
 * of a mapped object from a list, so this is the one place that asserts it; `names` is always a
 * list the compiler ties to the contract (channelNames, changeChannelNames).
 */
export function methodsFor<Name extends ChannelName, Methods extends { [Key in Name]: unknown }>(
  names: readonly Name[],
  make: (name: Name) => unknown,
): Methods {
  const methods: Record<string, unknown> = {};
  for (const name of names) methods[name] = make(name);
  return methods as Methods;
}

/** The typed service over any transport that answers the router's envelopes. */
export function createService(transport: Transport, { check }: ServiceOptions = {}): BriefingService {
  function method<Name extends ChannelName>(name: Name): (request: Requests[Name]) => Promise<Responses[Name]> {
    return async (request: Requests[Name]): Promise<Responses[Name]> => {
      let answer: unknown;
      try {
        answer = await transport(name, request);
      } catch (error) {
        throw asBriefingError(error);
      }
      const envelope = envelopeSchema.safeParse(answer);
      if (!envelope.success) {
        throw new BriefingError({
          code: 'invalid-response',
          message: `"${name}" answered something Summit Briefing does not recognise.`,
        });
      }
      if (!envelope.data.ok) throw new BriefingError(envelope.data.error);
      await check?.(name, envelope.data.value);
      // The router checked this value against the channel's response schema before answering (and
      // `check`, where given, has just checked it again): it is that channel's response.
      return envelope.data.value as Responses[Name];
    };
  }
  return methodsFor<ChannelName, BriefingService>(channelNames, method);
}

/** The service over `window.briefing` (or a bridge a test built the same way, with or without events). */
export function serviceFromBridge(
  bridge: Bridge<ChannelName, string> | undefined,
  options: ServiceOptions = {},
): BriefingService {
  return createService((name, request) => {
    if (!bridge) {
      throw new BriefingError({
        code: 'internal',
        message: 'This page is not running inside Summit Briefing, so it cannot reach the briefing database.',
      });
    }
    return bridge[name](request);
  }, options);
}

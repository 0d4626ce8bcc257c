import { channelNames, type ChannelName } from '../../shared/channels';
import { contract, type Envelope, type RequestOf, type ResponseOf } from '../../shared/contract';
import { BriefingError, describeIssues } from '../../shared/errors';

export type Handlers = {
  [Name in ChannelName]: (request: RequestOf<Name>) => ResponseOf<Name> | Promise<ResponseOf<Name>>;
};

export interface Router {
  /** Answers every call with an envelope; never throws, whatever the payload. */
  handle(channel: string, payload: unknown): Promise<Envelope<unknown>>;
}

/** The router as created: it also knows which calls are still being answered, for a clean quit. */
export interface TrackingRouter extends Router {
  /** Calls received and not yet answered. */
  inFlight(): number;
  /** Resolves once every call received so far has been answered. */
  settled(): Promise<void>;
}

const knownChannels = new Set<string>(channelNames);

function isChannel(name: string): name is ChannelName {
  return knownChannels.has(name);
}

export function createRouter(handlers: Handlers, log: (error: unknown) => void = () => undefined): TrackingRouter {
  async function dispatch(name: ChannelName, payload: unknown): Promise<unknown> {
    const definition = contract[name];
    const request = definition.request.safeParse(payload);
    if (!request.success) {
      throw new BriefingError({
        code: 'invalid-request',
        message: `The request to "${name}" was not understood, so nothing was changed.`,
        details: describeIssues(request.error),
      });
    }
    const handler = handlers[name] as (request: unknown) => unknown;
    const value = await handler(request.data);
    const response = definition.response.safeParse(value);
    if (!response.success) {
      log(response.error);
      throw new BriefingError({
        code: 'invalid-response',
        message: `"${name}" produced an answer the app does not recognise.`,
        details: describeIssues(response.error),
      });
    }
    return response.data;
  }

  const calls = new Set<Promise<Envelope<unknown>>>();

  async function answer(channel: string, payload: unknown): Promise<Envelope<unknown>> {
    try {
      if (typeof channel !== 'string' || !isChannel(channel)) {
        throw new BriefingError({
          code: 'unknown-channel',
          message: `There is no operation called "${typeof channel === 'string' ? channel.slice(0, 80) : typeof channel}".`,
        });
      }
      return { ok: true, value: await dispatch(channel, payload) };
    } catch (error) {
      if (error instanceof BriefingError) return { ok: false, error: error.toData() };
      log(error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Something went wrong inside the app; nothing was changed.',
          details: [],
        },
      };
    }
  }

  return {
    handle(channel, payload) {
      const call = answer(channel, payload);
      calls.add(call);
      void call.finally(() => calls.delete(call));
      return call;
    },
    inFlight: () => calls.size,
    async settled() {
      while (calls.size > 0) await Promise.allSettled([...calls]);
    },
  };
}

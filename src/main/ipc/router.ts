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

const knownChannels = new Set<string>(channelNames);

function isChannel(name: string): name is ChannelName {
  return knownChannels.has(name);
}

export function createRouter(handlers: Handlers, log: (error: unknown) => void = () => undefined): Router {
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

  return {
    async handle(channel, payload) {
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
    },
  };
}

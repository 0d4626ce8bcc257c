import type { ChannelName } from '../../../shared/channels';
import type { BriefingBridge, RequestOf, ResponseOf } from '../../../shared/contract';
import { BriefingError } from '../../../shared/errors';

declare global {
  interface Window {
    briefing?: BriefingBridge;
  }
}

export type BriefingClient = <Name extends ChannelName>(
  name: Name,
  request: RequestOf<Name>,
) => Promise<ResponseOf<Name>>;

/** Calls the main process and turns an error envelope back into a thrown BriefingError. */
export function createBriefingClient(bridge: BriefingBridge | undefined = window.briefing): BriefingClient {
  return async (name, request) => {
    if (!bridge) {
      throw new BriefingError({
        code: 'internal',
        message: 'This page is not running inside Summit Briefing, so it cannot reach the briefing database.',
      });
    }
    const envelope = await bridge[name](request);
    if (!envelope.ok) throw new BriefingError(envelope.error);
    return envelope.value as ResponseOf<typeof name>;
  };
}

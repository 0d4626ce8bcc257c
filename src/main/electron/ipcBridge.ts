import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames, ipcChannel } from '../../shared/channels';
import type { Envelope } from '../../shared/contract';
import type { Router } from '../ipc/router';
import { isTrustedSenderFrame, type SenderFrame } from '../ipc/securityPolicy';

const refused: Envelope<never> = {
  ok: false,
  error: { code: 'invalid-request', message: 'This page is not allowed to talk to Summit Briefing.', details: [] },
};

/**
 * Connects every contract channel to the router, refusing calls from any frame but the main
 * frame of the app's own page (checklist 17). The router validates whatever gets through.
 */
export function registerIpc(
  router: Router,
  getAppUrl: () => string,
  onRefused: (frameUrl: string | undefined) => void = (frameUrl) =>
    console.warn(`[summit-briefing] refused an IPC call from ${frameUrl ?? 'a frame that is gone'}`),
): void {
  for (const name of channelNames) {
    ipcMain.handle(ipcChannel(name), (event, payload: unknown) => {
      const frame = senderFrameOf(event);
      if (!isTrustedSenderFrame(frame, getAppUrl())) {
        onRefused(frame?.url);
        return refused;
      }
      return router.handle(name, payload);
    });
  }
}

/** The sending frame, or null once it has navigated away or been destroyed (Electron then throws or answers null). */
function senderFrameOf(event: IpcMainInvokeEvent): SenderFrame | null {
  try {
    const frame = event.senderFrame;
    return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
  } catch {
    return null;
  }
}

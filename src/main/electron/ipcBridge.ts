import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelNames, ipcChannel, ipcEvent } from '../../shared/channels';
import type { Envelope } from '../../shared/contract';
import { events, type EventPayload } from '../../shared/events';
import type { Router } from '../ipc/router';
import { createCallTracker, type CallTracker } from './policy/quitSequence';
import { isTrustedSenderFrame, type SenderFrame } from './policy/securityPolicy';

const refused: Envelope<never> = {
  ok: false,
  error: { code: 'invalid-request', message: 'This page is not allowed to talk to Summit Briefing.', details: [] },
};

const closing: Envelope<never> = {
  ok: false,
  error: { code: 'internal', message: 'Summit Briefing is closing, so nothing was changed.', details: [] },
};

export interface IpcBridge {
  /** The calls in flight, so quitting can wait for them. */
  readonly calls: CallTracker;
  /** From now on every call answers "closing" without reaching the router. */
  close(): void;
}

export interface RegisterIpcOptions {
  onRefused?: (frameUrl: string | undefined) => void;
  calls?: CallTracker;
}

/**
 * Connects every contract channel to the router, refusing calls from any frame but the main
 * frame of the app's own page (checklist 17). The router validates whatever gets through.
 */
export function registerIpc(router: Router, getAppUrl: () => string, options: RegisterIpcOptions = {}): IpcBridge {
  const {
    onRefused = (frameUrl) =>
      console.warn(`[summit-briefing] refused an IPC call from ${frameUrl ?? 'a frame that is gone'}`),
    calls = createCallTracker(),
  } = options;
  let open = true;
  for (const name of channelNames) {
    ipcMain.handle(ipcChannel(name), (event, payload: unknown) => {
      const frame = senderFrameOf(event);
      if (!isTrustedSenderFrame(frame, getAppUrl())) {
        onRefused(frame?.url);
        return refused;
      }
      if (!open) return closing;
      return calls.track(router.handle(name, payload));
    });
  }
  return {
    calls,
    close() {
      open = false;
    },
  };
}

/**
 * Sends the window an event of the contract, checked against its schema first so that the main
 * process can never send what the window would refuse. False when the window is gone.
 */
export function sendEvent<Name extends keyof typeof events>(
  contents: WebContents | undefined,
  name: Name,
  payload: EventPayload<Name>,
): boolean {
  if (!contents || contents.isDestroyed()) return false;
  contents.send(ipcEvent(name), events[name].parse(payload));
  return true;
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

import { ipcMain } from 'electron';
import { channelNames, ipcChannel } from '../../shared/channels';
import type { Envelope } from '../../shared/contract';
import type { Router } from '../ipc/router';
import { isTrustedSender } from '../ipc/senderPolicy';

const refused: Envelope<never> = {
  ok: false,
  error: { code: 'invalid-request', message: 'This page is not allowed to talk to Summit Briefing.', details: [] },
};

/** Connects every contract channel to the router, refusing calls from any frame but the app's page. */
export function registerIpc(router: Router, getAppUrl: () => string): void {
  for (const name of channelNames) {
    ipcMain.handle(ipcChannel(name), (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, getAppUrl())) return refused;
      return router.handle(name, payload);
    });
  }
}

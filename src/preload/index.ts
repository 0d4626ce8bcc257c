import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge } from '../shared/bridge';
import { channelNames, eventNames, ipcChannel, ipcEvent } from '../shared/channels';

// The renderer gets these functions and nothing else: no ipcRenderer, no event objects
// (Electron's checklist, item 20). An event listener receives the payload only, never the
// IpcRendererEvent, whose `sender` would hand the page ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'briefing',
  buildBridge(channelNames, (name, request) => ipcRenderer.invoke(ipcChannel(name), request), {
    names: eventNames,
    subscribe(name, listener) {
      const channel = ipcEvent(name);
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
  }),
);

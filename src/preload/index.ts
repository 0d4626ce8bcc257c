import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../shared/bridge';
import { channelNames, ipcChannel, type ChannelName } from '../shared/channels';

// The renderer gets these functions and nothing else: no ipcRenderer, no event objects.
contextBridge.exposeInMainWorld(
  'briefing',
  buildBridge(channelNames, (name, request) => ipcRenderer.invoke(ipcChannel(name as ChannelName), request)),
);

/**
 * The preload, run in Node against the stand-in `electron` module (it stands in for the binary,
 * which cannot be downloaded here): what it exposes as `window.briefing` is the contract and
 * nothing else (Electron's checklist, items 3 and 20).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames, eventNames, ipcChannel, ipcEvent } from '../shared/channels';
import { standIn } from '../main/electron/testing/standInElectron';

vi.mock('electron', () => standIn.module);

type Exposed = Record<string, unknown> & {
  events: Record<string, (listener: (...args: unknown[]) => void) => () => void>;
};

let briefing: Exposed;

beforeAll(async () => {
  standIn.reset({ userData: '/stand-in/userData', appPath: '/stand-in/app' });
  await import('./index');
  briefing = standIn.state.exposed.get('briefing') as Exposed;
});

describe('the preload', () => {
  it('exposes one frozen function per channel and the event subscriptions, and nothing else', () => {
    expect([...standIn.state.exposed.keys()]).toEqual(['briefing']);
    expect(Object.keys(briefing).sort()).toEqual([...channelNames, 'events'].sort());
    expect(Object.isFrozen(briefing)).toBe(true);
    expect(Object.keys(briefing.events)).toEqual([...eventNames]);
    expect(Object.isFrozen(briefing.events)).toBe(true);
    for (const name of channelNames) expect(typeof briefing[name]).toBe('function');
  });

  it('invokes the fixed channel of each function, with an empty request by default', async () => {
    await (briefing.getLibrary as () => Promise<unknown>)();
    await (briefing.setStarred as (request: unknown) => Promise<unknown>)({ factId: 'x', starred: true });
    expect(standIn.state.invoked).toEqual([
      { channel: ipcChannel('getLibrary'), payload: {} },
      { channel: ipcChannel('setStarred'), payload: { factId: 'x', starred: true } },
    ]);
  });

  it('hands an event listener the payload only, never the IPC event, and unsubscribes', () => {
    const calls: unknown[][] = [];
    const unsubscribe = briefing.events.runCommand?.((...args) => calls.push(args));
    standIn.emitToRenderer(ipcEvent('runCommand'), { commandId: 'undo' });
    expect(calls).toEqual([[{ commandId: 'undo' }]]);
    unsubscribe?.();
    standIn.emitToRenderer(ipcEvent('runCommand'), { commandId: 'redo' });
    expect(calls).toHaveLength(1);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => briefing.events.runCommand?.('alert(1)' as never)).toThrow(TypeError);
  });
});

/**
 * Parts of the stand-in `electron` module (see standInElectron.ts): an event emitter with
 * Electron's preventable events, web contents and sessions. Written from electron.d.ts and
 * Electron's documentation; they record what the app asks of them so tests can check it.
 */
type Listener = (...args: never[]) => unknown;

/** What Electron passes to a preventable event's listeners. */
export interface StandInEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
  [key: string]: unknown;
}

export function standInEvent(fields: Record<string, unknown> = {}): StandInEvent {
  let prevented = false;
  return {
    ...fields,
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

export class StandInEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  once(name: string, listener: Listener): this {
    const wrapped = ((...args: never[]) => {
      this.removeListener(name, wrapped);
      return listener(...args);
    }) as Listener;
    return this.on(name, wrapped);
  }

  removeListener(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((candidate) => candidate !== listener),
    );
    return this;
  }

  off(name: string, listener: Listener): this {
    return this.removeListener(name, listener);
  }

  emit(name: string, ...args: unknown[]): boolean {
    const listeners = [...(this.listeners.get(name) ?? [])];
    for (const listener of listeners) (listener as (...values: unknown[]) => unknown)(...args);
    return listeners.length > 0;
  }

  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

export class StandInSession {
  permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  permissionCheck?: (contents: unknown, permission: string) => boolean;
  devicePermission?: (details: { deviceType: string }) => boolean;
  beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

  setPermissionRequestHandler(handler: StandInSession['permissionRequest']): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: StandInSession['permissionCheck']): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: StandInSession['devicePermission']): void {
    this.devicePermission = handler;
  }
  readonly webRequest = {
    onBeforeRequest: (handler: StandInSession['beforeRequest']) => {
      this.beforeRequest = handler;
    },
  };

  /** What the session's request filter answers for `url`: true when it cancels the request. */
  cancels(url: string): boolean | undefined {
    let cancel: boolean | undefined;
    this.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
    return cancel;
  }
}

export class StandInWebContents extends StandInEmitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler?: (details: { url: string }) => { action: string };
  destroyed = false;

  setWindowOpenHandler(handler: StandInWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, payload });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Emits a navigation-style event as Electron 45 does and says whether a handler prevented it. */
  navigate(name: string, url: string, isMainFrame = true): boolean {
    const event = standInEvent({ url, isMainFrame });
    this.emit(name, event);
    return event.defaultPrevented;
  }
}

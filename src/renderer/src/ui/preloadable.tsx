import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface Preloadable<Props extends object> {
  /** Renders the component, or `fallback` until its code has arrived. */
  Component: ComponentType<Props & { fallback: ReactNode }>;
  /** Fetches the code now (once), e.g. when the page is idle after the start. */
  preload: () => Promise<unknown>;
}

/**
 * A component whose code is its own chunk, not part of the start's scripts. Unlike `React.lazy`, which suspends for
 * a frame on its first render even when the chunk has arrived (a key pressed in that frame is lost), it renders at
 * once when {@link Preloadable.preload} has already fetched it. A chunk that fails to load is thrown to the error
 * boundary, as a lazy component's would be, and the next render tries again.
 */
export function preloadable<Props extends object>(load: () => Promise<ComponentType<Props>>): Preloadable<Props> {
  let loaded: ComponentType<Props> | undefined;
  let pending: Promise<ComponentType<Props>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));

  function PreloadableComponent({ fallback, ...props }: Props & { fallback: ReactNode }) {
    const [, setArrived] = useState(0);
    const [failure, setFailure] = useState<{ error: unknown }>();
    useEffect(() => {
      if (loaded) return;
      let current = true;
      preload().then(
        () => current && setArrived((count) => count + 1),
        (error: unknown) => current && setFailure({ error }),
      );
      return () => {
        current = false;
      };
    }, []);
    if (failure) throw failure.error;
    const Loaded = loaded;
    return Loaded ? <Loaded {...(props as unknown as Props)} /> : <>{fallback}</>;
  }
  return { Component: PreloadableComponent, preload };
}

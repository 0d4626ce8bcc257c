import { createContext, useContext, useLayoutEffect, useSyncExternalStore } from 'react';

/** What the window has to tell the user now: a status ("Undone.") and an action's error, if any. */
export interface Announcement {
  status: string;
  error?: string | undefined;
}

const AnnouncementContext = createContext<Announcement>({ status: '' });

/** The library screen provides its announcement; every region below reads it. */
export const AnnouncementProvider = AnnouncementContext.Provider;

// The open modal dialogs, innermost last. Everything outside the top one is inert, so a live
// region there is never read: the announcement goes to the region of the top-most dialog.
let openDialogs: readonly string[] = [];
const listeners = new Set<() => void>();

function setOpenDialogs(next: readonly string[]) {
  openDialogs = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Registers a modal dialog as open for as long as the calling component is mounted. */
export function useOpenDialog(id: string): void {
  useLayoutEffect(() => {
    setOpenDialogs([...openDialogs, id]);
    return () => setOpenDialogs(openDialogs.filter((open) => open !== id));
  }, [id]);
}

/** The top-most open modal dialog's id, or undefined when none is open. */
export function useTopDialog(): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => openDialogs.at(-1),
    () => undefined,
  );
}

/**
 * A live region for the announcement, in the window (`owner` undefined) or in a dialog. Every
 * region is always there (a region added together with its text is often not read), and only
 * the one where the user is — the top-most dialog's, or the window's when none is open — holds
 * the text.
 */
export function Announcements({ owner }: { owner?: string }) {
  const { status, error } = useContext(AnnouncementContext);
  const here = useTopDialog() === owner;
  return (
    <>
      {here && error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {here ? status : ''}
      </p>
    </>
  );
}

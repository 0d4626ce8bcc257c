import { openFactStore as openUntracked, type FactStore, type OpenFactStoreOptions } from '../domain/factStore';

const opened: FactStore[] = [];

/**
 * TEST ONLY. openFactStore, remembering the store so the test's afterEach can close it: a store's
 * start may leave a compaction or backup running, which must be over before its folder is removed.
 */
export async function openFactStore(options: OpenFactStoreOptions): Promise<FactStore> {
  const store = await openUntracked(options);
  opened.push(store);
  return store;
}

/** Closes every store openFactStore opened, waiting for their last writes. */
export async function closeOpenedStores(): Promise<void> {
  await Promise.all(opened.splice(0).map((store) => store.close().catch(() => undefined)));
}

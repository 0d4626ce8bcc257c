// The library feature's public face: the App shows one of these.
export { DatabaseError } from './DatabaseError';
export { LibraryScreen } from './LibraryScreen';
// sources: the dialogs the sources feature opens over the library are overlays of the library's.
export type { Overlay } from './overlay';

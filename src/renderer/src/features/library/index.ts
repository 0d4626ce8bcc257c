// The library feature's public face: the App shows one of these.
export { DatabaseError } from './DatabaseError';
export { LibraryScreen } from './LibraryScreen';

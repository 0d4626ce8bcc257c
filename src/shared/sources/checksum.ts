import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * Checksums in the shipped article's scheme ("sha256:" and 64 lower-case hex digits, over UTF-8), computed
 * synchronously so the same code runs in the main process, the renderer and tests: Web Crypto's digest is
 * asynchronous and, in a renderer, only there in a secure context.
 */
export function bytesChecksum(bytes: Uint8Array): string {
  return `sha256:${bytesToHex(sha256(bytes))}`;
}

/** The checksum of a source's text as imported. For the shipped article it equals the seed's own checksum. */
export function textChecksum(text: string): string {
  return bytesChecksum(new TextEncoder().encode(text));
}

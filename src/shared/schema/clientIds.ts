import { idSchema, userFactIdPrefix } from './fact';

/**
 * The window names what it creates, so a create that is sent twice (a retry after a failed
 * save, a double click) is one record, not two. Each kind has its prefix.
 */
export const idPrefixes = { note: 'note-', highlight: 'highlight-', tag: 'tag-', card: userFactIdPrefix } as const;

export type CreatedKind = keyof typeof idPrefixes;

export function newIdSchema(kind: CreatedKind) {
  const prefix = idPrefixes[kind];
  return idSchema.refine((id) => id.startsWith(prefix) && id.length > prefix.length, {
    message: `a new ${kind}'s id starts with "${prefix}"`,
  });
}

/** `note-1b4e28ba-2fa1-4d2b-883f-0016d3cca427`. crypto.randomUUID needs a secure context; getRandomValues does not. */
export function newId(kind: CreatedKind): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return `${idPrefixes[kind]}${uuid}`;
}

import { expect } from 'vitest';
import type { ChannelName } from '../../shared/channels';
import { checkResponse, type Envelope, type ResponseOf } from '../../shared/contract';
import { createService, type BriefingService, type Requests, type Responses } from '../../shared/service';
import type { BriefingErrorData } from '../../shared/errors';

/** The one method of the IPC router the tests use; typed structurally so domain test support never imports ipc. */
export interface Handles {
  handle(channel: string, payload: unknown): Promise<Envelope<unknown>>;
}

export function expectOk(envelope: Envelope<unknown>): unknown {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

export function expectError(envelope: Envelope<unknown>, code: BriefingErrorData['code']): BriefingErrorData {
  if (envelope.ok) throw new Error(`expected ${code}, got ok: ${JSON.stringify(envelope.value)}`);
  expect(envelope.error.code, envelope.error.message).toBe(code);
  expect(envelope.error.message.length).toBeGreaterThan(10);
  return envelope.error;
}

/** The typed service over a router, checking every answer against the contract as the window does in tests. */
export function routerService(router: Handles): BriefingService {
  return createService((name, request) => router.handle(name, request), { check: checkResponse });
}

/** Calls a channel with a request the compiler checks, and answers the value of a successful envelope. */
export async function call<Name extends ChannelName>(
  router: Handles,
  name: Name,
  request: Requests[Name],
): Promise<Responses[Name]> {
  return routerService(router)[name](request);
}

/** Calls a channel expecting an error with `code`; the payload is deliberately untyped so tests can send nonsense. */
export async function callFails(
  router: Handles,
  name: ChannelName,
  payload: unknown,
  code: BriefingErrorData['code'],
): Promise<BriefingErrorData> {
  return expectError(await router.handle(name, payload), code);
}

/** A clock tests move by hand, and ids that read well in failure messages: note-1, tag-2, user-3. */
export function controlledTime(startIso = '2021-08-17T09:00:00.000Z') {
  let now = Date.parse(startIso);
  let sequence = 0;
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    newId: (prefix: string) => `${prefix}-${++sequence}`,
  };
}

type CreateChannel = 'createNote' | 'createHighlight' | 'createTag' | 'createCard';
const createdKind = {
  createNote: 'notes',
  createHighlight: 'highlights',
  createTag: 'tags',
  createCard: 'ownFacts',
} as const;
type Created<Name extends CreateChannel> = NonNullable<
  ResponseOf<Name>['changed'][(typeof createdKind)[Name]]
>['upserted'][number];

/** Creates a record through the router and answers it as the main process now holds it. */
export async function create<Name extends CreateChannel>(
  router: Handles,
  name: Name,
  request: Requests[Name],
): Promise<Created<Name>> {
  const answer = await call(router, name, request);
  const records = answer.changed[createdKind[name]]?.upserted ?? [];
  const record = (records as Array<{ id: string }>).find((candidate) => candidate.id === request.id);
  if (!record) throw new Error(`${name} answered no record with the id ${request.id}: ${JSON.stringify(answer)}`);
  return record as Created<Name>;
}

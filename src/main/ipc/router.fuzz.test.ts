/**
 * Property-based fuzzing of the IPC router over a real store on a temp folder. Every channel in
 * the contract is covered automatically: random values, requests shaped by each channel's schema
 * with one field of the wrong type, prototype-pollution keys, 1 MB strings, 10,000-deep nesting,
 * and unknown channel names. Whatever arrives, the router must answer a valid response or a
 * typed error, must not throw or log an unexpected error, must not touch the database file when
 * it refuses a call, and must leave the built-in prototypes alone.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../shared/channels';
import { contract } from '../../shared/contract';
import { briefingErrorCodes } from '../../shared/errors';
import { sampleSeed } from '../../shared/testing/sampleSeed';
import { openBriefingRouter, type BriefingRouter } from './openBriefingRouter';
import { savedBytes } from '../testing/savedFiles';

/** At least this many payloads in all; each property's share is sized from it. */
const payloadBudget = 10_000;
const timeoutMs = 60_000;

const knownCodes = new Set<string>(briefingErrorCodes);

/**
 * A memory-backed folder where there is one: each accepted change fsyncs the file and its folder,
 * about 7 ms on a disk, and what is tested here is the router, not the disk.
 */
const scratchRoot = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

let scratch: string;
let router: BriefingRouter;
let sent = 0;
/** The database file as it was after the last call; a refused call must leave it exactly so. */
let lastBytes: string;
/** The database file and its journal: a refused call must change neither. */
const savedState = async () => JSON.stringify(await savedBytes(dataDirectory));
let dataDirectory: string;
/** What the router logged: it logs only what it did not expect (a handler's crash, a bad answer). */
const logged: unknown[] = [];
/** Answers by channel and code, printed at the end so a reader sees which paths the fuzzer reached. */
const answers = new Map<string, Map<string, number>>();
const prototypeKeysBefore = prototypeKeys();

function prototypeKeys(): string {
  return JSON.stringify(
    [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((prototype) =>
      Object.getOwnPropertyNames(prototype).sort(),
    ),
  );
}

beforeAll(async () => {
  scratch = await mkdtemp(join(scratchRoot, 'summit-briefing-fuzz-'));
  dataDirectory = join(scratch, 'data');
  const exports = join(scratch, 'exports');
  await mkdir(exports);
  // What the open dialog hands back for an import: damaged files and one that is not there.
  const incoming = [
    '{"format":',
    '[]',
    '{"format":"summit-briefing-backup","version":1,"database":{}}',
    '\u0000\u00ff',
  ];
  await Promise.all(incoming.map((text, index) => writeFile(join(scratch, `incoming-${index}.json`), text)));
  let chosen = 0;
  router = await openBriefingRouter({
    dataDirectory,
    seed: sampleSeed(),
    // The fuzzer's plausible ids (note-1, tag-2…) name new records and, once made, hit them again.
    store: { writeDelayMs: 0 },
    log: (error) => logged.push(error),
    printer: { printPack: async () => ({ pdf: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), pages: 1 }) },
    dialogs: {
      chooseSavePath: async ({ kind }) => (++chosen % 3 === 0 ? undefined : join(exports, `export-${chosen}.${kind}`)),
      chooseOpenPath: async () => join(scratch, `incoming-${++chosen % (incoming.length + 1)}.json`),
    },
    reveal: { reveal: () => undefined },
  });
  lastBytes = await savedState();
});

afterAll(async () => {
  await router?.flush();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// The oracle: what every answer must look like.

function describeValue(value: unknown): string {
  try {
    const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value));
    return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function tally(channel: unknown, outcome: string): void {
  const name =
    typeof channel === 'string' && (channelNames as readonly string[]).includes(channel) ? channel : '(unknown)';
  const counts = answers.get(name) ?? new Map<string, number>();
  counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  answers.set(name, counts);
}

function checkAnswer(channel: unknown, answer: unknown): string | undefined {
  if (!isRecord(answer)) return `answered ${describeValue(answer)}, not an envelope`;
  tally(channel, answer.ok === true ? 'ok' : isRecord(answer.error) ? String(answer.error.code) : '?');
  const known = typeof channel === 'string' && (channelNames as readonly string[]).includes(channel);
  if (answer.ok === true) {
    if (!known) return 'answered ok for a channel that does not exist';
    const parsed = contract[channel as ChannelName].response.safeParse(answer.value);
    return parsed.success ? undefined : `answered a value that fails the response schema: ${parsed.error.message}`;
  }
  if (answer.ok !== false || !isRecord(answer.error)) return `answered ${describeValue(answer)}`;
  const { code, message, details } = answer.error;
  if (typeof code !== 'string' || !knownCodes.has(code))
    return `answered the unknown error code ${describeValue(code)}`;
  if (code === 'invalid-response') return `answered a response that fails its own schema: ${String(message)}`;
  if (!known && code !== 'unknown-channel') return `answered "${code}" for an unknown channel`;
  if (typeof message !== 'string' || message.trim().length < 10)
    return `answered the message ${describeValue(message)}`;
  if (details !== undefined && (!Array.isArray(details) || !details.every((line) => typeof line === 'string'))) {
    return `answered details that are not lines of text: ${describeValue(details)}`;
  }
  return undefined;
}

function prototypesUntouched(): string | undefined {
  const probe: Record<string, unknown> = {};
  if ('polluted' in probe || 'polluted' in []) return 'polluted Object.prototype or Array.prototype';
  return prototypeKeys() === prototypeKeysBefore ? undefined : 'changed a built-in prototype';
}

/** Sends one payload and throws, with the payload, if the router broke any of its promises. */
async function send(channel: unknown, payload: unknown): Promise<void> {
  let answer: unknown;
  try {
    answer = await router.handle(channel as string, payload);
  } catch (error) {
    throw new Error(`router.handle threw for ${describeValue(channel)}: ${String(error)}`);
  }
  sent += 1;
  const crash = logged.length > 0 ? `made the router log ${String(logged.splice(0)[0])}` : undefined;
  const problem = crash ?? checkAnswer(channel, answer) ?? prototypesUntouched();
  if (problem) throw new Error(`${describeValue(channel)} with ${describeValue(payload)} ${problem}`);
  const after = await savedState();
  const changedOnRefusal = isRecord(answer) && answer.ok === false && after !== lastBytes;
  lastBytes = after;
  if (changedOnRefusal) {
    throw new Error(`${describeValue(channel)} refused ${describeValue(payload)} but changed the database file`);
  }
}

// ---------------------------------------------------------------------------------------------
// The payloads.

const megabyte = 1024 * 1024;
const hugeStrings = ['a'.repeat(megabyte), '한'.repeat(megabyte), `trade-volume${'-'.repeat(megabyte)}`];

/** Built in a loop; labelled for fast-check, whose report would otherwise recurse 10,000 levels to print it. */
function deeplyNested(depth: number, wrap: (inner: unknown) => object): unknown {
  let value: object = {};
  for (let level = 0; level < depth; level++) value = wrap(value);
  return Object.defineProperty(value, fc.toStringMethod, { value: () => `<${depth} levels of nesting>` });
}
const deepValues = [
  deeplyNested(10_000, (inner) => ({ nested: inner })),
  deeplyNested(10_000, (inner) => [inner]),
  deeplyNested(10_000, (inner) => ({ factId: inner, card: inner })),
];

/** The top-level field names of a channel's request schema (zod objects expose `shape`). */
function requestFields(name: ChannelName): string[] {
  const shape = (contract[name].request as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

const allFields = [...new Set(channelNames.flatMap(requestFields))];

const anyValue = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Values of the wrong type for almost any field, and values plausible enough to reach the domain. */
const fieldValue = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, 0, -1, 1.5, NaN, Infinity, true, false, '', ' ', [], {}, '\u0000'),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
  fc.constantFrom(...hugeStrings),
  fc.constantFrom(...deepValues),
  fc.constantFrom(
    'trade-volume',
    'summit-overview',
    'enterprises',
    'no-such-card',
    'note-1',
    'note-2',
    'tag-1',
    'tag-3',
    'highlight-1',
    'user-1',
    'Trade-Volume',
    'overview',
    'security',
    'all',
    'starred',
    'annotated',
    'yellow',
    'blue',
    'slate',
    'A short note',
    'https://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
  ),
  anyValue,
);

const idPool = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'trade-volume',
      'summit-overview',
      'enterprises',
      'no-such-card',
      'note-1',
      'note-2',
      'highlight-1',
      'highlight-2',
      'tag-1',
      'tag-2',
      'user-1',
      'user-2',
    ),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/) },
);

const textPool = fc.oneof(
  fc.constantFrom(
    'A short note',
    '**bold** and _italic_',
    '<script>alert(1)</script>',
    '  padded  ',
    '',
    'Сеул',
    '서울',
  ),
  fc.constantFrom('https://example.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.com/'),
  fc.string({ maxLength: 40 }),
);

interface SchemaDefinition {
  type: string;
  [key: string]: unknown;
}

function definitionOf(schema: unknown): SchemaDefinition | undefined {
  return (schema as { _zod?: { def?: SchemaDefinition } } | undefined)?._zod?.def;
}

/**
 * Values shaped by a request schema (zod 4's `_zod.def`), drawn from pools of real and unknown
 * ids, so that calls get past validation and into the domain: valid changes, unknown records.
 */
function plausible(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const definition = definitionOf(schema);
  if (!definition || depth > 6) return fieldValue;
  const inner = (key: string) => plausible(definition[key], depth + 1);
  switch (definition.type) {
    case 'object': {
      const shape = definition.shape as Record<string, unknown>;
      const required = Object.keys(shape).filter((key) => definitionOf(shape[key])?.type !== 'optional');
      const model = Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, plausible(value, depth + 1)]));
      return fc.record(model, { requiredKeys: required });
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
      return fc.option(inner('innerType'), { nil: undefined });
    case 'pipe':
      return inner('in');
    case 'string':
      return definition.format === 'datetime'
        ? fc.date({ noInvalidDate: true }).map((date) => date.toISOString())
        : fc.oneof(idPool, textPool);
    case 'boolean':
      return fc.boolean();
    case 'number':
      return fc.oneof(fc.integer({ min: -2, max: 40 }), fc.double());
    case 'enum':
      return fc.constantFrom(...Object.values(definition.entries as Record<string, unknown>));
    case 'literal':
      return fc.constantFrom(...(definition.values as unknown[]));
    case 'union':
      return fc.oneof(...(definition.options as unknown[]).map((option) => plausible(option, depth + 1)));
    case 'array':
      return fc.array(inner('element'), { maxLength: 3 });
    case 'record':
      return fc.dictionary(idPool, inner('valueType'), { maxKeys: 2 });
    default:
      return fieldValue;
  }
}

/** A plausible request with one thing wrong: a field of the wrong type, a missing field, an extra key. */
function nearlyValid(schema: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(plausible(schema), fc.constantFrom('wrong-type', 'missing', 'extra'), fc.nat(), fieldValue)
    .map(([payload, change, index, wrong]) => {
      if (!isRecord(payload) || Array.isArray(payload)) return wrong;
      const copy: Record<string, unknown> = { ...payload };
      const keys = Object.keys(copy);
      const key = keys[index % Math.max(keys.length, 1)];
      if (change === 'extra' || key === undefined) copy[`extra${index % 3}`] = wrong;
      else if (change === 'missing') delete copy[key];
      else copy[key] = wrong;
      return copy;
    });
}

/** Built from JSON text so that `__proto__` is an own key, as it is after IPC deserialisation. */
const pollutedPayload = fc
  .record({
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
    inner: fc.constantFrom(
      '{"polluted":"yes"}',
      '{"prototype":{"polluted":"yes"}}',
      '{"__proto__":{"polluted":"yes"}}',
      '[{"polluted":"yes"}]',
      '"polluted"',
      'null',
    ),
    field: fc.constantFrom(...allFields, 'x'),
    placement: fc.constantFrom('top', 'inside-field', 'beside-fields'),
  })
  .map(({ key, inner, field, placement }) => {
    const polluting = `${JSON.stringify(key)}:${inner}`;
    if (placement === 'top') return JSON.parse(`{${polluting}}`) as unknown;
    if (placement === 'inside-field') return JSON.parse(`{${JSON.stringify(field)}:{${polluting}}}`) as unknown;
    return JSON.parse(`{${polluting},${JSON.stringify(field)}:"trade-volume","starred":true}`) as unknown;
  });

const knownChannel = fc.constantFrom(...channelNames);

const unknownChannel = fc
  .oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom<unknown>(
      '',
      ' getLibrary',
      'getLibrary ',
      'GETLIBRARY',
      'briefing:getLibrary',
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '__defineGetter__',
      hugeStrings[0],
      42,
      null,
      undefined,
      {},
      [],
      ['getLibrary'],
      Object.create(null),
      deepValues[1],
    ),
  )
  .filter((name) => !(channelNames as readonly unknown[]).includes(name));

function runs(share: number): number {
  return Math.ceil(payloadBudget * share);
}

// ---------------------------------------------------------------------------------------------

describe('the router under fuzzing', () => {
  it(
    'answers random values on every channel',
    async () => {
      await fc.assert(fc.asyncProperty(knownChannel, anyValue, send), { numRuns: runs(0.3) });
    },
    timeoutMs,
  );

  it(
    'answers valid, nearly valid and wrong-typed requests on each channel',
    async () => {
      for (const name of channelNames) {
        const request = contract[name].request;
        await fc.assert(
          fc.asyncProperty(fc.oneof(plausible(request), nearlyValid(request)), (payload) => send(name, payload)),
          { numRuns: Math.ceil(runs(0.35) / channelNames.length) },
        );
      }
    },
    timeoutMs,
  );

  it(
    'answers prototype-pollution keys without polluting anything',
    async () => {
      await fc.assert(fc.asyncProperty(knownChannel, pollutedPayload, send), { numRuns: runs(0.15) });
    },
    timeoutMs,
  );

  it(
    'answers 1 MB strings and 10,000-deep nesting in every field and as the whole payload',
    async () => {
      for (const name of channelNames) {
        for (const value of [...hugeStrings, ...deepValues]) {
          await send(name, value);
          for (const field of requestFields(name)) await send(name, { [field]: value });
          await send(name, { [hugeStrings[0]!]: value });
        }
      }
      await fc.assert(
        fc.asyncProperty(
          knownChannel,
          fc.constantFrom(...hugeStrings, ...deepValues),
          fc.constantFrom(...allFields),
          (name, value, field) => send(name, { [field]: value }),
        ),
        { numRuns: runs(0.05) },
      );
    },
    timeoutMs,
  );

  it(
    'answers unknown-channel for every name that is not a channel',
    async () => {
      await fc.assert(fc.asyncProperty(unknownChannel, anyValue, send), { numRuns: runs(0.15) });
    },
    timeoutMs,
  );

  it(`sent at least ${payloadBudget.toLocaleString('en')} payloads, and left the prototypes alone`, () => {
    expect(prototypesUntouched()).toBeUndefined();
    expect(sent).toBeGreaterThanOrEqual(payloadBudget);
    const lines = [...answers].map(
      ([channel, counts]) => `  ${channel}: ${[...counts].map(([code, count]) => `${code} ${count}`).join(', ')}`,
    );
    console.info(`[router fuzz] ${sent} payloads over ${channelNames.length} channels\n${lines.join('\n')}`);
  });
});

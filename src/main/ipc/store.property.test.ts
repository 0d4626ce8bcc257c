import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/channels';
import type { Envelope } from '../../shared/contract';
import { emptyUserData, type UserData } from '../../shared/schema/database';
import { applyPatch, type ChangeAnswer } from '../../shared/schema/userDataPatch';
import { serialiseBackup } from '../domain/backupFile';
import { databaseFromSeed } from '../domain/seed';
import type { Fault } from '../testing/faultyFileSystem';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../testing/routerOnTempFolder';
import { sampleSeed } from '../../shared/testing/sampleSeed';
import { savedDatabase } from '../testing/savedFiles';

/**
 * Random sequences of changes, undos, redos, imports, bursts of quick clicks and injected disk
 * failures, on the real router and store. After every step: the window (built only from the
 * answers, applied in revision order, stale ones dropped) equals what the main process holds,
 * which equals what a fresh open of the folder finds; a refused step changed nothing; and the
 * answers never went back in revision. PROPERTY_RUNS runs it longer.
 */
const runs = Number(process.env.PROPERTY_RUNS ?? 12);
const at = '2021-08-17T09:00:00.000Z';
const cards = ['summit-overview', 'trade-volume', 'enterprises'] as const;

type Step =
  | { kind: 'star'; card: number; on: boolean }
  | { kind: 'note'; card: number }
  | { kind: 'edit'; which: number; text: string }
  | { kind: 'deleteNote'; which: number }
  | { kind: 'tag'; card: number | null }
  | { kind: 'tagCard'; card: number; tags: number[] }
  | { kind: 'deleteTag'; which: number }
  | { kind: 'card' }
  | { kind: 'deleteCard'; which: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'import'; size: number }
  | { kind: 'burst'; steps: Step[] }
  | { kind: 'fault'; fault: Omit<Fault, 'times'>; times: number; step: Step };

const simple: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('star' as const), card: fc.nat(2), on: fc.boolean() }),
  fc.record({ kind: fc.constant('note' as const), card: fc.nat(2) }),
  fc.record({ kind: fc.constant('edit' as const), which: fc.nat(5), text: fc.string({ minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('deleteNote' as const), which: fc.nat(5) }),
  fc.record({ kind: fc.constant('tag' as const), card: fc.option(fc.nat(2)) }),
  fc.record({ kind: fc.constant('tagCard' as const), card: fc.nat(2), tags: fc.array(fc.nat(4), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('deleteTag' as const), which: fc.nat(4) }),
  fc.constant({ kind: 'card' as const }),
  fc.record({ kind: fc.constant('deleteCard' as const), which: fc.nat(3) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
  fc.record({ kind: fc.constant('import' as const), size: fc.integer({ min: 1, max: 3 }) }),
);

const fault = fc.record({
  operation: fc.constantFrom('write' as const, 'sync' as const, 'rename' as const, 'open' as const),
  code: fc.constantFrom('ENOSPC', 'EIO', 'EPERM', 'EBUSY', 'EAGAIN', 'EROFS'),
  path: fc.constant(/summit-briefing\.json/),
  writesOnly: fc.constant(true),
});

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: simple },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('burst' as const),
      steps: fc.array(simple, { minLength: 2, maxLength: 5 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('fault' as const),
      fault,
      times: fc.integer({ min: 1, max: 4 }),
      step: simple,
    }),
  },
);

interface Run {
  opened: RouterOnTempFolder;
  backupPath: string;
  /** What the window shows: the first library, then every answer applied in revision order. */
  shown: UserData;
  revision: number;
  sequence: number;
}

function pick<Item>(items: readonly Item[], index: number): Item | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** Turns a step into a call, choosing among the records that exist now (or a missing one). */
async function request(run: Run, step: Step): Promise<[ChannelName, unknown] | undefined> {
  const user = run.shown;
  const id = () => ++run.sequence;
  switch (step.kind) {
    case 'star':
      return ['setStarred', { factId: cards[step.card], starred: step.on }];
    case 'note':
      return [
        'createNote',
        { id: `note-${id()}`, factId: pick([...cards, ...user.ownFacts.map((f) => f.id)], step.card), markdown: 'n' },
      ];
    case 'edit':
      return ['updateNote', { noteId: pick(user.notes, step.which)?.id ?? 'note-missing', markdown: step.text }];
    case 'deleteNote':
      return ['deleteNote', { noteId: pick(user.notes, step.which)?.id ?? 'note-missing' }];
    case 'tag': {
      const n = id();
      return [
        'createTag',
        {
          id: `tag-${n}`,
          name: `tag ${n}`,
          color: 'blue',
          ...(step.card === null ? {} : { applyTo: cards[step.card] }),
        },
      ];
    }
    case 'tagCard':
      return [
        'setCardTags',
        { factId: cards[step.card], tagIds: step.tags.map((index) => pick(user.tags, index)?.id ?? 'tag-missing') },
      ];
    case 'deleteTag':
      return ['deleteTag', { tagId: pick(user.tags, step.which)?.id ?? 'tag-missing' }];
    case 'card':
      return [
        'createCard',
        { id: `user-${id()}`, card: { topic: 'security', title: 'Mine', body: 'Text.', figures: [], people: [] } },
      ];
    case 'deleteCard':
      return ['deleteCard', { factId: pick(user.ownFacts, step.which)?.id ?? 'user-missing' }];
    case 'undo':
    case 'redo':
      return [step.kind, {}];
    case 'import': {
      const n = id();
      const notes = Array.from({ length: step.size }, (_, index) => ({
        id: `note-imported-${n}-${index}`,
        factId: 'enterprises',
        markdown: `imported ${n}`,
        createdAt: at,
        updatedAt: at,
      }));
      const database = {
        ...databaseFromSeed(sampleSeed()),
        user: { ...emptyUserData, notes, starred: ['enterprises'] },
      };
      await writeFile(run.backupPath, serialiseBackup(database, at));
      const preview = await run.opened.router.handle('previewImport', {});
      if (!preview.ok) throw new Error(`preview failed: ${JSON.stringify(preview.error)}`);
      return ['applyImport', { token: (preview.value as { token: string }).token }];
    }
    default:
      return undefined;
  }
}

/** The window's rule: apply an answer unless it is older than the last one applied. */
function applyAnswer(run: Run, envelope: Envelope<unknown>): void {
  if (!envelope.ok) return;
  const answer = envelope.value as ChangeAnswer;
  expect(answer.revision).toBeGreaterThanOrEqual(run.revision);
  if (answer.revision < run.revision) return;
  run.revision = answer.revision;
  run.shown = applyPatch(run.shown, answer.changed);
}

async function perform(run: Run, step: Step): Promise<void> {
  const { router, disk, dataDirectory } = run.opened;
  if (step.kind === 'burst') {
    // Quick clicks: every call sent before any answer is in.
    const calls = [];
    for (const inner of step.steps) {
      const made = await request(run, inner);
      if (made) calls.push(router.handle(made[0], made[1]));
    }
    for (const envelope of await Promise.all(calls)) applyAnswer(run, envelope);
    return;
  }
  if (step.kind === 'fault') {
    // What a fresh start finds, not the bytes: a compaction may rewrite both files with the same content meanwhile.
    const before = await savedDatabase(dataDirectory);
    const heal = disk.fail({ ...step.fault, times: step.times });
    const made = await request(run, step.step);
    const envelope = made ? await router.handle(made[0], made[1]) : undefined;
    heal();
    if (envelope) applyAnswer(run, envelope);
    // A refused change is refused whole: a fresh start finds exactly what it found before.
    if (envelope && !envelope.ok) expect(await savedDatabase(dataDirectory)).toEqual(before);
    return;
  }
  const made = await request(run, step);
  if (made) applyAnswer(run, await router.handle(made[0], made[1]));
}

describe('the store under random changes, undos, imports and disk failures', () => {
  it(`keeps the window, memory and disk equal, and loses nothing acknowledged (${runs} runs)`, async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'summit-briefing-property-'));
    try {
      await fc.assert(
        // Compaction after 1 to 8 journal lines: the journal is folded into the file at random points,
        // also in the middle of bursts and under injected faults.
        fc.asyncProperty(
          fc.array(step, { minLength: 5, maxLength: 25 }),
          fc.integer({ min: 1, max: 8 }),
          async (steps, maxLines) => {
            const backupPath = join(scratch, 'backup.json');
            const opened = await openRouterOnTempFolder('property', {
              dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => backupPath },
              store: { writeDelayMs: 2, retryDelaysMs: [1, 1], compaction: { maxLines, minBytes: 1 << 30 } },
            });
            try {
              const first = await opened.router.handle('getLibrary', {});
              if (!first.ok) throw new Error('no library');
              const library = first.value as { user: UserData; revision: number };
              const run: Run = { opened, backupPath, shown: library.user, revision: library.revision, sequence: 0 };
              for (const current of steps) {
                await perform(run, current);
                await opened.router.flush();
                const held = await opened.router.handle('getLibrary', {});
                if (!held.ok) throw new Error('no library');
                const inMemory = (held.value as { user: UserData }).user;
                expect(run.shown).toEqual(inMemory);
                expect((await savedDatabase(opened.dataDirectory)).user).toEqual(inMemory);
              }
              // And a real restart shows it too.
              const restarted = await (await opened.reopen()).handle('getLibrary', {});
              expect(restarted.ok && (restarted.value as { user: UserData }).user).toEqual(run.shown);
            } finally {
              await closeRouterOnTempFolder(opened);
            }
          },
        ),
        { numRuns: runs },
      );
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }, 120_000);
});

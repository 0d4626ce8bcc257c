import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildBridge } from '../../../shared/bridge';
import { channelNames } from '../../../shared/channels';
import { checkResponse, type RequestOf } from '../../../shared/contract';
import { newId, type CreatedKind } from '../../../shared/schema/clientIds';
import { openBriefingRouter, type BriefingRouter } from '../../../main/ipc/openBriefingRouter';
import type { ExternalLinks } from '../../../main/ipc/externalLinks';
import { FaultyFileSystem } from '../../../main/testing/faultyFileSystem';
import { create } from '../../../main/testing/routerCalls';
import type { Seed } from '../../../shared/schema/seed';
import { serviceFromBridge, type BriefingService, type Requests } from '../../../shared/service';

// A plain path, not a URL: under jsdom `URL` is jsdom's, which node:fs does not accept.
export const seedPath = resolve(process.cwd(), 'resources/seed/summit-2021.json');

export async function readSeed(): Promise<Seed> {
  return JSON.parse(await readFile(seedPath, 'utf8')) as Seed;
}

type CreateChannel = 'createNote' | 'createHighlight' | 'createTag' | 'createCard';
const kindOf: Record<CreateChannel, CreatedKind> = {
  createNote: 'note',
  createHighlight: 'highlight',
  createTag: 'tag',
  createCard: 'card',
};

export interface RealBriefing {
  /** The typed service over that bridge, checking every answer against the contract. */
  service: BriefingService;
  router: BriefingRouter;
  dataDirectory: string;
  /** The disk the store writes to: real, until a test makes it fail. */
  disk: FaultyFileSystem;
  /** Creates a record through the real router (with a fresh id unless given one) and answers it as saved. */
  make<Name extends CreateChannel>(
    name: Name,
    request: Omit<RequestOf<Name>, 'id'> & { id?: string },
  ): ReturnType<typeof create<Name>>;
  cleanup(): Promise<void>;
}

/**
 * The renderer wired to the real router and lowdb store on a temp folder, through the same
 * bridge the preload builds: only the IPC hop is skipped, because jsdom has no Electron.
 */
export async function openRealBriefing(
  dataDirectory?: string,
  options: { links?: ExternalLinks } = {},
): Promise<RealBriefing> {
  const directory = dataDirectory ?? (await mkdtemp(join(tmpdir(), 'summit-briefing-renderer-')));
  const disk = new FaultyFileSystem();
  const router = await openBriefingRouter({
    dataDirectory: directory,
    seed: await readSeed(),
    store: { fileSystem: disk, retryDelaysMs: [5, 10] },
    ...(options.links ? { links: options.links } : {}),
  });
  const bridge = buildBridge(channelNames, (name, request) => router.handle(name, request));
  return {
    service: serviceFromBridge(bridge, { check: checkResponse }),
    router,
    dataDirectory: directory,
    disk,
    make: (name, request) =>
      create(router, name, { ...request, id: request.id ?? newId(kindOf[name]) } as Requests[typeof name]),
    cleanup: async () => {
      // A save may still be on its way to disk when a test ends; let it land before removing the folder.
      disk.heal();
      await router.flush();
      await rm(directory, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

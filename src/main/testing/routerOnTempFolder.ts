import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseFileName } from '../domain/factStore';
import { openBriefingRouter, type BriefingRouter, type OpenBriefingRouterOptions } from '../ipc/openBriefingRouter';
import { FaultyFileSystem } from './faultyFileSystem';
import { controlledTime } from './routerCalls';
import { sampleSeed } from '../../shared/testing/sampleSeed';

export interface RouterOnTempFolder {
  dataDirectory: string;
  filePath: string;
  time: ReturnType<typeof controlledTime>;
  /** The disk the router writes to: real, until the test injects a fault. */
  disk: FaultyFileSystem;
  router: BriefingRouter;
  /** Opens another router on the same folder and disk, as a restart of the app would. */
  reopen(): Promise<BriefingRouter>;
}

export type TempFolderOptions = Partial<Omit<OpenBriefingRouterOptions, 'dataDirectory'>> & {
  store?: NonNullable<OpenBriefingRouterOptions['store']>;
};

/**
 * The real router and store on a fresh temp folder, with a clock the test controls, a disk it
 * can make fail, and short retry waits so a transient failure's backoff costs milliseconds.
 */
export async function openRouterOnTempFolder(
  name: string,
  options: TempFolderOptions = {},
): Promise<RouterOnTempFolder> {
  const dataDirectory = await mkdtemp(join(tmpdir(), `summit-briefing-${name}-`));
  const time = controlledTime();
  const disk = new FaultyFileSystem();
  const open = () =>
    openBriefingRouter({
      seed: sampleSeed(),
      ...options,
      dataDirectory,
      store: { writeDelayMs: 10, clock: time.clock, fileSystem: disk, retryDelaysMs: [1, 2, 4], ...options.store },
    });
  const router = await open();
  return { dataDirectory, filePath: join(dataDirectory, databaseFileName), time, disk, router, reopen: open };
}

/** Lets the last write land, then removes the folder. */
export async function closeRouterOnTempFolder({ router, dataDirectory, disk }: RouterOnTempFolder): Promise<void> {
  disk.heal();
  await router.flush();
  await rm(dataDirectory, { recursive: true, force: true, maxRetries: 5 });
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseFileName } from '../domain/factStore';
import { controlledTime } from './routerCalls';
import { sampleSeed } from './sampleSeed';
import { openBriefingRouter, type BriefingRouter } from '../ipc/openBriefingRouter';

export interface RouterOnTempFolder {
  dataDirectory: string;
  filePath: string;
  time: ReturnType<typeof controlledTime>;
  router: BriefingRouter;
}

/** The real router and store on a fresh temp folder, with a clock and ids the test controls. */
export async function openRouterOnTempFolder(name: string): Promise<RouterOnTempFolder> {
  const dataDirectory = await mkdtemp(join(tmpdir(), `summit-briefing-${name}-`));
  const time = controlledTime();
  const router = await openBriefingRouter({
    dataDirectory,
    seed: sampleSeed(),
    store: { writeDelayMs: 10, clock: time.clock, newId: time.newId },
  });
  return { dataDirectory, filePath: join(dataDirectory, databaseFileName), time, router };
}

/** Lets the last write land, then removes the folder. */
export async function closeRouterOnTempFolder({ router, dataDirectory }: RouterOnTempFolder): Promise<void> {
  await router.flush();
  await rm(dataDirectory, { recursive: true, force: true, maxRetries: 5 });
}

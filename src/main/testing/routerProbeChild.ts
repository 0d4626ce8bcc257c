/**
 * TEST ONLY. A tiny main process for tests that must run as another user (a folder that user may
 * not write, for real): opens the real router on argv[2], makes the calls in argv[3] (JSON), and
 * prints each answer's envelope as one JSON line. Bundled and run by readOnlyFolder.test.ts.
 */
import { openBriefingRouter } from '../ipc/openBriefingRouter';
import { sampleSeed } from '../../shared/testing/sampleSeed';

async function main(dataDirectory: string, calls: Array<[string, unknown]>): Promise<void> {
  const router = await openBriefingRouter({ dataDirectory, seed: sampleSeed() });
  for (const [channel, payload] of calls) {
    process.stdout.write(`${JSON.stringify(await router.handle(channel, payload))}\n`);
  }
  await router.flush();
}

const [dataDirectory, calls] = process.argv.slice(2);
if (process.env.SUMMIT_BRIEFING_PROBE_CHILD === '1' && dataDirectory && calls) {
  main(dataDirectory, JSON.parse(calls) as Array<[string, unknown]>).catch((error: unknown) => {
    process.stderr.write(`probe failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  });
}

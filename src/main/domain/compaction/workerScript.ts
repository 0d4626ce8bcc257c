import { workerScript } from '../workers/workerScript';

/** Where the compaction worker's script is: beside the built main bundle, or bundled from source. */
export function compactionWorkerScript(): Promise<string> {
  return workerScript('compactionWorker', import.meta.url);
}

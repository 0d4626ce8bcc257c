import { fork } from 'node:child_process';
import { once } from 'node:events';

export interface RequestRecorder {
  origin: string;
  /** Every request the server heard so far, as "GET /path". */
  heard(): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * A web server on the loopback address, in a child process, that answers everything and writes down every
 * request: pointed at by a hostile page's scripts, images, styles and frames, it proves an import fetched nothing
 * if it heard nothing.
 */
export async function startRequestRecorder(): Promise<RequestRecorder> {
  const child = fork(new URL('./requestRecorderServer.mjs', import.meta.url), [], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  const origin = `http://127.0.0.1:${Number.parseInt(chunk.toString(), 10)}`;
  return {
    origin,
    heard: async () => (await (await fetch(`${origin}/__heard`)).json()) as string[],
    stop: async () => {
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    },
  };
}

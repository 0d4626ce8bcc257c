/**
 * A hostile page: scripts inline and remote, inline handlers, remote images, styles, fonts and frames, forms,
 * `javascript:` links, CSS `url()`, a meta refresh and a base address, all pointing at a local server. Importing it
 * must run nothing, fetch nothing, and keep only the article's words.
 */
import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphDisplay } from '../../../shared/sources/paragraphs/paragraphSpans';
import { readSourceFile } from './importSourceFile';
import { parseInertPage } from './inertPage';
import { fixturePath, scratchFolder, writeScratch } from './testing/articleFixtures';
import { startRequestRecorder } from './testing/requestRecorder';

let recorder: Awaited<ReturnType<typeof startRequestRecorder>>;
let scratch: Awaited<ReturnType<typeof scratchFolder>>;

beforeAll(async () => {
  recorder = await startRequestRecorder();
  scratch = await scratchFolder();
});
afterAll(async () => {
  await recorder.stop();
  await scratch.remove();
});

describe('a hostile HTML page', () => {
  it('proves the recorder hears a request when one is made', async () => {
    await fetch(`${recorder.origin}/control`);
    expect(await recorder.heard()).toEqual(['GET /control']);
  });

  it('is imported as its article’s words only: nothing runs, nothing is fetched, nothing of the markup is kept', async () => {
    const page = (await readFile(fixturePath('hostile.html'), 'utf8')).replaceAll('{{ORIGIN}}', recorder.origin);
    const path = await writeScratch(scratch.path('hostile.html'), page);
    const draft = await readSourceFile(path);
    // Anything a page might start (an image load, a frame, a redirect) would have reached the server by now.
    await delay(500);
    expect(await recorder.heard()).toEqual(['GET /control']);

    expect(draft.paragraphs.map((paragraph) => paragraphDisplay(draft.text, paragraph))).toEqual([
      'The Astana Times reported that Kazakhstan and South Korea signed a deal worth USD 1.7 billion during the two day visit.',
      'Kazakh President Toqayey acknowledged the presence of more than 550 Korean enterprises in Kazakhstan including Samsung, Hyundai, Lotte and so on. Read the report and the summary.',
      'He also stated that 24 more projects were being worked upon.',
      'South Korean President Moon Jae-in proposed a potential joint research project focussed on the natural resources in Kazakhstan.',
    ]);
    const port = new URL(recorder.origin).port;
    for (const trace of [
      port,
      '127.0.0.1',
      '<',
      'javascript',
      'fetch',
      'onerror',
      'url(',
      'Subscribe',
      'Framed',
      'Noscript',
      'Template',
      'fallback',
      'Math words',
      'document.write',
    ]) {
      expect(draft.text, trace).not.toContain(trace);
    }
    expect(draft.suggested.title).toBe('Deal signed during the two day visit');
    expect(draft.suggested.url).toBeUndefined();
  });

  it('stays silent in the inert DOM even when the window is kept open for the page to try', async () => {
    const page = (await readFile(fixturePath('hostile.html'), 'utf8')).replaceAll('{{ORIGIN}}', recorder.origin);
    const dom = parseInertPage(new TextEncoder().encode(page));
    try {
      await delay(800);
      expect(dom.window.document.title).toBe('Deal signed during the two day visit');
      expect(dom.window.document.querySelectorAll('img').length).toBeGreaterThan(0);
      expect(await recorder.heard()).toEqual(['GET /control']);
    } finally {
      dom.window.close();
    }
  });
});

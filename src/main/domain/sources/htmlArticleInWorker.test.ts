import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from './htmlArticle';
import { readHtmlArticleInWorker } from './htmlArticleInWorker';
import { fixturePath } from './testing/articleFixtures';

async function fixtureBytes(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(fixturePath(name)));
}

/** A page of about `bytes` bytes: the fixture's article repeated, which jsdom and Readability read slowly. */
async function largePage(bytes: number): Promise<Uint8Array> {
  const html = await readFile(fixturePath('article.html'), 'utf8');
  const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
  const body = article.repeat(Math.ceil(bytes / article.length));
  return new TextEncoder().encode(`<!doctype html><html><head><title>Large</title></head><body>${body}</body></html>`);
}

/** The longest the event loop went without running a timer while `work` ran. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number; tookMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  try {
    const result = await work();
    return { result, stallMs, tookMs: performance.now() - started };
  } finally {
    clearInterval(probe);
  }
}

describe('reading an HTML page in a worker', () => {
  it('gives exactly what reading it in the process gives', async () => {
    const bytes = await fixtureBytes('article.html');
    expect(await readHtmlArticleInWorker(bytes, { fileName: 'article.html' })).toEqual(readHtmlArticle(bytes));
  });

  it('keeps the main event loop turning while a 1 MB page is read', async () => {
    // The worker's script is bundled from source on first use; that is not what is measured.
    await readHtmlArticleInWorker(await fixtureBytes('article.html'), { fileName: 'warm-up.html' });
    const page = await largePage(1024 * 1024);
    const { result, stallMs, tookMs } = await longestStall(() =>
      readHtmlArticleInWorker(page, { fileName: 'large.html' }),
    );
    expect(result.text.length).toBeGreaterThan(100_000);
    // In the process, the loop stood still for the whole read (seconds); a worker leaves it free.
    expect(tookMs).toBeGreaterThan(stallMs * 4);
    expect(stallMs).toBeLessThan(1_000);
  }, 60_000);

  it('stops a page that takes too long, naming the file, and says nothing was imported', async () => {
    const page = await largePage(1024 * 1024);
    await expect(readHtmlArticleInWorker(page, { fileName: 'slow.html', timeLimitMs: 50 })).rejects.toThrow(
      /^slow\.html cannot be imported: reading its text took longer than 50 ms, so it was stopped\. .* Nothing was imported\.$/,
    );
  }, 30_000);
});

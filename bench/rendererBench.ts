import type { Browser, BrowserContext, Page } from '@playwright/test';
import { launchBrowserApp } from '../e2e/targets/browserTarget';
import { searchMark } from '../src/shared/search/searchProtocol';
import { sleep, summarise, type Summary } from './stats';

/**
 * Runs in the page before the app's own scripts. "Painted" is taken as the first frame after
 * the DOM change: a requestAnimationFrame callback (the frame is being produced) followed by a
 * message-channel task (the frame has been handed to the compositor) — the usual "after next
 * paint" probe, since the app's elements carry no `elementtiming` attribute.
 */
const probeScript = `(() => {
  const bench = { firstCard: undefined, firstCardDom: undefined, keys: [], armed: undefined, result: undefined, libraryAsked: undefined, libraryArrived: undefined, wholeArrived: undefined };
  Object.defineProperty(window, '__bench', { value: bench });
  const afterPaint = (record) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(0);
  });
  const observer = new MutationObserver(() => {
    if (bench.firstCardDom === undefined && document.querySelector('article.card')) {
      bench.firstCardDom = performance.now();
      afterPaint((at) => { bench.firstCard = at; });
    }
    const armed = bench.armed;
    if (armed && bench.result === undefined && !armed.seen) {
      const count = document.querySelector('.result-count');
      if (count && count.textContent.includes('match \\u201c' + armed.query + '\\u201d')) {
        armed.seen = true;
        afterPaint((at) => { bench.result = at; });
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('keydown', () => bench.keys.push(performance.now()), true);
  // When the library reaches the page: wraps the binding the bridge calls, whether Playwright
  // installed it before this script or assigns it later (if it redefines it, the figure is missing).
  let invoke = window.__briefingInvoke;
  Object.defineProperty(window, '__briefingInvoke', {
    configurable: true,
    set(value) { invoke = value; },
    get() {
      return invoke && ((name, request) => {
        const asked = performance.now();
        const answer = invoke(name, request);
        // The first screen is what the first card is painted from; the last page completes the library.
        if (name === 'getFirstScreen' && bench.libraryAsked === undefined) {
          bench.libraryAsked = asked;
          answer.then(() => { bench.libraryArrived = performance.now(); }, () => undefined);
        }
        if (name === 'getLibraryPage') {
          answer.then((envelope) => {
            if (envelope && envelope.ok && envelope.value.next === undefined) bench.wholeArrived = performance.now();
          }, () => undefined);
        }
        return answer;
      });
    },
  });
})();`;

/**
 * Makes launchBrowserApp's own context carry the probe, so the app starts exactly as in the e2e
 * target. launchBrowserApp opens the router (the main process's start) before it asks for a
 * context, so the moment of that call is when the main process is ready.
 */
function instrumented(
  browser: Browser,
  onContext: () => void,
  onAnswer: (name: string, ms: number, answer: unknown) => void,
): Browser {
  return forwarding(browser, {
    newContext: async (...args: Parameters<Browser['newContext']>): Promise<BrowserContext> => {
      onContext();
      const context = await browser.newContext(...args);
      await context.addInitScript({ content: probeScript });
      // Times the router's answers in Node, so the rest of the wait is the transport.
      return forwarding(context, {
        exposeBinding: (name: string, callback: (source: unknown, ...args: unknown[]) => unknown) =>
          context.exposeBinding(name, async (source, ...args: unknown[]) => {
            const started = performance.now();
            const answer = await callback(source, ...args);
            if (typeof args[0] === 'string') onAnswer(args[0], performance.now() - started, answer);
            return answer;
          }),
      });
    },
  });
}

/** `target` with some methods replaced; every other property is the target's own, bound to it. */
function forwarding<Target extends object>(target: Target, overrides: Record<string, unknown>): Target {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'string' && property in overrides) return overrides[property];
      const value = Reflect.get(object, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}

/** The little of the DOM read from Node-side callbacks (this Node project has no DOM types; the page's CSP forbids string evaluation). */
interface PageDocument {
  document: {
    querySelector(selector: string): { textContent: string | null } | null;
    body: { innerText: string };
  };
}

/** What the probe keeps on `window`; read through globalThis, as this Node project has no DOM types. */
interface BenchWindow {
  __bench: {
    firstCard?: number;
    firstCardDom?: number;
    libraryAsked?: number;
    libraryArrived?: number;
    wholeArrived?: number;
    keys: number[];
    armed?: { query: string; seen?: boolean };
    result?: number;
  };
}

/** How long a start may take before it is reported as "over N s" instead of waited for. */
export const firstCardTimeoutMs = 60_000;

export interface RendererFigures {
  /** Set when a start did not paint a card in time: the figures below are then from earlier runs, if any. */
  timedOutAfterMs?: number;
  /**
   * The app's whole start: the main process's share (read the seed, open the database, the
   * router ready) plus the renderer's (navigation start to the first card painted).
   */
  startToFirstCard: Summary;
  /** The same, on a start with no first screen kept by a quit (the first start, or one after a crash). */
  coldStartToFirstCard: Summary;
  /** The main process's share: seed read, database opened, router ready. */
  mainStart: Summary;
  /** The router answering the window's getFirstScreen (validating the reply), inside the start. */
  getLibrary: Summary;
  /** Navigation start to the app asking for the first screen: loading and running the renderer's scripts. */
  libraryAsked: Summary;
  /** The app asking for the first screen to the answer arriving: the router plus the transport. */
  libraryWait: Summary;
  /** The first screen arriving to the whole library's last page arriving. */
  pagesWait: Summary;
  /** How many pages the rest of the library came in. */
  pages: number;
  /** The first screen arriving to the first card painted: React's first render (and what it computes). */
  renderAfterLibrary: Summary;
  /** From navigation start (the page's time origin) to the first card painted: the renderer's share. */
  navigationToFirstCard: Summary;
  /** The page's first contentful paint (the "Opening the briefing…" screen): the same page's floor. */
  firstContentfulPaint: Summary;
  /** From the last key of a query to that query's results painted. */
  typingToResults: Summary;
  /** From the first key of a query to its results painted (includes the typing itself). */
  firstKeyToResults: Summary;
  /**
   * The search worker's own lookup for each typed query (its `tookMs`, read from the page's performance mark), typed
   * at once after the first card, while the index is still being built: it searches the cards indexed so far.
   */
  workerSearch: Summary;
  /** The same queries typed again once every card is indexed: the lookup, and last key → results painted. */
  fullIndex: { workerSearch: Summary; typingToResults: Summary; waitedMs: Summary };
  /**
   * Electron's IPC structured-clones the answer; the browser target's bridge sends it as JSON over
   * CDP, which is slower. The same pages, structuredClone'd in Node (summed over a start), are what
   * Electron would pay, so a transport figure can be read against it.
   */
  payloadClone: Summary;
  /** The pages' size as JSON, summed. */
  payloadBytes: number;
  /** JS heap in use after a forced garbage collection, once the library is shown. */
  heapUsedMb: Summary;
  domNodes: number;
}

async function heapAfterGc(page: Page): Promise<{ heapMb: number; nodes: number }> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Performance.enable');
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
    return { heapMb: metric('JSHeapUsedSize') / 1024 / 1024, nodes: metric('Nodes') };
  } finally {
    await session.detach();
  }
}

async function typeQuery(
  page: Page,
  query: string,
): Promise<{ fromLastKey: number; fromFirstKey: number; workerMs: number; indexed: number; complete: boolean }> {
  await page.evaluate((armedQuery) => {
    const bench = (globalThis as unknown as BenchWindow).__bench;
    bench.keys = [];
    bench.result = undefined;
    bench.armed = { query: armedQuery };
  }, query);
  await page.getByRole('searchbox', { name: 'Search briefing' }).focus();
  await page.keyboard.type(query);
  await page.waitForFunction(() => (globalThis as unknown as BenchWindow).__bench.result !== undefined, undefined, {
    timeout: 60_000,
  });
  const timing = await page.evaluate((markName) => {
    const bench = (globalThis as unknown as BenchWindow).__bench;
    const mark = performance.getEntriesByName(markName).at(-1) as PerformanceMark | undefined;
    return {
      result: bench.result ?? Number.NaN,
      first: bench.keys[0] ?? Number.NaN,
      last: bench.keys.at(-1) ?? Number.NaN,
      workerMs: (mark?.detail as { tookMs?: number } | undefined)?.tookMs ?? Number.NaN,
      indexed: (mark?.detail as { indexed?: number } | undefined)?.indexed ?? Number.NaN,
      complete: (mark?.detail as { complete?: boolean } | undefined)?.complete === true,
    };
  }, searchMark);
  // Clear for the next query: Escape empties the box, and the unfiltered count comes back.
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    () =>
      !(globalThis as unknown as PageDocument).document.querySelector('.result-count')?.textContent?.includes('match'),
    undefined,
    { timeout: 60_000 },
  );
  return {
    fromLastKey: timing.result - timing.last,
    fromFirstKey: timing.result - timing.first,
    workerMs: timing.workerMs,
    indexed: timing.indexed,
    complete: timing.complete,
  };
}

/**
 * Opens the real renderer (the browser target of the e2e tests) on `dataDir` `runs` times and
 * times the start, a few typed queries, and the heap.
 */
export async function measureRenderer(
  browser: Browser,
  dataDir: string,
  runs: number,
  queries: readonly string[],
  /** How many cards the whole index holds: the second round of typing waits until the worker has them all. */
  documents: number,
  /** What the second round types: more queries than the first, since it is the one the budgets are judged on. */
  fullIndexQueries: readonly string[] = queries,
): Promise<RendererFigures> {
  const startToFirst: number[] = [];
  /** Start 0: no first screen kept yet (a first start, or one after a crash); the others follow a quit. */
  const coldStart: number[] = [];
  const navigationToFirst: number[] = [];
  const firstPaint: number[] = [];
  const mainStart: number[] = [];
  const getLibrary: number[] = [];
  const libraryAsked: number[] = [];
  const libraryWait: number[] = [];
  const renderAfterLibrary: number[] = [];
  const typing: number[] = [];
  const firstKey: number[] = [];
  const heap: number[] = [];
  const workerSearch: number[] = [];
  const fullWorkerSearch: number[] = [];
  const fullTyping: number[] = [];
  const fullWaited: number[] = [];
  const payloadClone: number[] = [];
  let payloadBytes = 0;
  let domNodes = 0;
  let timedOut = false;
  const errors: string[] = [];
  const pagesWait: number[] = [];
  let pages = 0;
  // Run 0 starts on a folder no quit has yet left a first screen in; it is reported apart and
  // measures nothing else. Every later start follows the quit of the one before, as a user's do.
  for (let run = 0; run <= runs; run++) {
    let runClone = 0;
    let runBytes = 0;
    let runPages = 0;
    const startedAt = performance.now();
    let mainReadyAt = Number.NaN;
    const app = await launchBrowserApp(
      instrumented(
        browser,
        () => (mainReadyAt = performance.now()),
        (name, took, answer) => {
          if (name === 'getFirstScreen') getLibrary.push(took);
          if (name !== 'getLibraryPage') return;
          const cloned = performance.now();
          structuredClone(answer);
          runClone += performance.now() - cloned;
          runBytes += JSON.stringify(answer).length;
          runPages += 1;
        },
      ),
      dataDir,
      (error) => errors.push(String(error)),
    );
    try {
      app.page.on('pageerror', (error) => errors.push(error.message));
      const painted = await app.page
        .waitForFunction(() => (globalThis as unknown as BenchWindow).__bench.firstCard !== undefined, undefined, {
          timeout: firstCardTimeoutMs,
        })
        .then(
          () => true,
          async (error: unknown) => {
            const shown = await app.page
              .evaluate(() => (globalThis as unknown as PageDocument).document.body.innerText.slice(0, 300))
              .catch(() => 'nothing readable (the page is busy)');
            // Still opening is a result (far over budget); anything else on screen is a failure.
            if (!/Opening the briefing|nothing readable/.test(shown)) {
              throw new Error(`no card was painted (${String(error).split('\n')[0]}); the window shows: ${shown}`);
            }
            return false;
          },
        );
      if (!painted) {
        timedOut = true;
        break;
      }
      if (run === 0) {
        const firstCard = await app.page.evaluate(
          () => (globalThis as unknown as BenchWindow).__bench.firstCard ?? Number.NaN,
        );
        coldStart.push(mainReadyAt - startedAt + firstCard);
        continue;
      }
      const paint = await app.page.evaluate(() => ({
        firstCard: (globalThis as unknown as BenchWindow).__bench.firstCard ?? Number.NaN,
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        asked: (globalThis as unknown as BenchWindow).__bench.libraryAsked ?? Number.NaN,
        arrived: (globalThis as unknown as BenchWindow).__bench.libraryArrived ?? Number.NaN,
      }));
      libraryAsked.push(paint.asked);
      libraryWait.push(paint.arrived - paint.asked);
      renderAfterLibrary.push(paint.firstCard - paint.arrived);
      navigationToFirst.push(paint.firstCard);
      firstPaint.push(paint.firstPaint);
      mainStart.push(mainReadyAt - startedAt);
      // Playwright's context and routes stand in for Electron creating its window; they are not the app's time.
      startToFirst.push(mainReadyAt - startedAt + paint.firstCard);
      // The typing below starts at once after the first card, while the pages still arrive (as a user would).
      for (const query of queries) {
        const timing = await typeQuery(app.page, query);
        typing.push(timing.fromLastKey);
        firstKey.push(timing.fromFirstKey);
        workerSearch.push(timing.workerMs);
      }
      const whole = await app.page
        .waitForFunction(() => (globalThis as unknown as BenchWindow).__bench.wholeArrived, undefined, {
          timeout: firstCardTimeoutMs * 2,
        })
        .then(() => app.page.evaluate(() => (globalThis as unknown as BenchWindow).__bench.wholeArrived ?? Number.NaN));
      pagesWait.push(whole - paint.arrived);
      // The index is built in slices after the pages: type until the worker answers from every card, then time the round.
      const fullFrom = performance.now();
      // Every card is in the index before their notes are: the window says when the notes are too (`complete`).
      let indexed = { indexed: 0, complete: false };
      const full = () => indexed.complete && indexed.indexed >= documents;
      while (!full() && performance.now() - fullFrom < firstCardTimeoutMs * 4) {
        indexed = await typeQuery(app.page, queries[0] ?? 'Tokayev');
        if (!full()) await sleep(500);
      }
      fullWaited.push(performance.now() - fullFrom);
      if (full()) {
        for (const query of fullIndexQueries) {
          const timing = await typeQuery(app.page, query);
          if (Number.isFinite(timing.fromLastKey)) fullTyping.push(timing.fromLastKey);
          else process.stderr.write(`[bench] “${query}”: results seen but no key timed (${JSON.stringify(timing)})\n`);
          fullWorkerSearch.push(timing.workerMs);
        }
      } else
        errors.push(
          `the search index held ${indexed.indexed} of ${documents} cards (complete: ${String(indexed.complete)}) after ${Math.round(fullWaited.at(-1) ?? 0)} ms`,
        );
      payloadClone.push(runClone);
      payloadBytes = runBytes;
      pages = runPages;
      const memory = await heapAfterGc(app.page);
      heap.push(memory.heapMb);
      domNodes = memory.nodes;
    } finally {
      // A page stuck in a long task may not close politely; the browser is closed at the end anyway.
      await Promise.race([app.close(), sleep(30_000, { unref: true })]);
    }
  }
  if (errors.length > 0) throw new Error(`The renderer reported errors: ${errors.slice(0, 3).join(' | ')}`);
  return {
    ...(timedOut ? { timedOutAfterMs: firstCardTimeoutMs } : {}),
    startToFirstCard: summarise(startToFirst),
    coldStartToFirstCard: summarise(coldStart),
    navigationToFirstCard: summarise(navigationToFirst),
    firstContentfulPaint: summarise(firstPaint),
    mainStart: summarise(mainStart),
    getLibrary: summarise(getLibrary),
    libraryAsked: summarise(libraryAsked),
    libraryWait: summarise(libraryWait),
    pagesWait: summarise(pagesWait),
    pages,
    renderAfterLibrary: summarise(renderAfterLibrary),
    typingToResults: summarise(typing),
    firstKeyToResults: summarise(firstKey),
    workerSearch: summarise(workerSearch.filter(Number.isFinite)),
    fullIndex: {
      workerSearch: summarise(fullWorkerSearch.filter(Number.isFinite)),
      typingToResults: summarise(fullTyping),
      waitedMs: summarise(fullWaited),
    },
    payloadClone: summarise(payloadClone),
    payloadBytes,
    heapUsedMb: summarise(heap),
    domNodes,
  };
}

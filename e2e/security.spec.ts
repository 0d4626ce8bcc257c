/**
 * What the page can and cannot do, on either target: the Content-Security-Policy stops injected
 * script and remote requests, and new windows, navigation away and permission requests are
 * refused. In Electron the refusals come from the main-process handlers (unit-tested in
 * src/main/electron/security.test.ts and src/main/ipc/securityPolicy.test.ts); on the browser
 * target only the page's own defences are the app's, and the harness aborts whatever would
 * leave for the network. Page code is passed as strings: these specs compile without the DOM
 * library.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const remoteUrl = 'https://example.com/';

// The spec provokes requests to example.com; the browser target aborts them, and they are expected.
test.use({ expectedBlockedRequests: [/^https:\/\/example\.com\//] });

interface Violation {
  directive: string;
  blocked: string;
}

async function libraryIsShown(page: Page): Promise<void> {
  await expect(page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first()).toBeVisible();
}

/**
 * Runs `body` (the inside of an async function, in the page) while recording the page's
 * securitypolicyviolation events, waits until the `awaited` directives have been reported (at
 * most 10 s: reports are queued tasks, slow on a busy machine), and returns the body's result
 * with the violations seen.
 */
async function withViolations<Result>(
  page: Page,
  awaited: string[],
  body: string,
): Promise<Result & { violations: Violation[] }> {
  return page.evaluate<Result & { violations: Violation[] }>(`(async () => {
    const violations = [];
    const record = (event) => violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    document.addEventListener('securitypolicyviolation', record, true);
    try {
      const result = await (async () => { ${body} })();
      const awaited = ${JSON.stringify(awaited)};
      for (let waited = 0; waited < 10000; waited += 50) {
        if (awaited.every((directive) => violations.some((violation) => violation.directive === directive))) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { ...result, violations };
    } finally {
      document.removeEventListener('securitypolicyviolation', record, true);
    }
  })()`);
}

test.beforeEach(async ({ page }) => {
  await libraryIsShown(page);
});

test('injected inline script, inline event handlers and eval do not run', async ({ page }) => {
  const result = await withViolations<{ ran: unknown[]; evalError: string }>(
    page,
    ['script-src-elem', 'script-src-attr', 'script-src'],
    `
    const script = document.createElement('script');
    script.textContent = 'window.__pwnedByScript = true';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img alt="" src="data:," onerror="window.__pwnedByHandler = true">';
    document.body.append(holder);
    // From a timer, not from this evaluation: DevTools lets the code it evaluates itself use eval.
    const evalError = await new Promise((resolve) =>
      setTimeout(() => {
        try {
          eval('window.__pwnedByEval = true');
          resolve('');
        } catch (error) {
          resolve(String(error));
        }
      }),
    );
    return {
      ran: [window.__pwnedByScript ?? null, window.__pwnedByHandler ?? null, window.__pwnedByEval ?? null],
      evalError,
    };`,
  );

  expect(result.ran).toEqual([null, null, null]);
  expect(result.evalError).toMatch(/EvalError/);
  const directives = result.violations.map((violation) => violation.directive);
  expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr', 'script-src']));
  await libraryIsShown(page);
});

test('requests to a remote host are blocked by the CSP before they leave', async ({ page }) => {
  const result = await withViolations<{ fetch: string; image: string }>(
    page,
    ['connect-src', 'img-src'],
    `
    let fetchOutcome;
    try {
      await fetch(${JSON.stringify(remoteUrl)});
      fetchOutcome = 'loaded';
    } catch (error) {
      fetchOutcome = 'refused: ' + String(error);
    }
    const image = await new Promise((resolve) => {
      const element = new Image();
      element.onload = () => resolve('loaded');
      element.onerror = () => resolve('refused');
      element.src = ${JSON.stringify(`${remoteUrl}logo.png`)};
    });
    return { fetch: fetchOutcome, image };`,
  );

  expect(result.fetch).toMatch(/^refused: TypeError/);
  expect(result.image).toBe('refused');
  expect(result.violations).toEqual(
    expect.arrayContaining([
      { directive: 'connect-src', blocked: remoteUrl },
      { directive: 'img-src', blocked: `${remoteUrl}logo.png` },
    ]),
  );
});

test('window.open never shows a remote page', async ({ page, app }) => {
  const context = page.context();
  const windowsBefore = context.pages().length;
  const popup = app.target === 'browser' ? page.waitForEvent('popup') : undefined;

  const opened = await page.evaluate<string>(
    `window.open(${JSON.stringify(remoteUrl)}) === null ? 'nothing' : 'a window'`,
  );

  if (app.target === 'electron') {
    // setWindowOpenHandler denies it: the page gets null and no window appears.
    expect(opened).toBe('nothing');
    await page.waitForTimeout(500);
    expect(context.pages()).toHaveLength(windowsBefore);
  } else {
    // Plain Chromium has no setWindowOpenHandler, so a popup opens, but its request is aborted.
    const popupPage = await popup!;
    await popupPage.waitForLoadState().catch(() => undefined);
    expect(popupPage.url()).not.toMatch(/^https:\/\/example\.com/);
    await expect(popupPage.getByText('Example Domain')).toHaveCount(0);
    await popupPage.close();
  }
  await libraryIsShown(page);
});

test('a form cannot send the page away (form-action)', async ({ page }) => {
  const appUrl = page.url();
  const result = await withViolations<{ articles: number }>(
    page,
    ['form-action'],
    `
    const form = document.createElement('form');
    form.action = ${JSON.stringify(remoteUrl)};
    form.method = 'post';
    document.body.append(form);
    form.submit();
    return { articles: document.querySelectorAll('article').length };`,
  );

  expect(result.violations).toContainEqual({ directive: 'form-action', blocked: remoteUrl });
  // Read from the page directly: Playwright's locators would wait for the refused submission to "finish".
  expect(page.url()).toBe(appUrl);
  expect(await page.evaluate<number>("document.querySelectorAll('article').length")).toBe(result.articles);
  expect(result.articles).toBeGreaterThan(0);
});

test('navigation away is refused and the app stays on its page', async ({ page, app }) => {
  const appUrl = page.url();

  await page.evaluate(`location.href = ${JSON.stringify(remoteUrl)}`);

  if (app.target === 'electron') {
    // will-navigate prevents it: the window never leaves the app's page. Read from the page
    // directly, as locators would wait for the refused navigation to "finish".
    await page.waitForTimeout(500);
    expect(page.url()).toBe(appUrl);
    expect(await page.evaluate<number>("document.querySelectorAll('article').length")).toBeGreaterThan(0);
  } else {
    // Plain Chromium has no will-navigate handler; the harness aborts the request instead.
    await page.waitForLoadState().catch(() => undefined);
    expect(page.url()).not.toMatch(/^https:\/\/example\.com/);
    await expect(page.getByText('Example Domain')).toHaveCount(0);
  }
});

test('permission requests are denied', async ({ page }) => {
  const result = await page.evaluate<{ notification: string; geolocation: string; query: string }>(`(async () => {
    const notification = await Notification.requestPermission();
    const geolocation = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve('no answer'), 5000);
      navigator.geolocation.getCurrentPosition(
        () => { clearTimeout(timer); resolve('granted'); },
        (error) => { clearTimeout(timer); resolve('denied (' + error.code + ')'); },
        { timeout: 4000 },
      );
    });
    const query = await navigator.permissions.query({ name: 'notifications' }).then((status) => status.state, String);
    return { notification, geolocation, query };
  })()`);

  expect(result.notification).toBe('denied');
  expect(result.geolocation).toBe('denied (1)');
  expect(result.query).toBe('denied');
});

test('the app’s files arrive with the CSP header, and nothing outside the renderer folder is served', async ({
  page,
}) => {
  const answers = await page.evaluate<{ policy: string | null; outside: number[] }>(`(async () => {
    const page = await fetch('index.html');
    const outside = [];
    for (const path of ['..%2fmain%2findex.js', '%2e%2e/main/index.js', '../../package.json', 'assets/..%5c..%5cpackage.json']) {
      outside.push((await fetch(path)).status);
    }
    return { policy: page.headers.get('content-security-policy'), outside };
  })()`);
  expect(answers.policy).toContain("default-src 'none'");
  expect(answers.policy).toContain("frame-ancestors 'none'");
  expect(answers.policy).toMatch(/script-src (app:\/\/summit-briefing|http:\/\/summit-briefing\.test);/);
  for (const status of answers.outside) expect(status).toBeGreaterThanOrEqual(400);
});

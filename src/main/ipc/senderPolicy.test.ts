import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isTrustedSender } from './senderPolicy';

const fileAppUrl = 'file:///opt/Summit%20Briefing/resources/app.asar/out/renderer/index.html';
const devAppUrl = 'http://localhost:5173/';

describe.each([
  { policy: 'isTrustedSender', check: isTrustedSender },
  { policy: 'isAllowedNavigation', check: isAllowedNavigation },
])('$policy', ({ check }) => {
  it.each([
    fileAppUrl,
    `${fileAppUrl}#/cards/trade-volume`,
    `${fileAppUrl}?topic=security`,
    `${fileAppUrl}?topic=security#notes`,
  ])('allows the app page %s', (url) => {
    expect(check(url, fileAppUrl)).toBe(true);
  });

  it('allows the dev server page with a hash', () => {
    expect(check(`${devAppUrl}#/export`, devAppUrl)).toBe(true);
  });

  it.each([
    'file:///opt/Summit%20Briefing/resources/app.asar/out/renderer/other.html',
    'file:///etc/passwd',
    'file:///opt/Summit%20Briefing/resources/app.asar/out/renderer/index.html/extra',
    'file://evil.example/opt/Summit%20Briefing/resources/app.asar/out/renderer/index.html',
    'https://evil.example/opt/Summit%20Briefing/resources/app.asar/out/renderer/index.html',
    'about:blank',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
  ])('refuses %s', (url) => {
    expect(check(url, fileAppUrl)).toBe(false);
  });

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost.evil.example:5173/',
    'http://localhost:5173/other',
  ])('refuses %s against the dev server', (url) => {
    expect(check(url, devAppUrl)).toBe(false);
  });

  it.each(['', 'not a url', '\u0000', 'index.html', '//localhost:5173/'])('refuses the garbage string %j', (url) => {
    expect(check(url, fileAppUrl)).toBe(false);
    expect(check(url, devAppUrl)).toBe(false);
  });

  it('refuses undefined', () => {
    expect(check(undefined as unknown as string, fileAppUrl)).toBe(false);
  });
});

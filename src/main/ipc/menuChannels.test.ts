/**
 * The window's native-menu channels against the real router: publishMenu hands the shell a list
 * only once it passes the contract's schema, and a hostile list is refused with a clear error
 * and leaves the last good menu as it was.
 */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublishedCommand } from '../../shared/menuCommands';
import { call, callFails } from '../testing/routerCalls';
import { openRouterOnTempFolder, type RouterOnTempFolder } from '../testing/routerOnTempFolder';
import { recordingAppShell, type RecordingAppShell } from './appShell';

let opened: RouterOnTempFolder;
let shell: RecordingAppShell;

const good: PublishedCommand[] = [
  { id: 'new-card', label: 'New card', menu: 'File', group: 'Cards', accelerator: 'CmdOrCtrl+N', enabled: true },
  { id: 'close-card', label: 'Close card', menu: 'File', group: 'Cards', accelerator: 'Esc', enabled: false },
  { id: 'theme-dark', label: 'Use dark theme', menu: 'View', group: 'View', enabled: true, checked: false },
];

beforeEach(async () => {
  shell = recordingAppShell();
  opened = await openRouterOnTempFolder('menu', { shell });
});

afterEach(async () => {
  await opened.router.close();
  await rm(opened.dataDirectory, { recursive: true, force: true, maxRetries: 5 });
});

describe('publishMenu', () => {
  it('hands the shell the published list', async () => {
    expect(await call(opened.router, 'publishMenu', { commands: good })).toEqual({ published: 3 });
    expect(shell.published).toEqual(good);
  });

  const hostile: [string, unknown, RegExp][] = [
    ['an id with markup', [{ ...good[0], id: '<img src=x onerror=alert(1)>' }], /command id/],
    ['an id listed twice', [good[0], good[0]], /listed twice/],
    ['a menu of its own', [{ ...good[0], menu: 'Window' }], /menu/],
    ['an accelerator that is not one', [{ ...good[0], accelerator: 'CmdOrCtrl+N; rm -rf /' }], /accelerator/i],
    ['a label of a megabyte', [{ ...good[0], label: 'x'.repeat(1_000_000) }], /label/],
    ['an empty label', [{ ...good[0], label: '   ' }], /label/],
    ['a field the schema does not know', [{ ...good[0], click: 'require("child_process")' }], /click/],
    ['a thousand commands', Array.from({ length: 1000 }, (_, index) => ({ ...good[0], id: `c-${index}` })), /200/],
    ['no list at all', 'new-card', /commands/],
  ];

  it.each(hostile)('refuses %s with a clear error, and the menu stays as it was', async (_name, commands, says) => {
    await call(opened.router, 'publishMenu', { commands: good });
    const error = await callFails(opened.router, 'publishMenu', { commands }, 'invalid-request');
    expect([error.message, ...(error.details ?? [])].join('\n')).toMatch(says);
    expect(shell.published).toEqual(good);
    expect(shell.publications).toBe(1);
  });
});

describe('runMainCommand', () => {
  it('runs the main process’s own commands and nothing else', async () => {
    await call(opened.router, 'runMainCommand', { commandId: 'about' });
    await call(opened.router, 'runMainCommand', { commandId: 'show-data-folder' });
    await callFails(opened.router, 'runMainCommand', { commandId: 'quit' }, 'invalid-request');
    expect(shell.ranMain).toEqual(['about', 'show-data-folder']);
  });
});

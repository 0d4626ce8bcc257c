import { afterEach, describe, expect, it } from 'vitest';
import { recordingAppShell } from './appShell';
import { call, callFails } from '../testing/routerCalls';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../testing/routerOnTempFolder';

let opened: RouterOnTempFolder | undefined;
afterEach(async () => {
  if (opened) await closeRouterOnTempFolder(opened);
  opened = undefined;
});

describe('the window’s language', () => {
  it('hands the window the system’s languages with the library and the first screen, for a first start', async () => {
    opened = await openRouterOnTempFolder('language-system', { systemLanguages: ['kk-KZ', 'ru-RU'] });
    expect((await call(opened.router, 'getLibrary', {})).systemLanguages).toEqual(['kk-KZ', 'ru-RU']);
    expect((await call(opened.router, 'getFirstScreen', { limit: 2 })).library.systemLanguages).toEqual([
      'kk-KZ',
      'ru-RU',
    ]);
  });

  it('saves the chosen language in the settings, and a fresh start reads it back', async () => {
    opened = await openRouterOnTempFolder('language-saved');
    expect((await call(opened.router, 'getLibrary', {})).settings.language).toBeUndefined();
    expect(await call(opened.router, 'updateSettings', { language: 'ko' })).toMatchObject({ language: 'ko' });
    await opened.router.close();
    opened.router = await opened.reopen();
    expect((await call(opened.router, 'getLibrary', {})).settings.language).toBe('ko');
  });

  it('refuses a language it does not speak, and keeps the saved one', async () => {
    opened = await openRouterOnTempFolder('language-refused');
    await call(opened.router, 'updateSettings', { language: 'ru' });
    await callFails(opened.router, 'updateSettings', { language: 'de' }, 'invalid-request');
    expect((await call(opened.router, 'getLibrary', {})).settings.language).toBe('ru');
  });

  it('passes the window’s language to the shell with the menu it publishes, and refuses one it does not speak', async () => {
    const shell = recordingAppShell();
    opened = await openRouterOnTempFolder('language-menu', { shell });
    await call(opened.router, 'publishMenu', { commands: [], language: 'kk' });
    expect(shell.language).toBe('kk');
    await callFails(opened.router, 'publishMenu', { commands: [], language: 'xx' }, 'invalid-request');
  });
});

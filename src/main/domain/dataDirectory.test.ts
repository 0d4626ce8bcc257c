import { describe, expect, it } from 'vitest';
import { chooseDataDirectory, dataDirectoryVariable, profileDirectoryFor, resolveDataDirectory } from './dataDirectory';

const fallback = '/home/user/.config/Summit Briefing';
const app = ['/opt/summit-briefing/summit-briefing', '.'];
const base = { cwd: '/home/user/work', home: '/home/user' };

describe('resolveDataDirectory', () => {
  it('reads --data-dir=PATH', () => {
    expect(resolveDataDirectory([...app, '--data-dir=/tmp/x'], {}, fallback, base)).toBe('/tmp/x');
  });

  it('reads --data-dir PATH', () => {
    expect(resolveDataDirectory([...app, '--data-dir', '/tmp/x', '--other'], {}, fallback, base)).toBe('/tmp/x');
  });

  it('keeps spaces and equals signs inside the path', () => {
    expect(resolveDataDirectory(['--data-dir=/tmp/my data=1'], {}, fallback, base)).toBe('/tmp/my data=1');
  });

  it('reads the environment variable', () => {
    expect(resolveDataDirectory(app, { [dataDirectoryVariable]: '/tmp/from-env' }, fallback, base)).toBe(
      '/tmp/from-env',
    );
  });

  it('prefers the flag to the environment variable', () => {
    const env = { [dataDirectoryVariable]: '/tmp/from-env' };
    expect(chooseDataDirectory([...app, '--data-dir=/tmp/flag'], env, fallback, base)).toEqual({
      path: '/tmp/flag',
      source: 'flag',
    });
    expect(resolveDataDirectory([...app, '--data-dir', '/tmp/flag'], env, fallback, base)).toBe('/tmp/flag');
  });

  it('falls back to the platform folder', () => {
    expect(chooseDataDirectory(app, {}, fallback, base)).toEqual({ path: fallback, source: 'default' });
  });

  it('ignores a blank variable and a flag with no value', () => {
    expect(resolveDataDirectory(app, { [dataDirectoryVariable]: '  ' }, fallback, base)).toBe(fallback);
    expect(resolveDataDirectory([...app, '--data-dir'], {}, fallback, base)).toBe(fallback);
  });

  it('does not mistake a longer flag for --data-dir', () => {
    expect(resolveDataDirectory(['--data-directory=/tmp/x', '--data-dirx', '/tmp/y'], {}, fallback, base)).toBe(
      fallback,
    );
  });

  // Electron's app.setPath throws "Path must be absolute" on these; the app died at start.
  it.each([
    ['--data-dir=relative/path', '/home/user/work/relative/path'],
    ['--data-dir=./stick', '/home/user/work/stick'],
    ['--data-dir=../elsewhere', '/home/user/elsewhere'],
    ['--data-dir=.', '/home/user/work'],
    ['--data-dir=~/Briefing', '/home/user/Briefing'],
    ['--data-dir=~', '/home/user'],
    ['--data-dir=/tmp/a/../b', '/tmp/b'],
  ])('resolves %s against the working folder to %s', (flag, expected) => {
    expect(resolveDataDirectory([...app, flag], {}, fallback, base)).toBe(expected);
  });

  it('resolves a relative environment variable too', () => {
    expect(chooseDataDirectory(app, { [dataDirectoryVariable]: 'data' }, fallback, base)).toEqual({
      path: '/home/user/work/data',
      source: 'environment',
    });
  });

  it('keeps a ~ that is part of a name', () => {
    expect(resolveDataDirectory(['--data-dir=~user/x'], {}, fallback, base)).toBe('/home/user/work/~user/x');
  });
});

describe('profileDirectoryFor', () => {
  it('keeps the platform user-data folder as the profile of the default data folder', () => {
    expect(profileDirectoryFor(fallback, fallback)).toBe(fallback);
  });

  it('gives another data folder a profile of its own inside the user-data folder, never in the data folder', () => {
    const profile = profileDirectoryFor('/media/usb/Briefing', fallback);
    expect(profile).toMatch(/^\/home\/user\/\.config\/Summit Briefing\/Profiles\/[0-9a-f]{16}$/);
    expect(profile.startsWith('/media/usb')).toBe(false);
  });

  it('is the same for the same folder and differs between folders', () => {
    expect(profileDirectoryFor('/media/usb/Briefing', fallback)).toBe(
      profileDirectoryFor('/media/usb/Briefing/', fallback),
    );
    expect(profileDirectoryFor('/media/usb/Briefing', fallback)).not.toBe(
      profileDirectoryFor('/media/usb/Other', fallback),
    );
  });
});

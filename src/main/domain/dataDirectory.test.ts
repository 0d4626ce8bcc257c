import { describe, expect, it } from 'vitest';
import { dataDirectoryVariable, resolveDataDirectory } from './dataDirectory';

const fallback = '/home/user/.config/Summit Briefing';
const app = ['/opt/summit-briefing/summit-briefing', '.'];

describe('resolveDataDirectory', () => {
  it('reads --data-dir=PATH', () => {
    expect(resolveDataDirectory([...app, '--data-dir=/tmp/x'], {}, fallback)).toBe('/tmp/x');
  });

  it('reads --data-dir PATH', () => {
    expect(resolveDataDirectory([...app, '--data-dir', '/tmp/x', '--other'], {}, fallback)).toBe('/tmp/x');
  });

  it('keeps spaces and equals signs inside the path', () => {
    expect(resolveDataDirectory(['--data-dir=/tmp/my data=1'], {}, fallback)).toBe('/tmp/my data=1');
  });

  it('reads the environment variable', () => {
    expect(resolveDataDirectory(app, { [dataDirectoryVariable]: '/tmp/from-env' }, fallback)).toBe('/tmp/from-env');
  });

  it('prefers the flag to the environment variable', () => {
    const env = { [dataDirectoryVariable]: '/tmp/from-env' };
    expect(resolveDataDirectory([...app, '--data-dir=/tmp/flag'], env, fallback)).toBe('/tmp/flag');
    expect(resolveDataDirectory([...app, '--data-dir', '/tmp/flag'], env, fallback)).toBe('/tmp/flag');
  });

  it('falls back to the platform folder', () => {
    expect(resolveDataDirectory(app, {}, fallback)).toBe(fallback);
  });

  it('ignores a blank variable and a flag with no value', () => {
    expect(resolveDataDirectory(app, { [dataDirectoryVariable]: '  ' }, fallback)).toBe(fallback);
    expect(resolveDataDirectory([...app, '--data-dir'], {}, fallback)).toBe(fallback);
  });

  it('does not mistake a longer flag for --data-dir', () => {
    expect(resolveDataDirectory(['--data-directory=/tmp/x', '--data-dirx', '/tmp/y'], {}, fallback)).toBe(fallback);
  });
});

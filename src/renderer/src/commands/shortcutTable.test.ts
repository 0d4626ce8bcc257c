import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator';
import { translateCommands } from './command';
import { staticCommands } from './index';
import { shortcutTableMarkdown } from './shortcutTable';

const normalise = (table: string) =>
  table
    .split('\n')
    .map((line) =>
      line
        .split('|')
        .map((cell) => cell.trim().replace(/^-+$/, '-'))
        .join('|'),
    )
    .join('\n')
    .trim();

describe('the README lists the registry’s shortcuts', () => {
  it('has the table the registry writes, between its markers', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const match = /<!-- shortcuts:start -->\n([\s\S]*?)\n<!-- shortcuts:end -->/.exec(readme);
    expect(match, 'README.md has no <!-- shortcuts:start --> … <!-- shortcuts:end --> table').not.toBeNull();
    expect(normalise(match![1]!)).toBe(
      normalise(shortcutTableMarkdown(translateCommands(staticCommands, createTranslator('en').t))),
    );
  });

  it('gives no two commands the same key on a platform', () => {
    for (const platform of ['mac', 'other'] as const) {
      const keys = staticCommands.flatMap((command) => command.shortcuts?.[platform] ?? []);
      expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    }
  });
});

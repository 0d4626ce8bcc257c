import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * "No user-visible literal in the renderer" holds because `npm run lint` fails on one: each
 * fixture is written where a component would live, linted with the project's eslint.config.js,
 * and must fail (or pass) as its name says. Fixtures live in __lint_fixture__ folders (ignored by
 * git) and are removed afterwards, as in lintBoundaries.test.ts.
 */
const root = resolve(import.meta.dirname, '..');
const folder = 'src/renderer/src/features/library/__lint_fixture__';
const rule = 'i18next/no-literal-string';

interface Fixture {
  name: string;
  file: string;
  source: string;
  fails: boolean;
}

const fixtures: Fixture[] = [
  {
    name: 'English text in JSX',
    file: `${folder}/TextInJsx.tsx`,
    source: `export function Banner() {\n  return <p className="notice">Your briefing was saved</p>;\n}\n`,
    fails: true,
  },
  {
    name: 'an English aria-label',
    file: `${folder}/LabelInJsx.tsx`,
    source: `export function Close() {\n  return <button type="button" aria-label="Close card" />;\n}\n`,
    fails: true,
  },
  {
    name: 'an English placeholder written as an expression',
    file: `${folder}/PlaceholderInJsx.tsx`,
    source: `export function Field() {\n  return <input type="text" placeholder={'Search cards'} />;\n}\n`,
    fails: true,
  },
  {
    name: 'text from the catalogue, with class names, roles and keys that are not text',
    file: `${folder}/FromTheCatalogue.tsx`,
    source: [
      `import { useT } from '../../../i18n';`,
      `export function Banner() {`,
      `  const t = useT();`,
      `  return (`,
      `    <p className="notice" role="status" lang="en" data-kind="saved" aria-live="polite">`,
      `      {t('save.saved')}`,
      `    </p>`,
      `  );`,
      `}`,
      '',
    ].join('\n'),
    fails: false,
  },
  {
    name: 'a test, which may write English',
    file: `${folder}/Banner.test.tsx`,
    source: `export const rendered = <p>Your briefing was saved</p>;\n`,
    fails: false,
  },
];

let results: Map<string, ESLint.LintResult>;

beforeAll(async () => {
  await mkdir(join(root, folder), { recursive: true });
  for (const fixture of fixtures) await writeFile(join(root, fixture.file), fixture.source);
  const eslint = new ESLint({ cwd: root });
  const linted = await eslint.lintFiles(fixtures.map((fixture) => fixture.file));
  results = new Map(linted.map((result) => [result.filePath, result]));
}, 120_000);

afterAll(async () => {
  await rm(join(root, dirname(fixtures[0]!.file)), { recursive: true, force: true });
});

describe('lint refuses a user-visible literal in the renderer', () => {
  for (const fixture of fixtures) {
    it(`${fixture.fails ? 'fails' : 'passes'}: ${fixture.name}`, () => {
      const messages = results.get(join(root, fixture.file))?.messages ?? [];
      const literals = messages.filter((message) => message.ruleId === rule);
      const printed = messages.map(
        (message) => `${fixture.file}:${message.line} ${message.ruleId}: ${message.message}`,
      );
      if (fixture.fails) {
        expect(literals.length, printed.join('\n')).toBeGreaterThan(0);
        expect(literals[0]!.message).toMatch(/comes from the catalogues/);
      } else {
        expect(literals, printed.join('\n')).toEqual([]);
      }
    });
  }
});

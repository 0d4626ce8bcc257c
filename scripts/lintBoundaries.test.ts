import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers of docs/ARCHITECTURE.md hold because `npm run lint` fails on a file that crosses one.
 * Each fixture below is written where such a file would live, linted with the project's own
 * eslint.config.js through ESLint's Node API, and must fail with the rule and message that names
 * its boundary; a file that keeps to the layers must pass. Fixtures live in folders named
 * __lint_fixture__ (ignored by git) and are removed afterwards.
 */
const root = resolve(import.meta.dirname, '..');
const fixtureFolder = '__lint_fixture__';

interface Fixture {
  name: string;
  file: string;
  source: string;
  /** The rule and part of the message that must be reported; none for a clean fixture. */
  expected?: { ruleId: string; message: RegExp };
}

const fixtures: Fixture[] = [
  {
    name: 'src/shared importing the main process',
    file: `src/shared/${fixtureFolder}/sharedReachesUp.ts`,
    source: `import { openBriefingRouter } from '../../main/ipc/openBriefingRouter';\nexport const x = openBriefingRouter;\n`,
    expected: { ruleId: 'import-x/no-restricted-paths', message: /src\/shared is the bottom layer/ },
  },
  {
    name: 'the domain importing the IPC router',
    file: `src/main/domain/${fixtureFolder}/domainReachesIpc.ts`,
    source: `import { openBriefingRouter } from '../../ipc/openBriefingRouter';\nexport const x = openBriefingRouter;\n`,
    expected: { ruleId: 'import-x/no-restricted-paths', message: /The domain never imports the router/ },
  },
  {
    name: 'the domain importing electron',
    file: `src/main/domain/${fixtureFolder}/domainImportsElectron.ts`,
    source: `import { app } from 'electron';\nexport const x = app;\n`,
    expected: { ruleId: 'no-restricted-imports', message: /must run in plain Node or the browser/ },
  },
  {
    name: 'the domain importing test support',
    file: `src/main/domain/${fixtureFolder}/domainImportsTesting.ts`,
    source: `import { call } from '../../testing/routerCalls';\nexport const x = call;\n`,
    expected: {
      ruleId: 'import-x/no-restricted-paths',
      message: /The domain never imports the router, the Electron adapters or test support/,
    },
  },
  {
    name: 'the IPC layer importing the Electron adapters',
    file: `src/main/ipc/${fixtureFolder}/ipcImportsElectron.ts`,
    source: `import { electronFileDialogs } from '../../electron/fileDialogs';\nexport const x = electronFileDialogs;\n`,
    expected: { ruleId: 'import-x/no-restricted-paths', message: /The IPC router runs in plain Node/ },
  },
  {
    name: 'the renderer importing src/main',
    file: `src/renderer/src/${fixtureFolder}/rendererImportsMain.ts`,
    source: `import { openBriefingRouter } from '../../../main/ipc/openBriefingRouter';\nexport const x = openBriefingRouter;\n`,
    expected: {
      ruleId: 'import-x/no-restricted-paths',
      message: /The renderer reaches the main process only through the typed service/,
    },
  },
  {
    name: 'a feature importing another feature past its index.ts',
    file: `src/renderer/src/features/library/${fixtureFolder}/pastTheIndex.ts`,
    source: `import { CardDetail } from '../../cards/CardDetail';\nexport const x = CardDetail;\n`,
    expected: { ruleId: 'import-x/no-restricted-paths', message: /only through its index\.ts/ },
  },
  {
    name: 'ui/ importing a feature',
    file: `src/renderer/src/ui/${fixtureFolder}/uiImportsFeature.ts`,
    source: `import { TagChip } from '../../features/tags';\nexport const x = TagChip;\n`,
    expected: { ruleId: 'import-x/no-restricted-paths', message: /ui\/ holds parts any feature may use/ },
  },
  {
    name: 'an import cycle',
    file: `src/shared/${fixtureFolder}/cycleA.ts`,
    source: `import { b } from './cycleB';\nexport const a = (): number => b() + 1;\n`,
    expected: { ruleId: 'import-x/no-cycle', message: /Dependency cycle detected/ },
  },
  {
    name: 'the other half of the cycle',
    file: `src/shared/${fixtureFolder}/cycleB.ts`,
    source: `import { a } from './cycleA';\nexport const b = (): number => (Math.random() > 2 ? a() : 0);\n`,
    expected: { ruleId: 'import-x/no-cycle', message: /Dependency cycle detected/ },
  },
  {
    name: 'a feature that keeps to the layers',
    file: `src/renderer/src/features/library/${fixtureFolder}/keepsToTheLayers.ts`,
    source: [
      `import { CardDetail } from '../../cards';`,
      `import { useBriefingService } from '../../../service/ServiceContext';`,
      `import { ModalDialog } from '../../../ui/ModalDialog';`,
      `import { BriefingError } from '../../../../../shared/errors';`,
      `export const parts = [CardDetail, useBriefingService, ModalDialog, BriefingError];`,
      '',
    ].join('\n'),
  },
];

const folders = [...new Set(fixtures.map((fixture) => join(root, dirname(fixture.file))))];
let results: Map<string, ESLint.LintResult>;

beforeAll(async () => {
  for (const fixture of fixtures) {
    await mkdir(join(root, dirname(fixture.file)), { recursive: true });
    await writeFile(join(root, fixture.file), fixture.source);
  }
  const eslint = new ESLint({ cwd: root });
  const linted = await eslint.lintFiles(fixtures.map((fixture) => fixture.file));
  results = new Map(linted.map((result) => [result.filePath, result]));
}, 120_000);

afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

describe('lint enforces the layers', () => {
  for (const fixture of fixtures) {
    it(fixture.expected ? `fails: ${fixture.name}` : `passes: ${fixture.name}`, () => {
      const messages = results.get(join(root, fixture.file))?.messages ?? [];
      const printed = messages.map(
        (message) => `${fixture.file}:${message.line} ${message.ruleId}: ${message.message}`,
      );
      console.log(printed.length ? printed.join('\n') : `${fixture.file}: no problems`);
      if (!fixture.expected) {
        expect(printed).toEqual([]);
        return;
      }
      const { ruleId, message } = fixture.expected;
      expect(
        messages.some((found) => found.ruleId === ruleId && message.test(found.message)),
        printed.join('\n'),
      ).toBe(true);
    });
  }
});

import { readdirSync } from 'node:fs';

/**
 * The layers of docs/ARCHITECTURE.md as import-x/no-restricted-paths zones: a file under `target`
 * may not import from `from` (except the listed paths). Kept apart from eslint.config.js so the
 * lint-boundaries test reads the same zones the lint runs with.
 */
const features = './src/renderer/src/features';
const featureNames = readdirSync(new URL(features, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const sharedIsTheBottom = {
  target: './src/shared',
  from: ['./src/main', './src/renderer', './src/preload', './e2e', './bench', './scripts'],
  message: 'src/shared is the bottom layer: it imports nothing from main, renderer, preload or tests.',
};

// Each feature reaches another only through that feature's public index.ts.
const featuresThroughTheirIndex = featureNames.map((name) => ({
  target: `${features}/${name}`,
  from: features,
  except: [`./${name}`, ...featureNames.filter((other) => other !== name).map((other) => `./${other}/index.ts`)],
  message: 'A feature imports another feature only through its index.ts.',
}));

const uiImportsNoFeature = {
  target: './src/renderer/src/ui',
  from: features,
  message: 'ui/ holds parts any feature may use; it imports no feature.',
};

/** For tests and test support: the layer rules that hold there too. */
export const layerZonesForTests = [sharedIsTheBottom, uiImportsNoFeature, ...featuresThroughTheirIndex];

export const layerZones = [
  ...layerZonesForTests,
  {
    target: './src/main/domain',
    from: ['./src/main/ipc', './src/main/electron', './src/main/testing'],
    message:
      'The domain never imports the router, the Electron adapters or test support: declare a port in src/main/domain/ports instead.',
  },
  {
    target: './src/main/ipc',
    from: ['./src/main/electron'],
    message: 'The IPC router runs in plain Node: the Electron adapters are given to it, never imported.',
  },
  {
    target: './src/renderer',
    from: ['./src/main'],
    message: 'The renderer reaches the main process only through the typed service (src/renderer/src/service).',
  },
];

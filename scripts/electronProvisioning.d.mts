/** Types for electronProvisioning.mjs, which stays plain JavaScript so Node runs it before anything is built. */
export type Environment = Record<string, string | undefined>;

export interface BinaryFacts {
  env: Environment;
  /** node_modules/electron */
  packageFolder: string;
  /** The contents of node_modules/electron/path.txt, when the file exists. */
  pathTxt: string | undefined;
  platform: string;
  exists(path: string): boolean;
}

export interface ProvisioningFacts extends BinaryFacts {
  /** The version in node_modules/electron/package.json. */
  packageVersion: string;
  /** The contents of node_modules/electron/dist/version, when the file exists. */
  distVersion: string | undefined;
}

export type ProvisioningDecision =
  | { action: 'ready'; binary: string }
  | { action: 'override-missing'; binary: string | undefined }
  | { action: 'skipped' }
  | { action: 'install'; because: 'missing' | 'outdated' };

export interface DownloadSource {
  fileName: string;
  url: string;
  /** Where @electron/get looks for the zip before downloading it. */
  cachedFile: string | undefined;
  mirrored: boolean;
}

export function platformExecutable(platform: string): string | undefined;
export function isSkipRequested(value: string | undefined): boolean;
export function locateElectronBinary(facts: BinaryFacts): {
  binary: string | undefined;
  installed: boolean;
  source: 'override' | 'package';
};
export function decideProvisioning(facts: ProvisioningFacts): ProvisioningDecision;
export function downloadSource(options: {
  env: Environment;
  version: string;
  platform: string;
  arch: string;
  cacheRoot: string;
}): DownloadSource;
export function cacheFolder(options: { env: Environment; platform: string; home: string }): string;
export function failureReason(output: string | undefined): string;
export function wrapParagraph(text: string, width?: number): string;
export function explainFailure(options: {
  decision: Exclude<ProvisioningDecision, { action: 'ready' }>;
  version: string;
  source: DownloadSource;
  reason?: string;
  command: string;
}): string;
export function packagingDistFolder(options: {
  target: { platformName: string; arch: string; version: string };
  host: { platform: string; arch: string };
  facts: ProvisioningFacts;
}): string | null;

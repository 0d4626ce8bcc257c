import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The fixtures folder: the shipped article written as .txt, .md, .html and .pdf, and a hostile page. */
export const fixturesFolder = new URL('../fixtures/', import.meta.url);

export function fixturePath(name: string): string {
  return new URL(name, fixturesFolder).pathname;
}

/** A temporary folder for files a test makes, removed by `remove`. */
export async function scratchFolder(): Promise<{ path: (name: string) => string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'summit-briefing-sources-'));
  return {
    path: (name) => join(folder, name),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

export async function writeScratch(path: string, content: string | Uint8Array): Promise<string> {
  await writeFile(path, content);
  return path;
}

export async function copyFixture(name: string, to: string): Promise<string> {
  await copyFile(fixturePath(name), to);
  return to;
}

/** Whitespace as a reader sees it: wrapped lines and runs of spaces read as one space. */
export const asRead = (text: string) => text.replace(/\s+/g, ' ').trim();

import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { TestInfo } from '@playwright/test';

const run = promisify(execFile);

/** Text of a PDF (or of pages first..last) as poppler's pdftotext lays it out. */
export async function pdfText(file: string, first?: number, last?: number): Promise<string> {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  const { stdout } = await run('pdftotext', ['-layout', ...range, file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.normalize('NFKC');
}

export async function pdfInfo(file: string): Promise<{ pages: number; pageSize: string; title: string }> {
  const { stdout } = await run('pdfinfo', [file]);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0),
    pageSize: /^Page size:\s+(.+)$/m.exec(stdout)?.[1] ?? '',
    title: /^Title:\s+(.+)$/m.exec(stdout)?.[1]?.trim() ?? '',
  };
}

/** The height of each word of one page as printed (poppler's bounding boxes), so type sizes can be compared. */
export async function pdfWordHeights(file: string, page: number): Promise<{ word: string; height: number }[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...stdout.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (match) => ({ word: match[3]!, height: Number(match[2]) - Number(match[1]) }),
  );
}

/** Whitespace-insensitive, so a title that wraps over two lines is still found. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Renders one page to PNG at 60 dpi and attaches it to the test report. */
export async function attachPage(testInfo: TestInfo, file: string, page: number, name: string): Promise<void> {
  const prefix = testInfo.outputPath(name);
  await run('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  await testInfo.attach(`${name}.png`, { body: await readFile(`${prefix}.png`), contentType: 'image/png' });
}

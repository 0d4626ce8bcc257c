/**
 * Files an article import must refuse: too big (and growing while read), not files at all, of a kind the app does
 * not read, or not what their name says. Each gets a clear error naming the file and "Nothing was imported", and
 * nothing else happens: readSourceFile only ever reads.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefingError } from '../../../shared/errors';
import { readFileBounded, type BoundedReadFileSystem } from './boundedFileRead';
import { readSourceFile } from './importSourceFile';
import { fixturePath, scratchFolder, writeScratch } from './testing/articleFixtures';

const megabyte = 1024 * 1024;
let scratch: Awaited<ReturnType<typeof scratchFolder>>;
beforeAll(async () => {
  scratch = await scratchFolder();
});
afterAll(() => scratch.remove());

async function refusal(path: string, options?: Parameters<typeof readSourceFile>[1]): Promise<string> {
  const error = await readSourceFile(path, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BriefingError);
  expect((error as BriefingError).code).toBe('invalid-request');
  expect((error as BriefingError).message).toMatch(/Nothing was imported\.$/);
  return (error as BriefingError).message;
}

describe('files an import refuses', () => {
  it('refuses a 25 MB file before reading it, and leaves it as it was', async () => {
    const path = scratch.path('huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(25 * megabyte);
    await handle.close();
    const before = await stat(path);
    expect(await refusal(path)).toBe(
      'huge.txt cannot be imported: it is 25 MB, more than the 20 MB an imported article can be. Nothing was imported.',
    );
    const after = await stat(path);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
  });

  it('stops reading one byte past the limit when a file is bigger than it said', async () => {
    const path = await writeScratch(scratch.path('growing.txt'), 'x'.repeat(5000));
    let bytesRead = 0;
    // A file system whose size is out of date, as for a file still being written by another program.
    const stale: BoundedReadFileSystem = {
      stat: (async () => ({ isFile: () => true, size: 10 })) as unknown as BoundedReadFileSystem['stat'],
      open: async (...args: Parameters<typeof open>) => {
        const handle = await open(...args);
        const read = handle.read.bind(handle);
        return Object.assign(handle, {
          stat: async () => ({ isFile: () => true, size: 10 }),
          read: async (...readArgs: Parameters<typeof read>) => {
            const result = await read(...readArgs);
            bytesRead += result.bytesRead;
            return result;
          },
        });
      },
    };
    const error = await readFileBounded(path, 1000, stale).catch((caught: unknown) => caught);
    expect((error as BriefingError).message).toMatch(
      /growing\.txt cannot be imported: it is 1001 bytes, more than the 1000 bytes/,
    );
    expect(bytesRead).toBe(1001);
  });

  it('reads a file right at the limit', async () => {
    const path = await writeScratch(scratch.path('exact.txt'), 'y'.repeat(1000));
    expect((await readFileBounded(path, 1000)).length).toBe(1000);
  });

  it('refuses a folder, a named pipe and a file that is not there', async () => {
    const folder = scratch.path('folder.txt');
    await mkdir(folder);
    expect(await refusal(folder)).toBe('folder.txt cannot be imported: it is not a file. Nothing was imported.');
    const pipe = scratch.path('pipe.txt');
    execFileSync('mkfifo', [pipe]);
    expect(await refusal(pipe)).toBe('pipe.txt cannot be imported: it is not a file. Nothing was imported.');
    expect(await refusal(scratch.path('missing.md'))).toMatch(/missing\.md cannot be imported: the file is not there/);
  });

  it('refuses kinds of file it does not import, and files whose content is not what their name says', async () => {
    const pdfBytes = await readFile(fixturePath('article.pdf'));
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['report.docx', 'text', /imports articles from \.txt, \.md, \.html and \.pdf files/],
      ['renamed.txt', pdfBytes, /it is a PDF, not a \.txt file\. Rename it to \.pdf/],
      ['fake.pdf', 'Just some text.', /it is named \.pdf but is not a PDF/],
      ['picture.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /it is a PNG picture/],
      ['word.html', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /it is a ZIP archive/],
      ['binary.txt', new Uint8Array([0x41, 0x00, 0x42, 0x43]), /binary data/],
      ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9]), /not UTF-8 text\. .*save it with the UTF-8 encoding/],
      ['empty.md', '', /the file is empty/],
      ['blank.txt', ' \n\n\t \n', /There is no text to import/],
      ['blank.html', '<!doctype html><html><body><script>1</script></body></html>', /There is no text to import/],
    ];
    for (const [name, content, reason] of cases) {
      const message = await refusal(await writeScratch(scratch.path(name), content));
      expect(message, name).toMatch(reason);
    }
  });

  it('reads an HTML page that merely mentions %PDF- and a .txt about PDF files', async () => {
    const html = await writeScratch(scratch.path('about-pdf.html'), '<p>The header %PDF-1.7 starts a PDF file.</p>');
    expect((await readSourceFile(html)).text).toBe('The header %PDF-1.7 starts a PDF file.');
    const text = await writeScratch(scratch.path('about-pdf.txt'), 'A PDF begins with %PDF-1.7.');
    expect((await readSourceFile(text)).text).toBe('A PDF begins with %PDF-1.7.');
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import seedJson from '../../../resources/seed/summit-2021.json';
import { describeRange } from '../../shared/annotation/textSelectors';
import type { BriefRequest } from '../../shared/briefs/briefRequests';
import { briefLimits, type Brief } from '../../shared/briefs/briefSchema';
import { seedCard } from '../../shared/briefs/testing/seedLibrary';
import type { BriefPrintModel } from '../../shared/briefs/briefPrintModel';
import { backupFormat, backupVersion } from '../../shared/export/backupSchemas';
import { currentSchemaVersion } from '../../shared/schema/database';
import { readDocx } from '../domain/briefs/testing/readDocx';
import type { FileDialogs, Printer } from '../domain/ports/exportPorts';
import { call, callFails } from '../testing/routerCalls';
import { savedBytes, savedDatabase } from '../testing/savedFiles';
import { openBriefingRouter, type BriefingRouter } from './openBriefingRouter';

/**
 * The brief operations through the real router and store on a temp folder with the shipped seed:
 * every operation, undo, a restart, backups, export, and the refusals, each checked against what
 * a fresh start would read from the disk.
 */
let folder: string;
let dataDirectory: string;
let router: BriefingRouter;
const printed: BriefPrintModel[] = [];
const saveAnswers: Array<string | undefined> = [];
let openAnswer: string | undefined;

const dialogs: FileDialogs = {
  chooseSavePath: ({ defaultName }) =>
    Promise.resolve(saveAnswers.length > 0 ? saveAnswers.shift() : join(folder, defaultName)),
  chooseOpenPath: () => Promise.resolve(openAnswer),
};
const printer: Printer = {
  printPack: () => Promise.reject(new Error('not a pack test')),
  printBrief: (model) => {
    printed.push(model);
    return Promise.resolve({ pdf: new TextEncoder().encode('%PDF-1.7 brief'), pages: 2 });
  },
};

function open(): Promise<BriefingRouter> {
  return openBriefingRouter({
    dataDirectory,
    seed: seedJson,
    store: { writeDelayMs: 5 },
    printer,
    dialogs,
    reveal: { reveal: () => undefined },
  });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-briefs-'));
  dataDirectory = join(folder, 'data');
  printed.length = 0;
  saveAnswers.length = 0;
  openAnswer = undefined;
  router = await open();
});

afterEach(async () => {
  await router.close();
  await rm(folder, { recursive: true, force: true });
});

const change = (request: BriefRequest) => call(router, 'changeBrief', request);

async function briefsInWindow(): Promise<Brief[]> {
  return (await call(router, 'getLibrary', {})).user.briefs;
}

/** The window's briefs equal what a fresh start reads from the disk. */
async function expectDiskEqualsWindow(): Promise<Brief[]> {
  await router.flush();
  const shown = await briefsInWindow();
  expect((await savedDatabase(dataDirectory)).user.briefs).toEqual(shown);
  return shown;
}

async function newBrief(title = 'Meeting with the Korean Foreign Minister'): Promise<string> {
  const answer = await change({
    operation: 'create',
    title,
    meetingDate: '2021-08-17',
    meetingTime: '10:30',
    place: 'Seoul',
    counterpart: 'Minister of Foreign Affairs',
    attendees: ['Head of delegation'],
    handlingLabel: 'Internal — not for circulation',
  });
  return answer.briefId;
}

function sectionTexts(brief: Brief | undefined, section: keyof Brief['sections']): string[] {
  return (brief?.sections[section] ?? []).map((item) => item.text);
}

describe('brief operations through the router', () => {
  it('creates a brief and edits its header, answering the brief in the patch', async () => {
    const briefId = await newBrief();
    const answer = await change({ operation: 'updateHeader', briefId, place: 'Cheong Wa Dae, Seoul' });
    expect(answer.briefId).toBe(briefId);
    expect(answer.changed.briefs?.upserted[0]?.place).toBe('Cheong Wa Dae, Seoul');
    const [brief] = await expectDiskEqualsWindow();
    expect(brief?.title).toBe('Meeting with the Korean Foreign Minister');
    expect(brief?.handlingLabel).toBe('Internal — not for circulation');
  });

  it('adds, edits, moves, reorders and deletes items, and the disk follows each step', async () => {
    const briefId = await newBrief();
    const first = await change({ operation: 'addItem', briefId, section: 'points-to-make', text: 'Welcome the deal.' });
    const second = await change({
      operation: 'addItem',
      briefId,
      section: 'points-to-make',
      text: 'Thank the hosts.',
      cites: [{ factId: 'deal-usd-1-7-billion', paragraphs: [3] }],
    });
    const [a, b] = [first.itemIds[0] ?? '', second.itemIds[0] ?? ''];
    await change({ operation: 'updateItem', briefId, itemId: a, text: 'Welcome the **USD 1.7 billion** deal.' });
    await change({ operation: 'reorderSection', briefId, section: 'points-to-make', itemIds: [b, a] });
    let [brief] = await expectDiskEqualsWindow();
    expect(sectionTexts(brief, 'points-to-make')).toEqual([
      'Thank the hosts.',
      'Welcome the **USD 1.7 billion** deal.',
    ]);

    await change({ operation: 'moveItem', briefId, itemId: a, toSection: 'background', toIndex: 0 });
    [brief] = await expectDiskEqualsWindow();
    expect(brief?.sections.background[0]).toMatchObject({ id: a, disclosure: 'not-for-disclosure' });

    await change({ operation: 'deleteItem', briefId, itemId: b });
    [brief] = await expectDiskEqualsWindow();
    expect(sectionTexts(brief, 'points-to-make')).toEqual([]);
  });

  it('builds a brief from cards with only what the cards say, and undo takes it back whole', async () => {
    const answer = await change({
      operation: 'createFromCards',
      title: 'From the starred cards',
      factIds: ['deal-usd-1-7-billion', 'president-moon'],
    });
    const [brief] = await expectDiskEqualsWindow();
    expect(brief?.id).toBe(answer.briefId);
    expect(sectionTexts(brief, 'background')).toContain(seedCard('deal-usd-1-7-billion').summary.replace(/\./g, '.'));
    expect(brief?.sections['pen-pictures'].map((item) => item.person?.name)).toContain('Moon Jae-in');
    expect(brief?.sections.objective).toEqual([]);

    const undone = await call(router, 'undo', {});
    expect(undone.changed.briefs?.removed).toEqual([answer.briefId]);
    expect(await expectDiskEqualsWindow()).toEqual([]);
    await call(router, 'redo', {});
    expect((await expectDiskEqualsWindow()).map((candidate) => candidate.id)).toEqual([answer.briefId]);
  });

  it('adds a card, a highlight and a note with their citations', async () => {
    const briefId = await newBrief();
    const deal = seedCard('deal-usd-1-7-billion');
    const quote = 'USD 1.7 billion';
    const start = deal.body.indexOf(quote);
    await call(router, 'createHighlight', {
      id: 'highlight-1',
      factId: deal.id,
      target: describeRange(deal.body, start, start + quote.length),
      color: 'yellow',
    });
    await call(router, 'createNote', { id: 'note-1', factId: deal.id, markdown: 'Ask what the deal covers.' });
    await change({
      operation: 'addToBrief',
      briefId,
      section: 'points-to-make',
      from: { kind: 'card', factId: deal.id },
    });
    await change({
      operation: 'addToBrief',
      briefId,
      section: 'points-to-make',
      from: { kind: 'highlight', highlightId: 'highlight-1' },
    });
    await change({
      operation: 'addToBrief',
      briefId,
      section: 'points-to-raise',
      from: { kind: 'note', noteId: 'note-1' },
    });
    const [brief] = await expectDiskEqualsWindow();
    expect(sectionTexts(brief, 'points-to-make')[1]).toBe('“USD 1.7 billion”');
    expect(brief?.sections['points-to-make'][1]?.cites).toEqual([{ factId: deal.id, paragraphs: [3] }]);
    expect(sectionTexts(brief, 'points-to-raise')).toEqual(['Ask what the deal covers.']);
  });

  it('keeps every brief across a restart, and deleting one is undoable', async () => {
    const briefId = await newBrief();
    await change({ operation: 'addItem', briefId, section: 'objective', text: 'Agree next steps.' });
    await router.close();
    router = await open();
    const reopened = await briefsInWindow();
    expect(sectionTexts(reopened[0], 'objective')).toEqual(['Agree next steps.']);
    await change({ operation: 'delete', briefId });
    expect(await expectDiskEqualsWindow()).toEqual([]);
    await call(router, 'undo', {});
    expect(sectionTexts((await expectDiskEqualsWindow())[0], 'objective')).toEqual(['Agree next steps.']);
  });
});

describe('refusals: a clear error, and nothing changed on disk or in the window', () => {
  async function expectNothingChanged(run: () => Promise<{ message: string; details?: string[] }>) {
    await router.flush();
    const before = await savedBytes(dataDirectory);
    const shown = await briefsInWindow();
    const error = await run();
    await router.flush();
    expect(await savedBytes(dataDirectory)).toEqual(before);
    expect(await briefsInWindow()).toEqual(shown);
    return error;
  }

  it('refuses an item citing a card that does not exist', async () => {
    const briefId = await newBrief();
    const error = await expectNothingChanged(() =>
      callFails(
        router,
        'changeBrief',
        {
          operation: 'addItem',
          briefId,
          section: 'points-to-make',
          text: 'A line',
          cites: [{ factId: 'no-such-card', paragraphs: [1] }],
        },
        'not-found',
      ),
    );
    expect(error.message).toBe('There is no card with the id "no-such-card"; nothing was changed.');
  });

  it('refuses a citation of a paragraph the card does not cite', async () => {
    const briefId = await newBrief();
    const error = await expectNothingChanged(() =>
      callFails(
        router,
        'changeBrief',
        {
          operation: 'addItem',
          briefId,
          section: 'points-to-make',
          text: 'A line',
          cites: [{ factId: 'deal-usd-1-7-billion', paragraphs: [7] }],
        },
        'invalid-request',
      ),
    );
    expect(error.message).toMatch(/does not cite ¶7 \(it cites ¶3\); nothing was changed\.$/);
  });

  it('refuses a 100 KB item, saying how long an item may be', async () => {
    const briefId = await newBrief();
    const error = await expectNothingChanged(() =>
      callFails(
        router,
        'changeBrief',
        { operation: 'addItem', briefId, section: 'points-to-make', text: 'x'.repeat(100 * 1024) },
        'invalid-request',
      ),
    );
    expect(error.message).toMatch(/nothing was changed/);
    expect(error.details?.join('\n')).toContain('an item is at most 2,000 characters and this one has 102,400');
  });

  /** A backup file holding one brief whose points to make are `count` copies of `brief`'s first. */
  async function backupWith(brief: Brief, count: number, name: string): Promise<string> {
    const line = brief.sections['points-to-make'][0] as Brief['sections']['points-to-make'][number];
    const many: Brief = {
      ...brief,
      id: `brief-${name}`,
      sections: {
        ...brief.sections,
        'points-to-make': Array.from({ length: count }, (_, index) => ({ ...line, id: `brief-item-${name}-${index}` })),
      },
    };
    const path = join(folder, `${name}.json`);
    await writeFile(
      path,
      JSON.stringify({
        format: backupFormat,
        version: backupVersion,
        exportedAt: '2026-12-01T10:00:00.000Z',
        database: {
          schemaVersion: currentSchemaVersion,
          lineage: 'lineage-of-the-backup',
          sequence: 0,
          seedRevision: 1,
          user: { ownFacts: [], starred: [], notes: [], highlights: [], tags: [], cardTags: {}, briefs: [many] },
          settings: { lastTopic: 'all' },
        },
      }),
    );
    return path;
  }

  it('refuses the item past 500, and a backup holding a brief of 1,000 items', async () => {
    const briefId = await newBrief();
    await change({ operation: 'addItem', briefId, section: 'points-to-make', text: 'A point' });
    const [brief] = await briefsInWindow();
    if (!brief) throw new Error('no brief');

    // A full brief arrives as a backup (one change, not 500), and the next line is refused.
    openAnswer = await backupWith(brief, briefLimits.itemsPerBrief, 'full');
    const preview = await call(router, 'previewImport', {});
    if (preview.status !== 'ready') throw new Error('the full brief was not read');
    await call(router, 'applyImport', { token: preview.token });
    const error = await expectNothingChanged(() =>
      callFails(
        router,
        'changeBrief',
        { operation: 'addItem', briefId: 'brief-full', section: 'points-to-make', text: 'One too many' },
        'invalid-request',
      ),
    );
    expect(error.message).toBe(
      'A brief holds at most 500 items and this one would hold 501; split it into several briefs; nothing was changed.',
    );

    openAnswer = await backupWith(brief, 1000, 'thousand');
    const refusal = await expectNothingChanged(() => callFails(router, 'previewImport', {}, 'database-invalid'));
    expect(refusal.message).toMatch(/^thousand\.json /);
    expect(refusal.message).toContain('a brief holds at most 500 items and this one would hold 1,000');
    expect(refusal.message).toMatch(/Nothing was changed\.$/);
  });

  it('refuses a move into the timeline without a date, and an unknown brief', async () => {
    const briefId = await newBrief();
    const { itemIds } = await change({ operation: 'addItem', briefId, section: 'points-to-make', text: 'Undated' });
    const error = await expectNothingChanged(() =>
      callFails(
        router,
        'changeBrief',
        { operation: 'moveItem', briefId, itemId: itemIds[0], toSection: 'timeline', toIndex: 0 },
        'invalid-request',
      ),
    );
    expect(error.message).toBe('A timeline entry needs a date (YYYY, YYYY-MM or YYYY-MM-DD); nothing was changed.');
    await expectNothingChanged(() =>
      callFails(router, 'changeBrief', { operation: 'delete', briefId: 'brief-none' }, 'not-found'),
    );
  });
});

describe('backups carry briefs', () => {
  it('exports a backup with the brief and imports it back into an empty database', async () => {
    const briefId = await newBrief();
    await change({ operation: 'addItem', briefId, section: 'objective', text: 'Ұзақ мерзімді ынтымақтастық.' });
    const saved = await call(router, 'exportBackup', {});
    if (saved.status !== 'saved') throw new Error('the backup was not saved');
    await router.close();
    await rm(dataDirectory, { recursive: true, force: true });
    router = await open();
    openAnswer = saved.filePath;
    const preview = await call(router, 'previewImport', {});
    if (preview.status !== 'ready') throw new Error('the backup was not read');
    expect(preview.summary.briefs).toEqual({ added: 1, changed: 0 });
    await call(router, 'applyImport', { token: preview.token });
    const [brief] = await expectDiskEqualsWindow();
    expect(sectionTexts(brief, 'objective')).toEqual(['Ұзақ мерзімді ынтымақтастық.']);
  });
});

describe('exporting a brief', () => {
  async function sampleBrief(): Promise<string> {
    const { briefId } = await change({
      operation: 'createFromCards',
      title: 'Meeting with the Korean Foreign Minister',
      handlingLabel: 'Internal — not for circulation',
      factIds: ['deal-usd-1-7-billion', 'president-moon'],
    });
    await change({ operation: 'addItem', briefId, section: 'points-to-make', text: 'Поблагодарить за приём.' });
    return briefId;
  }

  it('writes Markdown and Word in the chosen language, Cyrillic intact', async () => {
    const briefId = await sampleBrief();
    const markdown = await call(router, 'exportBrief', {
      briefId,
      format: 'markdown',
      paper: 'A4',
      includeAnnex: true,
      language: 'ru',
    });
    if (markdown.status !== 'saved') throw new Error('not saved');
    expect(markdown.filePath).toMatch(/brief-meeting-with-the-korean-foreign-minister-\d{4}-\d\d-\d\d\.md$/);
    const text = await readFile(markdown.filePath, 'utf8');
    expect(text).toContain('## Тезисы');
    expect(text).toContain('Поблагодарить за приём.');
    expect(text).toContain('Приложение: цитируемые карточки');

    const docx = await call(router, 'exportBrief', {
      briefId,
      format: 'docx',
      paper: 'A4',
      includeAnnex: false,
      language: 'en',
    });
    if (docx.status !== 'saved') throw new Error('not saved');
    expect(docx.filePath).toMatch(/\.docx$/);
    const paragraphs = readDocx(new Uint8Array(await readFile(docx.filePath))).paragraphs('word/document.xml');
    const texts = paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain('Points to make');
    expect(texts.some((line) => line.includes('Поблагодарить за приём.'))).toBe(true);
  });

  it('prints the PDF through the printer port with the labels of the chosen language', async () => {
    const briefId = await sampleBrief();
    const saved = await call(router, 'exportBrief', {
      briefId,
      format: 'pdf',
      paper: 'Letter',
      includeAnnex: true,
      language: 'kk',
    });
    expect(saved).toMatchObject({ status: 'saved', pages: 2 });
    expect(printed[0]?.paper).toBe('Letter');
    expect(printed[0]?.labels.sections['points-to-make']).toBe('Айтылатын тезистер');
    expect(printed[0]?.document.annex.map((card) => card.factId)).toEqual(['deal-usd-1-7-billion', 'president-moon']);
  });

  it('answers cancelled when the dialog is cancelled, and refuses an unknown brief before asking', async () => {
    const briefId = await sampleBrief();
    saveAnswers.push(undefined);
    expect(
      await call(router, 'exportBrief', { briefId, format: 'docx', paper: 'A4', includeAnnex: false, language: 'en' }),
    ).toEqual({
      status: 'cancelled',
    });
    const error = await callFails(
      router,
      'exportBrief',
      { briefId: 'brief-none', format: 'markdown', paper: 'A4', includeAnnex: false, language: 'en' },
      'not-found',
    );
    expect(error.message).toBe('There is no brief with the id "brief-none"; nothing was exported.');
  });
});

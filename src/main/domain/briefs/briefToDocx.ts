import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { BriefDocument, BriefEndNote } from '../../../shared/briefs/briefDocument';
import { fillTemplate, splitTemplate, type BriefLabels } from '../../../shared/briefs/briefLabels';
import type { PaperSize } from '../../../shared/export/exportSchemas';
import { blockParagraphs, bulletReference, colours, noteBookmark, sizes } from './docxBlocks';
import { fontTableXml, runFonts, runLanguage } from './docxFonts';

export interface BriefDocxOptions {
  paper: PaperSize;
}

/** Page sizes and margins in twentieths of a point: A4 or US Letter, 2.2 cm margins at the sides. */
const pages: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
const margin = { top: 1440, bottom: 1300, side: 1250, header: 640, footer: 560 };

function handlingParagraph(label: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: label, bold: true, size: sizes.small, color: colours.ink, characterSpacing: 10 })],
  });
}

/** "Page 3 of 7" with Word's own page fields where the labels' template puts {page} and {pages}. */
function pageNumberRuns(labels: BriefLabels): ParagraphChild[] {
  return splitTemplate(labels.pageOfPages).map((part) => {
    if ('text' in part) return new TextRun({ text: part.text, size: sizes.small, color: colours.muted });
    const field = part.slot === 'pages' ? PageNumber.TOTAL_PAGES : PageNumber.CURRENT;
    return new TextRun({ children: [field], size: sizes.small, color: colours.muted });
  });
}

function pageFooter(document: BriefDocument, labels: BriefLabels, textWidth: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: colours.rule, space: 6 } },
        children: [
          new TextRun({ text: document.handlingLabel, bold: true, size: sizes.small }),
          new TextRun({ text: '\t', size: sizes.small }),
          ...pageNumberRuns(labels),
        ],
      }),
    ],
  });
}

function meetingTable(document: BriefDocument, labels: BriefLabels, textWidth: number): Table | undefined {
  const { meeting } = document;
  const when = [meeting.dateLabel, meeting.time].filter(Boolean).join(', ');
  const rows: Array<[string, string]> = [];
  if (when) rows.push([meeting.time ? `${labels.meeting.date} · ${labels.meeting.time}` : labels.meeting.date, when]);
  if (meeting.place) rows.push([labels.meeting.place, meeting.place]);
  if (meeting.counterpart) rows.push([labels.meeting.counterpart, meeting.counterpart]);
  if (meeting.attendees.length > 0) rows.push([labels.meeting.attendees, meeting.attendees.join('; ')]);
  if (rows.length === 0) return undefined;
  const labelWidth = 2300;
  const cell = (text: string, width: number, muted: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 30, bottom: 30, left: 0, right: 120 },
      children: [
        new Paragraph({
          children: [
            new TextRun({
              text,
              ...(muted ? { color: colours.muted, smallCaps: true, size: sizes.small + 1 } : { bold: false }),
            }),
          ],
        }),
      ],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, textWidth - labelWidth],
    borders: TableBorders.NONE,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({ children: [cell(label, labelWidth, true), cell(value, textWidth - labelWidth, false)] }),
    ),
  });
}

function titleBlock(document: BriefDocument, labels: BriefLabels, textWidth: number): Array<Paragraph | Table> {
  const blocks: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: document.title })] }),
  ];
  const table = meetingTable(document, labels, textWidth);
  if (table) blocks.push(table);
  if (document.asOf) {
    const asOf = fillTemplate(labels.factsAsOf, { date: document.asOf.label });
    blocks.push(
      new Paragraph({
        spacing: { before: 160 },
        children: [
          new TextRun({ text: `${asOf}. `, italics: true, bold: true, size: sizes.small, color: colours.muted }),
          new TextRun({ text: labels.factsAsOfNote, italics: true, size: sizes.small, color: colours.muted }),
        ],
      }),
    );
  }
  blocks.push(
    new Paragraph({
      spacing: { after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: colours.accent, space: 8 } },
      children: [],
    }),
  );
  return blocks;
}

function annexParagraphs(document: BriefDocument, labels: BriefLabels): Paragraph[] {
  if (document.annex.length === 0) return [];
  const paragraphs = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(labels.annex)] }),
    new Paragraph({ children: [new TextRun({ text: labels.annexIntro, italics: true, color: colours.muted })] }),
  ];
  for (const card of document.annex) {
    paragraphs.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(card.title)] }),
      new Paragraph({ keepNext: true, children: [new TextRun({ text: card.summary, bold: true })] }),
      new Paragraph({ children: [new TextRun(card.body)] }),
    );
    const meta = [card.dateLabel, card.sourceLabel].filter(Boolean).join(' · ');
    if (meta)
      paragraphs.push(
        new Paragraph({ children: [new TextRun({ text: meta, size: sizes.small, color: colours.muted })] }),
      );
    for (const caveat of card.caveats) {
      paragraphs.push(
        new Paragraph({
          indent: { left: 240 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: colours.rule, space: 8 } },
          children: [
            new TextRun({ text: `${labels.caveat}: `, bold: true, size: sizes.small }),
            new TextRun({
              text: `${fillTemplate(labels.caveatSource, { text: caveat.sourceText })} `,
              size: sizes.small,
            }),
            new TextRun({ text: caveat.note, size: sizes.small, color: colours.muted }),
          ],
        }),
      );
    }
  }
  return paragraphs;
}

function citationRuns(note: BriefEndNote, labels: BriefLabels): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  note.citations.forEach((citation, index) => {
    if (index > 0) children.push(new TextRun({ text: '; ', size: sizes.small }));
    if (!citation.cardTitle) {
      children.push(
        new TextRun({ text: `${citation.label || citation.factId} (${labels.missingCard})`, size: sizes.small }),
      );
    } else if (citation.label === citation.cardTitle) {
      children.push(new TextRun({ text: citation.cardTitle, italics: true, size: sizes.small }));
    } else {
      children.push(
        new TextRun({ text: `${citation.label} — `, size: sizes.small }),
        new TextRun({ text: citation.cardTitle, italics: true, size: sizes.small }),
      );
    }
  });
  return children;
}

/** The end notes, numbered as the text marks them, each a bookmark its mark links to. */
function notesParagraphs(document: BriefDocument, labels: BriefLabels): Paragraph[] {
  if (document.notes.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.notes)] }),
    ...document.notes.map(
      (note) =>
        new Paragraph({
          tabStops: [{ type: TabStopType.LEFT, position: 500 }],
          indent: { left: 500, hanging: 500 },
          spacing: { after: 40 },
          children: [
            new Bookmark({
              id: noteBookmark(note.number),
              children: [new TextRun({ text: `${note.number}.`, size: sizes.small })],
            }),
            new TextRun({ text: '\t', size: sizes.small }),
            ...citationRuns(note, labels),
          ],
        }),
    ),
  ];
}

/**
 * A brief as a Word document, the way ministries circulate them: the handling label at the head and
 * foot of every page, "Page X of Y", the meeting block, the sections as Word headings (so the
 * navigation pane lists them), numbered addenda, citations as linked end notes, and the annex.
 */
export function buildBriefDocx(document: BriefDocument, labels: BriefLabels, options: BriefDocxOptions): Document {
  const page = pages[options.paper];
  const textWidth = page.width - 2 * margin.side;
  const body: Array<Paragraph | Table> = [...titleBlock(document, labels, textWidth)];
  for (const section of document.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.sections[section.id])] }));
    for (const block of section.blocks) body.push(...blockParagraphs(section.id, block, labels));
  }
  body.push(...notesParagraphs(document, labels), ...annexParagraphs(document, labels));
  const heading = (size: number, color: string, before: number) => ({
    run: { font: runFonts, size, bold: true, color },
    paragraph: { spacing: { before, after: 100 }, keepNext: true, keepLines: true },
  });
  return new Document({
    title: document.title,
    creator: 'Summit Briefing',
    description: document.handlingLabel,
    styles: {
      default: {
        document: {
          run: { font: runFonts, size: sizes.body, color: colours.ink, language: runLanguage },
          paragraph: { spacing: { after: 60, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          ...heading(sizes.title, colours.accent, 0),
          paragraph: { spacing: { after: 200, line: 240, lineRule: LineRuleType.AUTO } },
        },
        heading1: heading(sizes.heading, colours.accent, 300),
        heading2: heading(sizes.subheading, colours.ink, 220),
      },
    },
    numbering: {
      config: [
        {
          reference: bulletReference,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } }, run: { color: colours.accent } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: page,
            margin: {
              top: margin.top,
              bottom: margin.bottom,
              left: margin.side,
              right: margin.side,
              header: margin.header,
              footer: margin.footer,
            },
          },
        },
        headers: { default: new Header({ children: [handlingParagraph(document.handlingLabel)] }) },
        footers: { default: pageFooter(document, labels, textWidth) },
        children: body,
      },
    ],
  });
}

/** The .docx file's bytes, in Node and in a browser alike. */
export async function briefToDocx(
  document: BriefDocument,
  labels: BriefLabels,
  options: BriefDocxOptions,
): Promise<Uint8Array> {
  const file = buildBriefDocx(document, labels, options);
  const bytes = await Packer.toArrayBuffer(file, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(bytes);
}

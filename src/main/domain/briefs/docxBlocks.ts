import { ExternalHyperlink, InternalHyperlink, Paragraph, TabStopType, TextRun, type ParagraphChild } from 'docx';
import { personLine, type BriefBlock } from '../../../shared/briefs/briefDocument';
import { fillTemplate, type BriefLabels } from '../../../shared/briefs/briefLabels';
import type { BriefSectionId } from '../../../shared/briefs/briefSchema';
import { inlineSpans } from '../../../shared/briefs/inlineMarkdown';
import { briefFonts } from './docxFonts';

export const colours = {
  ink: '1B1F24',
  muted: '5A6270',
  accent: '1F3A5F',
  caution: '8A2A2A',
  rule: 'B8C0CC',
} as const;

/** Word's sizes are in half-points. */
export const sizes = { body: 21, small: 17, title: 36, heading: 26, subheading: 22 } as const;

export const bulletReference = 'brief-bullet';

/** Runs for an item's Markdown line: bold, italic, code and safe links as Word formatting. */
export function markdownRuns(line: string, base: { color?: string; italics?: boolean } = {}): ParagraphChild[] {
  return inlineSpans(line).map((span) => {
    const run = new TextRun({
      text: span.text,
      ...(span.bold ? { bold: true } : {}),
      ...(span.italic || base.italics ? { italics: true } : {}),
      ...(span.strike ? { strike: true } : {}),
      ...(span.code ? { font: briefFonts.code } : {}),
      ...(base.color ? { color: base.color } : {}),
      ...(span.href ? { style: 'Hyperlink' } : {}),
    });
    return span.href ? new ExternalHyperlink({ link: span.href, children: [run] }) : run;
  });
}

/** Word bookmark names are letters, digits and underscores. */
export function noteBookmark(number: number): string {
  return `brief_note_${number}`;
}

/**
 * The note's number, raised and linked to the note. The notes are the document's own last section
 * rather than Word end notes: LibreOffice prints Word end notes on a page style of its own, without
 * the header and footer, and the handling label must be on every page.
 */
function endnoteRun(block: BriefBlock): ParagraphChild[] {
  if (block.noteNumber === undefined) return [];
  return [
    new InternalHyperlink({
      anchor: noteBookmark(block.noteNumber),
      children: [new TextRun({ text: String(block.noteNumber), superScript: true, color: colours.accent })],
    }),
  ];
}

function bullet(children: ParagraphChild[], keepNext = false): Paragraph {
  return new Paragraph({
    numbering: { reference: bulletReference, level: 0 },
    spacing: { after: 80 },
    keepNext,
    children,
  });
}

/** A background fact's mark, in small capitals before it: muted when usable, in the caution colour when not. */
function disclosureRun(block: BriefBlock, labels: BriefLabels): ParagraphChild[] {
  if (!block.disclosure) return [];
  return [
    new TextRun({
      text: labels.disclosure[block.disclosure],
      smallCaps: true,
      bold: true,
      size: sizes.small,
      color: block.disclosure === 'usable' ? colours.muted : colours.caution,
    }),
    new TextRun({ text: '  ' }),
  ];
}

/** The paragraphs one item prints as, by its section's layout. */
export function blockParagraphs(section: BriefSectionId, block: BriefBlock, labels: BriefLabels): Paragraph[] {
  const text = [...markdownRuns(block.text), ...endnoteRun(block)];
  switch (section) {
    case 'objective':
      return [new Paragraph({ spacing: { after: 100 }, children: text })];
    case 'background':
      return [bullet([...disclosureRun(block, labels), ...text])];
    case 'pen-pictures': {
      if (!block.person) return [bullet(text)];
      const who = personLine(block.person);
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 80, after: 20 },
          children: [
            new TextRun({ text: block.person.name, bold: true }),
            ...(who ? [new TextRun({ text: `, ${who}`, color: colours.muted })] : []),
          ],
        }),
        new Paragraph({ indent: { left: 360 }, spacing: { after: 100 }, children: text }),
      ];
    }
    case 'timeline':
      // The date in a column of its own, the entry hanging beside it.
      return [
        new Paragraph({
          tabStops: [{ type: TabStopType.LEFT, position: 1800 }],
          indent: { left: 1800, hanging: 1800 },
          spacing: { after: 80 },
          children: [new TextRun({ text: block.dateLabel ?? '', bold: true }), new TextRun({ text: '\t' }), ...text],
        }),
      ];
    case 'addenda':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 100, after: 20 },
          children: [
            new TextRun({ text: fillTemplate(labels.addendum, { number: block.number ?? 0 }), bold: true }),
            new TextRun({ text: `  ·  ${block.dateLabel ?? ''}`, color: colours.muted }),
          ],
        }),
        new Paragraph({ indent: { left: 360 }, spacing: { after: 100 }, children: text }),
      ];
    case 'points-to-avoid': {
      if (!block.ifRaised) return [bullet(text)];
      return [
        bullet(text, true),
        new Paragraph({
          indent: { left: 720 },
          spacing: { after: 100 },
          children: [
            new TextRun({ text: `${labels.ifRaised} `, bold: true, italics: true }),
            ...markdownRuns(block.ifRaised, { italics: true }),
          ],
        }),
      ];
    }
    default:
      return [bullet(text)];
  }
}

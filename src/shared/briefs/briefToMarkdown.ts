import {
  personLine,
  type BriefBlock,
  type BriefDocument,
  type BriefEndNote,
  type BriefNoteCitation,
} from './briefDocument';
import { fillTemplate, type BriefLabels } from './briefLabels';
import type { BriefSectionId } from './briefSchema';
import { escapeMarkdownInline } from './markdownText';

/** The header block: the meeting's facts, one per line, each line ending in a hard break. */
function meetingLines(document: BriefDocument, labels: BriefLabels): string[] {
  const { meeting } = document;
  const rows: Array<[string, string]> = [];
  if (meeting.dateLabel) rows.push([labels.meeting.date, meeting.dateLabel]);
  if (meeting.time) rows.push([labels.meeting.time, meeting.time]);
  if (meeting.place) rows.push([labels.meeting.place, meeting.place]);
  if (meeting.counterpart) rows.push([labels.meeting.counterpart, meeting.counterpart]);
  if (meeting.attendees.length > 0) rows.push([labels.meeting.attendees, meeting.attendees.join('; ')]);
  return rows.map(([label, value], index) => {
    const line = `**${escapeMarkdownInline(label)}:** ${escapeMarkdownInline(value)}`;
    return index < rows.length - 1 ? `${line}\\` : line;
  });
}

function noteMark(block: BriefBlock): string {
  return block.noteNumber === undefined ? '' : `[^${block.noteNumber}]`;
}

function blockLine(section: BriefSectionId, block: BriefBlock, labels: BriefLabels): string[] {
  const text = `${block.text}${noteMark(block)}`;
  switch (section) {
    case 'background': {
      const mark = block.disclosure ? `*${escapeMarkdownInline(labels.disclosure[block.disclosure])}:* ` : '';
      return [`- ${mark}${text}`];
    }
    case 'pen-pictures': {
      const person = block.person;
      if (!person) return [`- ${text}`];
      const who = personLine(person);
      return [`- **${escapeMarkdownInline(person.name)}**${who ? `, ${escapeMarkdownInline(who)}` : ''} — ${text}`];
    }
    case 'timeline':
      return [`- **${escapeMarkdownInline(block.dateLabel ?? '')}** — ${text}`];
    case 'addenda': {
      const heading = fillTemplate(labels.addendum, { number: block.number ?? 0 });
      return [`**${escapeMarkdownInline(heading)}** · ${escapeMarkdownInline(block.dateLabel ?? '')}\\`, text, ''];
    }
    case 'points-to-avoid': {
      if (!block.ifRaised) return [`- ${text}`];
      return [`- ${text}`, `  *${escapeMarkdownInline(labels.ifRaised)}* ${block.ifRaised}`];
    }
    default:
      return [`- ${text}`];
  }
}

function citationText(citation: BriefNoteCitation, labels: BriefLabels): string {
  if (!citation.cardTitle)
    return `${escapeMarkdownInline(citation.label || citation.factId)} (${escapeMarkdownInline(labels.missingCard)})`;
  if (citation.label === citation.cardTitle) return `*${escapeMarkdownInline(citation.cardTitle)}*`;
  return `${escapeMarkdownInline(citation.label)} — *${escapeMarkdownInline(citation.cardTitle)}*`;
}

function noteLine(note: BriefEndNote, labels: BriefLabels): string {
  return `[^${note.number}]: ${note.citations.map((citation) => citationText(citation, labels)).join('; ')}`;
}

function annexLines(document: BriefDocument, labels: BriefLabels): string[] {
  const lines = [`## ${escapeMarkdownInline(labels.annex)}`, '', `*${escapeMarkdownInline(labels.annexIntro)}*`, ''];
  for (const card of document.annex) {
    lines.push(`### ${escapeMarkdownInline(card.title)}`, '', `**${escapeMarkdownInline(card.summary)}**`, '');
    lines.push(escapeMarkdownInline(card.body), '');
    const meta = [card.dateLabel, card.sourceLabel].filter(Boolean).map((part) => escapeMarkdownInline(part ?? ''));
    if (meta.length > 0) lines.push(`*${meta.join(' · ')}*`, '');
    for (const caveat of card.caveats) {
      const source = fillTemplate(labels.caveatSource, { text: caveat.sourceText });
      lines.push(
        `> **${escapeMarkdownInline(labels.caveat)}:** ${escapeMarkdownInline(source)} ${escapeMarkdownInline(caveat.note)}`,
        '',
      );
    }
  }
  return lines;
}

/**
 * A brief as Markdown: the handling label first and last (Markdown has no pages to head), the
 * meeting block, the sections in order, the annex when chosen, and the citations as end notes in
 * footnote syntax, which GitHub, Pandoc and most Markdown editors print at the end.
 */
export function briefToMarkdown(document: BriefDocument, labels: BriefLabels): string {
  const lines: string[] = [];
  const handling = document.handlingLabel ? `**${escapeMarkdownInline(document.handlingLabel)}**` : '';
  if (handling) lines.push(handling, '');
  lines.push(`# ${escapeMarkdownInline(document.title)}`, '');
  const meeting = meetingLines(document, labels);
  if (meeting.length > 0) lines.push(...meeting, '');
  if (document.asOf) {
    const asOf = fillTemplate(labels.factsAsOf, { date: document.asOf.label });
    lines.push(`*${escapeMarkdownInline(asOf)}. ${escapeMarkdownInline(labels.factsAsOfNote)}*`, '');
  }
  for (const section of document.sections) {
    lines.push(`## ${escapeMarkdownInline(labels.sections[section.id])}`, '');
    for (const block of section.blocks) lines.push(...blockLine(section.id, block, labels));
    lines.push('');
  }
  if (document.annex.length > 0) lines.push(...annexLines(document, labels));
  if (document.notes.length > 0) {
    lines.push(`## ${escapeMarkdownInline(labels.notes)}`, '');
    for (const note of document.notes) lines.push(noteLine(note, labels));
    lines.push('');
  }
  if (handling) lines.push('---', '', handling, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

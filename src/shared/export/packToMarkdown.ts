import type { PackCard, PackModel } from './packModel';

/** Keeps a line of card text from being read as Markdown structure (a heading, a list) where it starts. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

/** A user's note is Markdown already; its headings are pushed below the card's so the outline stays right. */
function demoteHeadings(markdown: string): string {
  return markdown.replace(
    /^(#{1,6})(\s)/gm,
    (_match, hashes: string, space: string) => `${'#'.repeat(Math.min(6, hashes.length + 4))}${space}`,
  );
}

function cardMarkdown(card: PackCard): string {
  const lines: string[] = [`### ${escapeInline(card.title)}`, '', `**${escapeInline(card.summary)}**`, ''];
  if (card.figures.length > 0) {
    for (const figure of card.figures) {
      const qualifier = figure.qualifier ? ` (${figure.qualifier})` : '';
      lines.push(`- **${escapeInline(figure.display)}**${qualifier} — ${escapeInline(figure.measures)}`);
    }
    lines.push('');
  }
  lines.push(escapeInline(card.body), '');
  if (card.quote) lines.push(quoteBlock(`“${card.quote.text}” (paragraph ${card.quote.paragraph})`), '');
  if (card.people.length > 0) {
    lines.push(
      `People: ${card.people.map((person) => `${escapeInline(person.name)} (${escapeInline(person.role)})`).join('; ')}`,
      '',
    );
  }
  if (card.organisations.length > 0) {
    lines.push(
      `Organisations: ${card.organisations.map((organisation) => escapeInline(organisation.name)).join('; ')}`,
      '',
    );
  }
  if (card.dateLabel) lines.push(`Date: ${card.dateLabel}`, '');
  if (card.sourceLine) lines.push(`*${escapeInline(card.sourceLine)}*`, '');
  for (const caveat of card.caveats) {
    lines.push(quoteBlock(`**Caveat:** the source says “${caveat.sourceText}”. ${caveat.note}`), '');
  }
  if (card.notes.length > 0) {
    lines.push('#### Your notes', '');
    for (const note of card.notes) lines.push(demoteHeadings(note.markdown.trim()), '');
  }
  if (card.highlights.length > 0) {
    lines.push('#### Your highlights', '');
    for (const highlight of card.highlights) {
      const comment = highlight.comment ? ` — ${escapeInline(highlight.comment)}` : '';
      lines.push(`- “${escapeInline(highlight.quote)}” (${highlight.color})${comment}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The same pack as the PDF, as one Markdown document. */
export function packToMarkdown(pack: PackModel): string {
  const { cover } = pack;
  const out: string[] = [`# ${escapeInline(cover.title)}`, ''];
  if (cover.subtitle) out.push(`*${escapeInline(cover.subtitle)}*`, '');
  const byline = [
    cover.author ? `Prepared by ${escapeInline(cover.author)}` : '',
    `Exported ${cover.dateLabel}`,
    cover.selectionLabel,
  ]
    .filter(Boolean)
    .join(' · ');
  out.push(byline, '');
  if (cover.asOf) out.push(quoteBlock(`**${escapeInline(cover.asOf.heading)}.** ${escapeInline(cover.asOf.note)}`), '');
  out.push('## Contents', '');
  if (pack.keyFigures.length > 0) out.push('- Key figures');
  for (const section of pack.sections) out.push(`- ${section.label} (${section.cards.length})`);
  if (pack.sources.length > 0) out.push('- Sources');
  out.push('');
  if (pack.keyFigures.length > 0) {
    out.push('## Key figures', '', '| Figure | What it measures | Card |', '| --- | --- | --- |');
    for (const { figure, cardTitle } of pack.keyFigures) {
      const cell = (text: string) => escapeInline(text).replace(/\|/g, '\\|');
      out.push(`| ${cell(figure.display)} | ${cell(figure.measures)} | ${cell(cardTitle)} |`);
    }
    out.push('');
  }
  for (const section of pack.sections) {
    out.push(`## ${section.label}`, '', ...(section.description ? [`*${section.description}*`, ''] : []));
    for (const card of section.cards) out.push(cardMarkdown(card));
  }
  if (pack.sources.length > 0) {
    out.push('## Sources', '');
    for (const source of pack.sources) {
      const meta = [source.publisher, source.date].filter(Boolean).join(', ');
      out.push(
        `- **${escapeInline(source.title)}**${meta ? ` (${escapeInline(meta)})` : ''}. ${escapeInline(source.description)}`,
      );
    }
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

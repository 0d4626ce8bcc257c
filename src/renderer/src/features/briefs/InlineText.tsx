import { inlineSpans } from '../../../../shared/briefs/inlineMarkdown';

/**
 * A brief item's one line of Markdown as styled text: bold, italics, code, strike. Links show as
 * their text only (a brief is read, not browsed, and no remote content is ever opened from one);
 * raw HTML stays text, so nothing the user typed becomes markup.
 */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {inlineSpans(text).map((span, index) => {
        let node: React.ReactNode = span.text;
        if (span.code) node = <code>{node}</code>;
        if (span.strike) node = <s>{node}</s>;
        if (span.italic) node = <em>{node}</em>;
        if (span.bold) node = <strong>{node}</strong>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

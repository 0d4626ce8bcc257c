import { markdownParagraphs } from './markdownParagraphs';
import type { ParagraphRule } from './paragraphRuleNames';
import type { Paragraph } from './paragraphSpans';
import { plainTextParagraphs } from './plainTextParagraphs';

// The names live apart so a source's schema can name its rule without bringing the Markdown parser along.
export { paragraphRules, paragraphRuleVersion, type ParagraphRule } from './paragraphRuleNames';

export function paragraphsByRule(text: string, rule: ParagraphRule): Paragraph[] {
  return rule === 'markdown' ? markdownParagraphs(text) : plainTextParagraphs(text, rule);
}

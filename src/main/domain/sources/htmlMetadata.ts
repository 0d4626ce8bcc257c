import { suggestedMetadataSchema, type SuggestedMetadata } from '../../../shared/sources/sourceDraft';

interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

const oneLine = (value: string | null | undefined, max: number) => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : undefined;
};

/** "2021-08-20T09:30:00+05:00" → "2021-08-20": the date as the page states it, not moved to another time zone. */
function dateOf(value: string | null | undefined): string | undefined {
  return /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1];
}

/**
 * What a page says about itself, offered on the import form: Readability's title, byline, site name, date and
 * language, and the canonical address (text only; it is never fetched). Anything that would not pass the form's
 * own checks is left out rather than offered.
 */
export function suggestedMetadata(document: Document, article: ReadabilityMetadata | null): SuggestedMetadata {
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? undefined;
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  const candidates: Record<string, string | undefined> = {
    title: oneLine(article?.title ?? document.title, 200),
    outlet: oneLine(article?.siteName ?? meta('meta[property="og:site_name"]'), 160),
    author: oneLine(article?.byline?.replace(/^by\s+/i, '') ?? meta('meta[name="author"]'), 160),
    date: dateOf(article?.publishedTime ?? meta('meta[property="article:published_time"]')),
    url: oneLine(canonical, 2048),
    language: oneLine(article?.lang ?? document.documentElement.getAttribute('lang'), 35),
  };
  const suggested: SuggestedMetadata = {};
  for (const [field, value] of Object.entries(candidates)) {
    if (value === undefined) continue;
    const checked = suggestedMetadataSchema.shape[field as keyof SuggestedMetadata].safeParse(value);
    if (checked.success && checked.data !== undefined) Object.assign(suggested, { [field]: checked.data });
  }
  return suggested;
}

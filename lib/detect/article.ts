/** The most text of an article Footnote reads: long enough for any news story, short enough to bound the work. */
export const MAX_TEXT_CHARS = 60_000;

/** What extraction reads off a page: plain data, so detection runs the same in the browser and in Node. */
export interface ExtractedArticle {
  url: string;
  title: string;
  /** meta description or og:description. */
  description: string;
  /** The opening place line, e.g. "GLENDALE, Calif." when the story has one. */
  dateline: string;
  /** og:site_name, JSON-LD publisher, or the host name. */
  publisher: string;
  /** ISO date (yyyy-mm-dd) when the page states one. */
  published: string;
  /** The page's declared language, lower-case primary subtag ("en", "es"); "" when undeclared. */
  lang: string;
  /** The main text, paragraphs separated by blank lines, capped in length. */
  text: string;
}

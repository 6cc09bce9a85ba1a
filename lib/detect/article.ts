/** The most text of an article Footnote reads: long enough for any news story, short enough to bound the work. */
export const MAX_TEXT_CHARS = 60_000;

/** The most of a page's HTML handed over for a Readability reading: far beyond any story page's size. */
export const MAX_HTML_CHARS = 3_000_000;

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
  /**
   * The page's HTML, when it marks no story body to read directly. Readability reads it in the
   * background (lib/detect/readable.ts), which keeps that library out of the script every page loads.
   * Absent once read.
   */
  html?: string;
}

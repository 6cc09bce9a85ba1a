/**
 * Links come from bundled data, which the schema test holds to https; this is the last line of defence
 * so that a bad record can never put a `javascript:` or `data:` URL behind a link a reader clicks.
 */

/** The URL when it is http(s), otherwise undefined (render the text without a link). */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

import type { ComponentChildren } from 'preact';
import { safeHref } from '@/lib/format/url';

/** Props for {@link ExternalLink}. */
export type ExternalLinkProps = {
  href: string;
  children: ComponentChildren;
  class?: string;
  title?: string;
  'aria-label'?: string;
};

/** A link that opens in a new tab without giving the opened page a handle on ours or the article's URL. */
export default function ExternalLink({
  href,
  children,
  class: className,
  title,
  'aria-label': label,
}: ExternalLinkProps) {
  const safe = safeHref(href);
  // A URL we refuse to link still shows its text, so the reader keeps the reference.
  if (!safe) return <span class={className}>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" class={className} title={title} aria-label={label}>
      {children}
    </a>
  );
}

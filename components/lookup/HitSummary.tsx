import type { SearchHit } from '@/lib/context/model';
import { recordKindLabel } from '@/lib/format/labels';

/** Props for {@link HitSummary}. */
export type HitSummaryProps = { hit: Pick<SearchHit, 'kind' | 'title' | 'subtitle'> };

/** A search hit's face: kind badge, title and second line. Shared by the result list and related records. */
export default function HitSummary({ hit }: HitSummaryProps) {
  return (
    <>
      <span class="lk-kind" data-kind={hit.kind}>
        {recordKindLabel(hit.kind)}
      </span>
      {/* Spaces keep the accessible name readable ("Law SB 54 …"); flex layout hides them visually. */}{' '}
      <span class="lk-hit-text">
        <span class="lk-hit-title">{hit.title}</span>{' '}
        {hit.subtitle && <span class="lk-hit-subtitle">{hit.subtitle}</span>}
      </span>
    </>
  );
}

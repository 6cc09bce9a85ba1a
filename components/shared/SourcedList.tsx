import type { SourcedText } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import SourceRefs from './SourceRefs';

/** Props for {@link SourcedList}. */
export type SourcedListProps = {
  /** Sentences with their sources; a provision also has its pinpoint citation. */
  items: readonly (SourcedText & { cite?: string })[];
  numbers?: SourceNumbers;
  class?: string;
  id?: string;
};

/** A bulleted list of sourced sentences (facts, provisions, exceptions), each ending in its source links. */
export default function SourcedList({ items, numbers, class: className, id }: SourcedListProps) {
  return (
    <ul id={id} class={className ? `fn-sourced ${className}` : 'fn-sourced'}>
      {items.map((item, index) => (
        <li key={index}>
          {item.cite && (
            <>
              <span class="fn-pinpoint">{item.cite}</span>{' '}
            </>
          )}
          {item.text} <SourceRefs sources={item.sources} numbers={numbers} />
        </li>
      ))}
    </ul>
  );
}

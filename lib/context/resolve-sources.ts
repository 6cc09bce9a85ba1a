/** Turns source ids into links, so every view shows a claim together with where it comes from. */
import type { Fact, RecordId, Source } from '../dataset/schema';
import type { SourceLink, SourcedText } from './model';

/** Looks sources up by id for one dataset. */
export class SourceResolver {
  constructor(private readonly byId: ReadonlyMap<RecordId, Source>) {}

  /** The link for one source id; unknown ids are dropped (the dataset test forbids them). */
  link(id: RecordId): SourceLink | undefined {
    const s = this.byId.get(id);
    if (!s) return undefined;
    const link: SourceLink = {
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      kind: s.kind,
      url: s.url,
      primary: s.primary,
    };
    if (s.date) link.date = s.date;
    return link;
  }

  links(ids: readonly RecordId[]): SourceLink[] {
    return ids.map((id) => this.link(id)).filter((l): l is SourceLink => !!l);
  }

  text(fact: Fact): SourcedText {
    return { text: fact.text, sources: this.links(fact.sources) };
  }
}

/**
 * Source order and numbering. A fact's little "[3]" must mean the third entry of the Sources list it sits above,
 * so the list order and the numbers are computed once, from the same place.
 */
import type { SidebarModel, SourceLink, SourcedText } from '../context/model';

/** Source id → its 1-based number in the list a view shows. */
export type SourceNumbers = ReadonlyMap<string, number>;

/**
 * The one order every source list uses: primary sources first, then newest first (undated last), then by
 * title, each source once. Sources in `cited` that `listed` lacks follow, in the order given, so a
 * fact's reference number never dangles.
 */
export function orderSources(listed: readonly SourceLink[], cited: readonly SourceLink[] = []): SourceLink[] {
  const seen = new Set<string>();
  const out: SourceLink[] = [];
  const add = (source: SourceLink) => {
    if (seen.has(source.id)) return;
    seen.add(source.id);
    out.push(source);
  };
  [...listed]
    .sort(
      (a, b) =>
        Number(b.primary) - Number(a.primary) ||
        (b.date ?? '').localeCompare(a.date ?? '') ||
        a.title.localeCompare(b.title),
    )
    .forEach(add);
  cited.forEach(add);
  return out;
}

/** Numbers for an ordered list: first is 1. */
export function numberSources(ordered: readonly SourceLink[]): SourceNumbers {
  return new Map(ordered.map((source, index) => [source.id, index + 1]));
}

/** Every source a sidebar model cites anywhere, in reading order. */
export function citedInSidebar(model: SidebarModel): SourceLink[] {
  const texts: SourcedText[] = [];
  if (model.decision) texts.push(model.decision.headline, ...model.decision.facts);
  if (model.posture) texts.push(model.posture);
  const out: SourceLink[] = texts.flatMap((t) => t.sources);
  for (const law of model.laws) {
    out.push(
      ...law.summary.sources,
      ...law.provisions.flatMap((p) => p.sources),
      ...law.exceptions.flatMap((t) => t.sources),
      ...law.misstated.flatMap((t) => t.sources),
      law.primarySource,
    );
  }
  for (const c of model.cases) out.push(...c.holding.sources, c.primarySource);
  out.push(...model.timeline.flatMap((entry) => entry.headline.sources));
  out.push(...model.agreements.flatMap((a) => a.sources));
  for (const claim of model.claims) out.push(...claim.statement.sources, ...claim.criteria.sources);
  return out;
}

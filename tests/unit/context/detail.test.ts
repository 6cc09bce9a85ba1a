import { beforeAll, describe, expect, it } from 'vitest';
import { recordDetail } from '../../../lib/context/detail';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import type { Dataset, RecordKind } from '../../../lib/dataset/schema';
import { formatDate } from '../../../lib/format/date';
import { bundledIndex } from '../helpers';

let data: DatasetIndex;
let dataset: Dataset;
beforeAll(async () => {
  data = await bundledIndex();
  dataset = data.dataset;
});

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

describe('recordDetail', () => {
  it('writes every date in a subtitle for readers, never as an ISO date', { timeout: 60_000 }, () => {
    const records: [RecordKind, { id: string }[]][] = [
      ['law', dataset.laws],
      ['jurisdiction', dataset.jurisdictions],
      ['decision', dataset.decisions],
      ['case', dataset.cases],
      ['source', dataset.sources],
      ['agreement', dataset.agreements],
      ['claim', dataset.claims],
    ];
    for (const [kind, list] of records) {
      for (const { id } of list) {
        const detail = recordDetail(data, kind, id);
        expect(detail?.subtitle, `${kind} ${id}`).not.toMatch(ISO_DATE);
        for (const group of detail?.related ?? [])
          for (const hit of group.hits) expect(hit.subtitle, `${kind} ${id} → ${hit.id}`).not.toMatch(ISO_DATE);
      }
    }
  });

  it("gives a law's status with the date it was checked, apart from the law's own dates", () => {
    const law = dataset.laws.find((l) => l.id === 'law-ca-sb54-2017')!;
    const detail = recordDetail(data, 'law', law.id)!;
    expect(detail.subtitle).toBe(`${law.citation} · In force (status checked ${formatDate(law.status.asOf)})`);
  });

  it('dates a decision and names its place, as the search results do', () => {
    const decision = dataset.decisions.find((d) => d.jurisdiction === 'us-ca-glendale')!;
    expect(recordDetail(data, 'decision', decision.id)?.subtitle).toBe(
      `${formatDate(decision.date)} · Glendale, California`,
    );
  });

  it('labels related places with their kind and state, not a raw type slug', () => {
    const detail = recordDetail(
      data,
      'decision',
      dataset.decisions.find((d) => d.jurisdiction === 'us-ca-glendale')!.id,
    );
    const places = detail?.related.find((g) => g.label === 'Jurisdictions')?.hits ?? [];
    expect(places.find((h) => h.id === 'us-ca-glendale')?.subtitle).toBe('City · California');
  });

  it('dates a case after its citation and court', () => {
    const c = dataset.cases.find((x) => x.id === 'case-us-v-california-2019')!;
    expect(recordDetail(data, 'case', c.id)?.subtitle).toBe(`${c.citation} · ${c.court} · April 18, 2019`);
  });
});

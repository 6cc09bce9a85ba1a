import { beforeAll, describe, expect, it } from 'vitest';
import { buildDetectionIndex, detect, type DetectionIndex } from '../../../lib/detect/engine';
import { article, articleFromFixture, bundledIndex } from '../helpers';

let index: DetectionIndex;
beforeAll(async () => {
  index = buildDetectionIndex(await bundledIndex());
});

const CONTRACT_STORY =
  'The city council voted to terminate its contract with U.S. Immigration and Customs Enforcement to house ICE detainees in the city jail. ' +
  'The police department said the agreement had been grandfathered under state law and that it complies with the state sanctuary law.';

describe('detect', () => {
  it('reports the demo article relevant, Glendale (California) first, SB 54 and AB 103 linked, with reasons', () => {
    const result = detect(articleFromFixture('demo-glendale.html'), index);
    expect(result.relevant).toBe(true);
    expect(result.jurisdictions[0]).toMatchObject({ id: 'us-ca-glendale', state: 'CA' });
    expect(result.laws.map((l) => l.id).slice(0, 2)).toEqual(['law-ca-sb54-2017', 'law-ca-ab103-2017-detention']);
    expect(result.decisionId).toBe('dec-us-ca-glendale-2025-06-ice-jail-contract-ended');
    expect(result.why.join(' ')).toMatch(/matched: .*ICE/);
    expect(result.why.join(' ')).toMatch(/place: Glendale, California \(.*California dateline/);
  });

  it('ties a story about a lawsuit to the lawsuit among the place’s decisions, in Spanish too', () => {
    const result = detect(articleFromFixture('../corpus/es/es-doj-demanda-los-angeles.html'), index);
    expect(result.jurisdictions[0]?.id).toBe('us-ca-los-angeles');
    expect(result.decisionId).toBe('dec-us-ca-los-angeles-2025-06-30-doj-lawsuit');
    // Without a word about a suit, the same place and date point to no decision of that type.
    const unrelated = detect(
      article({
        title: 'Los Angeles council debates ICE cooperation',
        dateline: 'LOS ANGELES',
        published: '2025-07-01',
        text: 'LOS ANGELES — Los Angeles officials discussed how the city works with ICE and immigration enforcement.',
      }),
      index,
    );
    expect(unrelated.decisionId).not.toBe('dec-us-ca-los-angeles-2025-06-30-doj-lawsuit');
  });

  it('tells Glendale, Ariz. from Glendale, Calif. by the dateline', () => {
    const az = detect(
      article({
        title: 'Glendale council ends ICE contract',
        dateline: 'GLENDALE, Ariz.',
        text: `GLENDALE, Ariz. — ${CONTRACT_STORY} Glendale officials spoke.`,
      }),
      index,
    );
    expect(az.jurisdictions[0]?.id).toBe('us-az-glendale');
    const ca = detect(
      article({
        title: 'Glendale council ends ICE contract',
        dateline: 'GLENDALE, Calif.',
        text: `GLENDALE, Calif. — ${CONTRACT_STORY} Glendale officials spoke.`,
      }),
      index,
    );
    expect(ca.jurisdictions[0]?.id).toBe('us-ca-glendale');
  });

  it('tells the Glendales apart by co-mentioned places when there is no dateline', () => {
    const nearPhoenix = detect(
      article({
        title: 'Glendale ends ICE jail contract',
        text: `${CONTRACT_STORY} Glendale, like neighboring Peoria and Phoenix, had housed detainees.`,
      }),
      index,
    );
    expect(nearPhoenix.jurisdictions[0]?.id).toBe('us-az-glendale');
    const nearBurbank = detect(
      article({
        title: 'Glendale ends ICE jail contract',
        text: `${CONTRACT_STORY} Glendale, like neighboring Burbank and Pasadena, had housed detainees.`,
      }),
      index,
    );
    expect(nearBurbank.jurisdictions[0]?.id).toBe('us-ca-glendale');
  });

  it('does not link California’s SB 54 from a bare "SB 54" in a story about another state', () => {
    const result = detect(
      article({
        title: 'Phoenix council debates ICE detainers',
        dateline: 'GLENDALE, Ariz.',
        text: `GLENDALE, Ariz. — Lawmakers said SB 54 would change detainer rules. ${CONTRACT_STORY}`,
      }),
      index,
    );
    expect(result.laws.map((l) => l.id)).not.toContain('law-ca-sb54-2017');
  });

  it('is not relevant without enforcement vocabulary, without a place, or for empty text', () => {
    expect(
      detect(
        article({
          title: 'Glendale council approves budget',
          text: 'The city council voted to approve the budget and a contract for park maintenance in Glendale, Calif.',
        }),
        index,
      ).relevant,
    ).toBe(false);
    expect(detect(article({ title: 'ICE contract ended', text: CONTRACT_STORY }), index).relevant).toBe(false);
    expect(detect(article({}), index)).toMatchObject({ relevant: false, jurisdictions: [], laws: [] });
  });

  it('does not read "ice" in lower case as ICE', () => {
    const result = detect(
      article({
        title: 'Glendale rink gets new ice',
        text: 'The Glendale, Ariz. council voted on a contract for the ice rink; the agreement covers ice time.',
      }),
      index,
    );
    expect(result.relevant).toBe(false);
    expect(result.why.join(' ')).not.toMatch(/\bICE\b/);
  });
});

/**
 * Hand-written view-models for component tests. Modelled on the Glendale case in DESIGN.md, in the
 * project's own words. Dates and wording are illustrative test data, not dataset facts; URLs are only
 * compared, never fetched.
 */
import type { RecordDetail, SearchHit, SidebarModel, SourceLink } from '@/lib/context/model';

export const sources = {
  sb54: {
    id: 'src-ca-sb54-chaptered',
    title: 'SB 54, Law enforcement: sharing data (chaptered text)',
    publisher: 'California Legislative Information',
    kind: 'bill',
    date: '2017-10-05',
    url: 'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201720180SB54',
    primary: true,
  },
  gov7310: {
    id: 'src-ca-gov-7310',
    title: 'Government Code §7310',
    publisher: 'California Legislative Information',
    kind: 'statute',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7310',
    primary: true,
  },
  statement: {
    id: 'src-glendale-statement-2025-06',
    title: 'City of Glendale statement on ending its ICE detention agreement',
    publisher: 'City of Glendale',
    kind: 'statement',
    date: '2025-06-10',
    url: 'https://www.glendaleca.gov/news/ice-agreement-statement',
    primary: true,
  },
  news: {
    id: 'src-news-glendale-2025-06',
    title: 'Glendale ends jail-bed agreement with ICE',
    publisher: 'Example Local News',
    kind: 'news',
    date: '2025-06-11',
    url: 'https://news.example.org/2025/06/11/glendale-ice-jail',
    primary: false,
  },
} satisfies Record<string, SourceLink>;

const glendale = {
  id: 'us-ca-glendale',
  name: 'Glendale',
  type: 'city',
  state: 'CA',
  stateName: 'California',
  label: 'Glendale, California',
} as const;

export const sidebarModel: SidebarModel = {
  jurisdiction: glendale,
  alsoMentioned: [
    {
      id: 'us-ca-burbank',
      name: 'Burbank',
      type: 'city',
      state: 'CA',
      stateName: 'California',
      label: 'Burbank, California',
    },
  ],
  decision: {
    id: 'dec-glendale-2025-06-ice-contract-ended',
    date: '2025-06-10',
    type: 'detention-contract-ended',
    headline: {
      text: 'Glendale ended its 2007 agreement to hold ICE detainees in the city jail.',
      sources: [sources.statement],
    },
    facts: [
      {
        text: 'The city jail had held 82 ICE detainees in 2025 before the agreement ended.',
        sources: [sources.statement, sources.news],
      },
      {
        text: 'The agreement had continued under the grandfather clause of Gov. Code §7310(b).',
        sources: [sources.gov7310],
      },
    ],
    jurisdiction: glendale,
  },
  posture: {
    text: 'Glendale follows California law limiting local help with immigration enforcement.',
    sources: [sources.sb54],
    asOf: '2025-06-10',
  },
  confidence: 'high',
  score: 0.91,
  why: ['matched: ICE, detainees, city jail, contract', 'place: Glendale + Calif. dateline'],
  laws: [
    {
      id: 'law-ca-sb54-2017',
      title: 'California Values Act',
      shortTitle: 'SB 54',
      citation: 'Cal. Gov. Code §§7284–7284.12',
      status: { value: 'in-force', asOf: '2025-06-01' },
      enacted: '2017-10-05',
      effective: '2018-01-01',
      summary: {
        text: 'Limits how California law enforcement may use its resources to help federal immigration enforcement.',
        sources: [sources.sb54],
      },
      provisions: [
        {
          cite: 'Gov. Code §7284.6(a)(1)(C)',
          text: 'Bars responding to notification requests except as the law allows.',
          sources: [sources.sb54],
        },
      ],
      exceptions: [
        {
          text: 'Sharing of immigration-status information under 8 U.S.C. §1373 stays allowed.',
          sources: [sources.sb54],
        },
      ],
      misstated: [{ text: 'SB 54 does not forbid all contact with ICE.', sources: [sources.sb54] }],
      primarySource: sources.sb54,
      reason: 'governs California jurisdictions',
    },
    {
      id: 'law-ca-ab103-2017',
      title: 'Public safety omnibus (detention facilities)',
      shortTitle: 'AB 103',
      citation: 'Cal. Gov. Code §7310',
      status: { value: 'in-force', asOf: '2025-05-01' },
      summary: {
        text: 'Stops cities and counties from entering new contracts to detain people for ICE.',
        sources: [sources.gov7310],
      },
      provisions: [
        {
          cite: 'Gov. Code §7310(b)',
          text: 'Lets a detention contract already in place continue, but not grow.',
          sources: [sources.gov7310],
        },
      ],
      exceptions: [],
      misstated: [],
      primarySource: sources.gov7310,
      reason: 'cited in the article',
    },
  ],
  timeline: [
    {
      id: 'dec-glendale-2007-ice-contract',
      date: '2007-03-01',
      type: 'detention-contract-started',
      headline: { text: 'Glendale agreed to rent city jail beds to ICE.', sources: [sources.statement] },
    },
    {
      id: 'dec-glendale-2025-06-ice-contract-ended',
      date: '2025-06-10',
      type: 'detention-contract-ended',
      headline: { text: 'Glendale ended its ICE jail-bed agreement.', sources: [sources.statement] },
    },
  ],
  sources: [sources.sb54, sources.gov7310, sources.statement, sources.news],
  datasetVersion: '2025.06.1',
  datasetAsOf: '2025-06-15',
  cases: [],
  agreements: [],
  claims: [],
};

export const hits: SearchHit[] = [
  {
    kind: 'law',
    id: 'law-ca-sb54-2017',
    title: 'SB 54: California Values Act',
    subtitle: 'Cal. Gov. Code §§7284–7284.12',
    score: 9,
  },
  { kind: 'jurisdiction', id: 'us-ca-glendale', title: 'Glendale', subtitle: 'City, California', score: 7 },
  {
    kind: 'source',
    id: sources.statement.id,
    title: sources.statement.title,
    subtitle: 'City of Glendale, June 10, 2025',
    score: 3,
  },
];

export const glendaleDetail: RecordDetail = {
  kind: 'jurisdiction',
  id: 'us-ca-glendale',
  title: 'Glendale, California',
  subtitle: 'City in Los Angeles County',
  citation: 'City of Glendale, California',
  body: [{ text: 'Glendale ended its ICE detention agreement in June 2025.', sources: [sources.statement] }],
  sources: [sources.statement],
  related: [{ label: 'Laws that apply', hits: [hits[0]!] }],
};

export const sb54Detail: RecordDetail = {
  kind: 'law',
  id: 'law-ca-sb54-2017',
  title: 'SB 54: California Values Act',
  subtitle: 'Cal. Gov. Code §§7284–7284.12 · in force',
  citation: 'California Values Act, SB 54 (2017), Cal. Gov. Code §§7284–7284.12',
  body: [sidebarModel.laws[0]!.summary],
  provisions: sidebarModel.laws[0]!.provisions,
  exceptions: sidebarModel.laws[0]!.exceptions,
  misstated: sidebarModel.laws[0]!.misstated,
  sources: [sources.sb54],
  related: [{ label: 'Decisions under this law', hits: [] }],
};

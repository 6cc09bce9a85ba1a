/**
 * Hand-written view-models for component tests. Modelled on the Glendale case in DESIGN.md, in the
 * project's own words. Dates and wording are illustrative test data, not dataset facts; URLs are only
 * compared, never fetched.
 */
import type { AgreementView, RecordDetail, SearchHit, SidebarModel, SourceLink } from '@/lib/context/model';

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

/** Sources for the court decisions, 287(g) agreements and list claims in {@link listsSidebarModel}. */
export const listSources = {
  ninthCircuit: {
    id: 'src-us-v-california-9th-2019',
    title: 'United States v. California, opinion of the Ninth Circuit',
    publisher: 'U.S. Court of Appeals for the Ninth Circuit',
    kind: 'opinion',
    date: '2019-04-18',
    url: 'https://cdn.ca9.uscourts.gov/datastore/opinions/2019/04/18/18-16496.pdf',
    primary: true,
  },
  districtCourt: {
    id: 'src-us-v-california-edcal-2018',
    title: 'United States v. California, order on the motion for a preliminary injunction',
    publisher: 'U.S. District Court, Eastern District of California',
    kind: 'opinion',
    date: '2018-07-05',
    url: 'https://www.courtlistener.com/opinion/4507930/united-states-v-california/',
    primary: true,
  },
  iceList: {
    id: 'src-ice-287g-list-2025-06-01',
    title: '287(g) participating agencies list (snapshot of 2025-06-01)',
    publisher: 'U.S. Immigration and Customs Enforcement',
    kind: 'agency-list',
    date: '2025-06-01',
    url: 'https://www.ice.gov/identify-and-arrest/287g',
    primary: true,
  },
  iceArchive: {
    id: 'src-ice-287g-archive',
    title: "Archive of ICE's 287(g) page",
    publisher: 'Example archive (GitHub)',
    kind: 'report',
    url: 'https://github.com/example/ice-287g-archive',
    primary: false,
  },
  dojList: {
    id: 'src-doj-sanctuary-list-2025-08-05',
    title: 'Sanctuary jurisdiction list',
    publisher: 'U.S. Department of Justice',
    kind: 'agency-list',
    date: '2025-08-05',
    url: 'https://www.justice.gov/ag/sanctuary-jurisdiction-list',
    primary: true,
  },
  dhsList: {
    id: 'src-dhs-sanctuary-list-2025-05-29',
    title: 'Sanctuary jurisdictions defying federal immigration law',
    publisher: 'U.S. Department of Homeland Security',
    kind: 'agency-list',
    date: '2025-05-29',
    url: 'https://www.dhs.gov/sanctuary-jurisdictions',
    primary: true,
  },
  dhsRemoved: {
    id: 'src-news-dhs-list-removed-2025-06-02',
    title: 'Sanctuary list removed from the DHS website',
    publisher: 'Example Wire Service',
    kind: 'news',
    date: '2025-06-02',
    url: 'https://wire.example.org/2025/06/02/dhs-list-removed',
    primary: false,
  },
} satisfies Record<string, SourceLink>;

/** A 287(g) agreement read from the ICE list snapshot above; no signed date when the file name has none. */
function agreement(slug: string, agency: string, modelName: string, signed?: string): AgreementView {
  const model = slug.endsWith('-jem') ? 'JEM' : slug.endsWith('-tfm') ? 'TFM' : slug.endsWith('-wso') ? 'WSO' : '';
  return {
    id: `g287-${slug}`,
    agency,
    model,
    modelName,
    ...(signed ? { signed } : {}),
    url: `https://www.ice.gov/doclib/287gMOA/287g_${slug}.pdf`,
    sources: [listSources.iceList, listSources.iceArchive],
  };
}

/**
 * The Glendale sidebar with every optional section filled: two court decisions, six 287(g) agreements
 * and two list claims (one about the state, one withdrawn). California bars 287(g) agreements, so the
 * agencies are invented names; the model exists to exercise the layout, not to describe Glendale.
 */
export const listsSidebarModel: SidebarModel = {
  ...sidebarModel,
  cases: [
    {
      id: 'case-us-v-california-9th-2019',
      name: 'United States v. California',
      citation: '921 F.3d 865',
      court: 'U.S. Court of Appeals for the Ninth Circuit',
      date: '2019-04-18',
      holding: {
        text: 'Federal law does not preempt SB 54; the state may decline to help with immigration enforcement.',
        sources: [listSources.ninthCircuit],
      },
      primarySource: listSources.ninthCircuit,
    },
    {
      id: 'case-us-v-california-edcal-2018',
      name: 'United States v. California (district court)',
      citation: '314 F. Supp. 3d 1077',
      court: 'U.S. District Court, Eastern District of California',
      date: '2018-07-05',
      holding: {
        text: 'Declined to block SB 54 while the case went on.',
        sources: [listSources.districtCourt],
      },
      primarySource: listSources.districtCourt,
    },
  ],
  agreements: [
    agreement('alder-county-so-jem', "Alder County Sheriff's Office", 'Jail Enforcement Model', '2025-05-20'),
    agreement('birch-pd-tfm', 'Birch Police Department', 'Task Force Model', '2025-04-02'),
    agreement('cedar-county-so-wso', "Cedar County Sheriff's Office", 'Warrant Service Officer', '2025-03-14'),
    agreement('dogwood-county-so-jem', "Dogwood County Sheriff's Office", 'Jail Enforcement Model', '2024-11-08'),
    agreement('elm-county-so-tfm', "Elm County Sheriff's Office", 'Task Force Model', '2020-07-24'),
    agreement('fir-pd', 'Fir Police Department', "Model not stated in ICE's file name"),
  ],
  claims: [
    {
      id: 'claim-doj-sanctuary-2025-us-ca',
      about: 'California',
      claimant: 'U.S. Department of Justice',
      title: 'Sanctuary jurisdiction list',
      date: '2025-08-05',
      statement: { text: 'Lists California as a sanctuary jurisdiction.', sources: [listSources.dojList] },
      criteria: {
        text: 'Policies that, in the department’s words, impede enforcement of federal immigration law.',
        sources: [listSources.dojList],
      },
    },
    {
      id: 'claim-dhs-sanctuary-2025-us-ca-glendale',
      about: '',
      claimant: 'U.S. Department of Homeland Security',
      title: 'Sanctuary jurisdictions defying federal immigration law',
      date: '2025-05-29',
      statement: { text: 'Lists Glendale as a sanctuary jurisdiction.', sources: [listSources.dhsList] },
      criteria: {
        text: 'Jurisdictions the department says limit cooperation with ICE, such as by declining detainers.',
        sources: [listSources.dhsList, listSources.dhsRemoved],
      },
      withdrawn: '2025-06-02',
    },
  ],
  sources: [...sidebarModel.sources, ...Object.values(listSources)],
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

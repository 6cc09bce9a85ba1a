/** The Source records the generated files cite. */
import type { Source } from '../../lib/dataset/schema';
import { CENSUS_AS_OF, SRC_COUNTIES, SRC_PLACES } from './census';
import { ICE_AS_OF, SRC_ICE_ARCHIVE, SRC_ICE_LIST } from './agreements';

/** Vintage 2021 county estimates; the README states no release date, so none is given. */
export const CENSUS_COUNTIES_SOURCE: Source = {
  id: SRC_COUNTIES,
  title: 'County population totals, Vintage 2021 estimates (co-est2021-alldata, POPESTIMATE2021)',
  publisher: 'U.S. Census Bureau',
  kind: 'report',
  url: 'https://www.census.gov/data/tables/time-series/demo/popest/2020s-counties-total.html',
  primary: true,
  asOf: CENSUS_AS_OF,
};

/** Vintage 2021 city and town estimates. */
export const CENSUS_PLACES_SOURCE: Source = {
  id: SRC_PLACES,
  title: 'City and town population totals, Vintage 2021 estimates (sub-est2021_all, POPESTIMATE2021)',
  publisher: 'U.S. Census Bureau',
  kind: 'report',
  url: 'https://www.census.gov/data/tables/time-series/demo/popest/2020s-total-cities-and-towns.html',
  primary: true,
  asOf: CENSUS_AS_OF,
};

/** ICE's participating-agencies list, the primary source of every agreement and agency record. */
export const ICE_LIST_SOURCE: Source = {
  id: SRC_ICE_LIST,
  title: '287(g) participating agencies list (snapshot of 2026-06-07)',
  publisher: 'U.S. Immigration and Customs Enforcement',
  kind: 'agency-list',
  date: ICE_AS_OF,
  url: 'https://www.ice.gov/identify-and-arrest/287g',
  primary: true,
  asOf: ICE_AS_OF,
};

/** The archive the snapshot was read from: not ICE's, so not primary. */
export const ICE_ARCHIVE_SOURCE: Source = {
  id: SRC_ICE_ARCHIVE,
  title:
    "Archive of ICE's 287(g) page: MOA manifest of the 2026-06-07 run (agreements/agreements_20260607_025243/manifest.csv)",
  publisher: 'deportationdata/ice-287g (GitHub)',
  kind: 'report',
  url: 'https://github.com/deportationdata/ice-287g',
  primary: false,
  asOf: CENSUS_AS_OF,
};

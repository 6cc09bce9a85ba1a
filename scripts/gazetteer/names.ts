/** Slugs, comparison keys and spelling repairs shared by the census and 287(g) parts of the generator. */

/** Lower-case ASCII slug: accents stripped, every run of other characters one "-" ("St. Louis" → "st-louis"). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id of a state or territory record: `us-tx`. */
export function stateId(state: string): string {
  return `us-${state.toLowerCase()}`;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bste\b\.?/g, 'sainte'],
  [/\bst\b\.?/g, 'saint'],
  [/\bft\b\.?/g, 'fort'],
  [/\bmt\b\.?/g, 'mount'],
];

/**
 * The key two spellings of one name share: accents, case, spaces and punctuation ignored, and "St."/"Ste."/
 * "Ft."/"Mt." read as "Saint"/"Sainte"/"Fort"/"Mount" ("Port Saint Lucie" = "Port St. Lucie", "Deland" =
 * "DeLand", "Jackson's Gap" = "Jacksons' Gap").
 */
export function matchKey(text: string): string {
  let s = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [pattern, full] of ABBREVIATIONS) s = s.replace(pattern, full);
  return s.replace(/[^a-z0-9]/g, '');
}

/** ICE's misspellings and inconsistent casing, repaired for the jurisdiction's name (the agreement keeps ICE's). */
const SPELLING: [RegExp, string][] = [
  [/\bNeuces\b/g, 'Nueces'],
  [/\bBerrian County\b/g, 'Berrien County'],
  [/\bDistric\b/g, 'District'],
  [/\bDepartement\b/g, 'Department'],
  [/\bSouthhampton\b/g, 'Southampton'],
  [/\bSheriffs\b/g, "Sheriff's"],
  [/\bSheriff's office\b/g, "Sheriff's Office"],
  [/\bConstables Office\b/g, "Constable's Office"],
  [/\bOffice Of The\b/g, 'Office of the'],
];

/** An agency name with ICE's known misspellings repaired ("Neuces County …" → "Nueces County …"). */
export function repairAgencyName(name: string): string {
  let s = name.replace(/\s+/g, ' ').trim();
  for (const [pattern, fixed] of SPELLING) s = s.replace(pattern, fixed);
  return s;
}

/**
 * Place names ICE spells differently from the Census, by state: used only to find the place, never shown.
 * Each was checked against the census places file: NH has a town of Pittsburg and no Pittsburgh; the Texas
 * city is "Cut and Shoot"; "So Middleton" is PA's South Middleton township; Kentucky's Middlesboro is
 * "Middlesborough city" to the Census; ICE's "East Pennsylvania Township" is East Penn township, as the MOA's
 * file name (EastPennTownshipConstablePA_…) says, and PA has no East Pennsylvania township.
 */
export const PLACE_SPELLINGS: Record<string, Record<string, string>> = {
  KY: { Middlesboro: 'Middlesborough' },
  NH: { Pittsburgh: 'Pittsburg' },
  PA: { 'So Middleton': 'South Middleton', 'East Pennsylvania': 'East Penn' },
  TX: { 'Cut N Shoot': 'Cut and Shoot' },
};

/** The census spelling of a place name ICE writes differently, else the name itself. */
export function censusSpelling(state: string, name: string): string {
  return PLACE_SPELLINGS[state]?.[name] ?? name;
}

/** Adds to `list` each value not already in it, ignoring case (detection matches aliases case-insensitively). */
export function addUnique(list: string[], ...values: string[]): string[] {
  for (const value of values) {
    const v = value.trim();
    if (v && !list.some((x) => x.toLowerCase() === v.toLowerCase())) list.push(v);
  }
  return list;
}

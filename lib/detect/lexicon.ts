/**
 * The vocabulary detection weighs, in English and Spanish. Terms are grouped by what they signal:
 * immigration enforcement, a local government deciding something, and topics that tie an article to
 * the laws that govern it. Traps (wildlife sanctuaries, the Intercontinental Exchange) subtract.
 */
import type { Topic } from '../dataset/schema';

export type TermCategory = 'enforcement' | 'decision' | 'trap';

export interface Term {
  /** The phrase as written; spaces match any run of white space, and a trailing `*` any word ending. */
  phrase: string;
  category: TermCategory;
  weight: number;
  /** Match letter case exactly (acronyms such as ICE, whose lower-case form means frozen water). */
  exactCase?: boolean;
  /** Topics the term points to, which link the governing laws. */
  topics?: Topic[];
  /** How the term is named in "why shown"; defaults to the phrase. */
  label?: string;
  /**
   * For enforcement terms: whether the term is about immigration in itself. A story needs some of these:
   * "detainer" or "Homeland Security" alone can be about something else.
   */
  core?: boolean;
}

const enforcement = (phrase: string, weight: number, extra: Partial<Term> = {}): Term => ({
  phrase,
  category: 'enforcement',
  weight,
  ...extra,
});
const decision = (phrase: string, weight: number, extra: Partial<Term> = {}): Term => ({
  phrase,
  category: 'decision',
  weight,
  ...extra,
});
const trap = (phrase: string, weight: number): Term => ({ phrase, category: 'trap', weight });

/** English terms. */
export const ENGLISH_TERMS: Term[] = [
  enforcement('ICE', 2, { exactCase: true }),
  enforcement('Immigration and Customs Enforcement', 2),
  enforcement('immigration enforcement', 2),
  enforcement('federal immigration', 1.5),
  enforcement('immigration agents', 1.5),
  enforcement('immigration authorities', 1.5),
  enforcement('immigration law*', 1),
  enforcement('immigration status', 1, { topics: ['information-sharing'] }),
  enforcement('immigration detention', 1.5, { topics: ['detention-contract'] }),
  enforcement('immigrant*', 0.75),
  enforcement('immigration', 0.75),
  enforcement('deport*', 1),
  enforcement('undocumented', 1),
  enforcement('Homeland Security', 1, { core: false }),
  enforcement('DHS', 1, { exactCase: true, core: false }),
  enforcement('Border Patrol', 0.75),
  enforcement('287(g)', 2.5, { topics: ['287g'], label: '287(g)' }),
  enforcement('287g', 2.5, { topics: ['287g'], label: '287(g)' }),
  // "Detainer" is also a criminal-law word (the Interstate Agreement on Detainers): not proof on its own.
  enforcement('detainer*', 2, { topics: ['detainer'], label: 'detainer', core: false }),
  enforcement('I-247A', 2, { topics: ['detainer'] }),
  enforcement('sanctuary cit*', 1.5, { topics: ['sanctuary-policy'], label: 'sanctuary city' }),
  enforcement('sanctuary jurisdiction*', 1.5, { topics: ['sanctuary-policy'], label: 'sanctuary jurisdiction' }),
  enforcement('sanctuary state', 1.5, { topics: ['sanctuary-policy'] }),
  enforcement('sanctuary polic*', 1.5, { topics: ['sanctuary-policy'], label: 'sanctuary policy' }),
  enforcement('sanctuary law', 1.5, { topics: ['sanctuary-policy'] }),
  enforcement('ICE detainees', 2, { exactCase: true, topics: ['detention-contract'] }),
  enforcement('civil immigration', 1.5),
  enforcement('illegal alien*', 1),
  enforcement('criminal alien*', 1),
  enforcement('removal proceedings', 1),

  decision('city council', 1),
  decision('council voted', 1.5),
  decision('board of supervisors', 1),
  decision('county commission*', 1),
  decision('commissioners', 0.5),
  decision('sheriff', 0.75),
  decision("sheriff's office", 0.75),
  decision('police department', 0.5),
  decision('police chief', 0.5),
  decision('mayor', 0.5),
  decision('city manager', 0.75),
  decision('ordinance', 1.5, { topics: ['sanctuary-policy'] }),
  decision('resolution', 1),
  decision('policy', 0.75),
  decision('voted', 1),
  decision('vote', 0.5),
  decision('approved', 0.75),
  decision('contract', 1.25, { topics: ['detention-contract'] }),
  decision('agreement', 1),
  decision('memorandum of agreement', 1.5, { topics: ['287g'] }),
  decision('terminat*', 1),
  decision('ended', 0.75),
  decision('end the', 0.5),
  decision('jail', 1, { topics: ['detention-contract'] }),
  decision('detainees', 1.25, { topics: ['detention-contract'] }),
  decision('jail beds', 1.5, { topics: ['detention-contract'] }),
  decision('beds', 0.5, { topics: ['detention-contract'] }),
  decision('per diem', 1, { topics: ['detention-contract'] }),
  decision('house detainees', 1.5, { topics: ['detention-contract'] }),
  decision('grandfather*', 1, { topics: ['detention-contract'] }),
  decision('lawsuit', 1, { topics: ['litigation'] }),
  decision('federal funding', 1, { topics: ['federal-funding'] }),
  decision('federal funds', 1, { topics: ['federal-funding'] }),
  decision('federal grants', 1, { topics: ['federal-funding'] }),
  decision('grant money', 0.75, { topics: ['federal-funding'] }),
  decision('executive order', 1, { topics: ['sanctuary-policy'] }),
  decision('sued', 1),
  decision('state law', 1),
  decision('signed', 0.5),
  decision('statement', 0.5),
  decision('announced', 0.5),
  decision('cooperat*', 1, { topics: ['sanctuary-policy'], label: 'cooperation' }),
  decision('comply', 0.75),
  decision('complies', 0.75),

  trap('wildlife sanctuary', 3),
  trap('bird sanctuary', 3),
  trap('animal sanctuary', 3),
  trap('wildlife refuge', 2),
  trap('Intercontinental Exchange', 4),
  trap('ice hockey', 2),
  trap('on the ice', 2),
  trap('ice rink', 2),
];

/** Spanish terms. */
export const SPANISH_TERMS: Term[] = [
  enforcement('inmigración', 1),
  enforcement('inmigrante*', 0.75),
  enforcement('migratori*', 1, { label: 'migratorio' }),
  enforcement('deport*', 1),
  enforcement('indocumentad*', 1, { label: 'indocumentados' }),
  enforcement('Servicio de Inmigración y Control de Aduanas', 2),
  enforcement('Seguridad Nacional', 1),
  enforcement('la migra', 1.5),
  enforcement('ciudad santuario', 1.5, { topics: ['sanctuary-policy'] }),
  enforcement('ciudades santuario', 1.5, { topics: ['sanctuary-policy'] }),
  enforcement('santuario', 0.75, { topics: ['sanctuary-policy'] }),
  enforcement('orden* de detención', 1.5, { topics: ['detainer'], label: 'orden de detención' }),
  enforcement('agentes federales', 1),
  enforcement('detainer*', 1.5, { topics: ['detainer'], label: 'detainer', core: false }),
  enforcement('solicitud* de retención', 2, { topics: ['detainer'], label: 'solicitud de retención' }),
  enforcement('orden* de retención', 1.5, { topics: ['detainer'], label: 'orden de retención' }),
  enforcement('287(g)', 2.5, { topics: ['287g'], label: '287(g)' }),

  decision('concejo municipal', 1),
  decision('concejo', 0.75),
  decision('ayuntamiento', 1),
  decision('junta de supervisores', 1),
  decision('alcald*', 0.5, { label: 'alcalde' }),
  decision('alguacil', 0.75),
  decision('departamento de policía', 0.5),
  decision('ordenanza', 1.5, { topics: ['sanctuary-policy'] }),
  decision('resolución', 1),
  decision('política', 0.75),
  decision('votó', 1),
  decision('aprobó', 0.75),
  decision('contrato', 1.25, { topics: ['detention-contract'] }),
  decision('acuerdo', 1),
  decision('cárcel', 1, { topics: ['detention-contract'] }),
  decision('detenidos', 1, { topics: ['detention-contract'] }),
  decision('demanda', 1, { topics: ['litigation'] }),
  decision('fondos federales', 1, { topics: ['federal-funding'] }),
  decision('orden ejecutiva', 1, { topics: ['sanctuary-policy'] }),
  decision('ley estatal', 1),
  decision('cooperación', 1, { topics: ['sanctuary-policy'] }),
  decision('colaborar', 0.75),
  decision('puso fin', 1),
  decision('terminar', 0.75),

  trap('santuario de vida silvestre', 3),
  trap('santuario de aves', 3),
];

/** Words that mark a text as Spanish when the page does not declare its language. */
export const SPANISH_MARKERS = [
  'el',
  'la',
  'los',
  'las',
  'que',
  'de',
  'del',
  'por',
  'para',
  'una',
  'con',
  'según',
  'también',
  'está',
];
/** Words that mark a text as English. */
export const ENGLISH_MARKERS = ['the', 'of', 'and', 'that', 'for', 'with', 'was', 'said', 'from', 'this', 'its', 'has'];

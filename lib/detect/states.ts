/** U.S. states and D.C. as news text names them: full name, AP dateline abbreviation, Spanish name. */
export interface StateName {
  code: string;
  name: string;
  /** AP style, as in datelines ("GLENDALE, Calif."). */
  ap: string;
  spanish: string;
}

/** Every state plus D.C. */
export const STATES: readonly StateName[] = [
  { code: 'AL', name: 'Alabama', ap: 'Ala.', spanish: 'Alabama' },
  { code: 'AK', name: 'Alaska', ap: 'Alaska', spanish: 'Alaska' },
  { code: 'AZ', name: 'Arizona', ap: 'Ariz.', spanish: 'Arizona' },
  { code: 'AR', name: 'Arkansas', ap: 'Ark.', spanish: 'Arkansas' },
  { code: 'CA', name: 'California', ap: 'Calif.', spanish: 'California' },
  { code: 'CO', name: 'Colorado', ap: 'Colo.', spanish: 'Colorado' },
  { code: 'CT', name: 'Connecticut', ap: 'Conn.', spanish: 'Connecticut' },
  { code: 'DE', name: 'Delaware', ap: 'Del.', spanish: 'Delaware' },
  { code: 'DC', name: 'District of Columbia', ap: 'D.C.', spanish: 'Distrito de Columbia' },
  { code: 'FL', name: 'Florida', ap: 'Fla.', spanish: 'Florida' },
  { code: 'GA', name: 'Georgia', ap: 'Ga.', spanish: 'Georgia' },
  { code: 'HI', name: 'Hawaii', ap: 'Hawaii', spanish: 'Hawái' },
  { code: 'ID', name: 'Idaho', ap: 'Idaho', spanish: 'Idaho' },
  { code: 'IL', name: 'Illinois', ap: 'Ill.', spanish: 'Illinois' },
  { code: 'IN', name: 'Indiana', ap: 'Ind.', spanish: 'Indiana' },
  { code: 'IA', name: 'Iowa', ap: 'Iowa', spanish: 'Iowa' },
  { code: 'KS', name: 'Kansas', ap: 'Kan.', spanish: 'Kansas' },
  { code: 'KY', name: 'Kentucky', ap: 'Ky.', spanish: 'Kentucky' },
  { code: 'LA', name: 'Louisiana', ap: 'La.', spanish: 'Luisiana' },
  { code: 'ME', name: 'Maine', ap: 'Maine', spanish: 'Maine' },
  { code: 'MD', name: 'Maryland', ap: 'Md.', spanish: 'Maryland' },
  { code: 'MA', name: 'Massachusetts', ap: 'Mass.', spanish: 'Massachusetts' },
  { code: 'MI', name: 'Michigan', ap: 'Mich.', spanish: 'Míchigan' },
  { code: 'MN', name: 'Minnesota', ap: 'Minn.', spanish: 'Minnesota' },
  { code: 'MS', name: 'Mississippi', ap: 'Miss.', spanish: 'Misisipi' },
  { code: 'MO', name: 'Missouri', ap: 'Mo.', spanish: 'Misuri' },
  { code: 'MT', name: 'Montana', ap: 'Mont.', spanish: 'Montana' },
  { code: 'NE', name: 'Nebraska', ap: 'Neb.', spanish: 'Nebraska' },
  { code: 'NV', name: 'Nevada', ap: 'Nev.', spanish: 'Nevada' },
  { code: 'NH', name: 'New Hampshire', ap: 'N.H.', spanish: 'Nuevo Hampshire' },
  { code: 'NJ', name: 'New Jersey', ap: 'N.J.', spanish: 'Nueva Jersey' },
  { code: 'NM', name: 'New Mexico', ap: 'N.M.', spanish: 'Nuevo México' },
  { code: 'NY', name: 'New York', ap: 'N.Y.', spanish: 'Nueva York' },
  { code: 'NC', name: 'North Carolina', ap: 'N.C.', spanish: 'Carolina del Norte' },
  { code: 'ND', name: 'North Dakota', ap: 'N.D.', spanish: 'Dakota del Norte' },
  { code: 'OH', name: 'Ohio', ap: 'Ohio', spanish: 'Ohio' },
  { code: 'OK', name: 'Oklahoma', ap: 'Okla.', spanish: 'Oklahoma' },
  { code: 'OR', name: 'Oregon', ap: 'Ore.', spanish: 'Oregón' },
  { code: 'PA', name: 'Pennsylvania', ap: 'Pa.', spanish: 'Pensilvania' },
  { code: 'RI', name: 'Rhode Island', ap: 'R.I.', spanish: 'Rhode Island' },
  { code: 'SC', name: 'South Carolina', ap: 'S.C.', spanish: 'Carolina del Sur' },
  { code: 'SD', name: 'South Dakota', ap: 'S.D.', spanish: 'Dakota del Sur' },
  { code: 'TN', name: 'Tennessee', ap: 'Tenn.', spanish: 'Tennessee' },
  { code: 'TX', name: 'Texas', ap: 'Texas', spanish: 'Texas' },
  { code: 'UT', name: 'Utah', ap: 'Utah', spanish: 'Utah' },
  { code: 'VT', name: 'Vermont', ap: 'Vt.', spanish: 'Vermont' },
  { code: 'VA', name: 'Virginia', ap: 'Va.', spanish: 'Virginia' },
  { code: 'WA', name: 'Washington', ap: 'Wash.', spanish: 'Washington' },
  { code: 'WV', name: 'West Virginia', ap: 'W.Va.', spanish: 'Virginia Occidental' },
  { code: 'WI', name: 'Wisconsin', ap: 'Wis.', spanish: 'Wisconsin' },
  { code: 'WY', name: 'Wyoming', ap: 'Wyo.', spanish: 'Wyoming' },
];

/** The state with this two-letter code. */
export function stateByCode(code: string): StateName | undefined {
  return STATES.find((s) => s.code === code);
}

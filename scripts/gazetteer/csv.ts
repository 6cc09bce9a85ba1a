/** A small RFC 4180 reader: the shared CSV files quote fields that hold commas ("Rappahannock, Shenandoah, …"). */

/** Parses CSV text into rows of cells; quoted cells may hold commas, doubled quotes and line breaks. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Parses CSV text with a header row into objects keyed by column name. Throws when a row has the wrong
 * number of cells or a required column is missing, so a changed input file stops the build.
 */
export function parseCsv(text: string, required: readonly string[] = []): Record<string, string>[] {
  const [header, ...rows] = parseCsvRows(text.replace(/^\uFEFF/, ''));
  if (!header) return [];
  for (const column of required) if (!header.includes(column)) throw new Error(`CSV: missing column "${column}"`);
  return rows
    .filter((cells) => !(cells.length === 1 && cells[0] === ''))
    .map((cells, i) => {
      if (cells.length !== header.length)
        throw new Error(`CSV: row ${i + 2} has ${cells.length} cells, the header has ${header.length}`);
      return Object.fromEntries(header.map((column, j) => [column, cells[j]!]));
    });
}

/** Library timestamps are instants (when the reader saved or saw something); readers see their own calendar day. */
import { formatDate } from '../format/date';

/** "2026-11-26T23:30:00Z" → "November 26, 2026" (or the 27th, east of Greenwich); other text unchanged. */
export function formatInstant(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const local = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`);
}

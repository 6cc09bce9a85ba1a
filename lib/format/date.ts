/**
 * Date formatting for readers. Dataset dates are calendar dates ("2025-06-10"), not instants: parsing
 * them with `new Date(string)` reads them as UTC midnight, which shows as the day before anywhere west of
 * Greenwich. So the parts are read from the string and formatted in UTC, never in the local time zone.
 */
import { currentLocale, type Locale } from '../i18n/translate';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and precision; formatting in UTC keeps a calendar date on its own day. */
function formatter(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withDay}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(withDay ? { day: 'numeric' } : {}),
    });
    formatters.set(key, format);
  }
  return format;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The parts of an ISO calendar date ("2025", "2025-06" or "2025-06-10"), or undefined when it is not one. */
export function parseIsoDate(iso: string): { year: number; month?: number; day?: number } | undefined {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) return undefined;
  return { year, month, day };
}

/**
 * "2025-06-10" → "June 10, 2025" (Spanish: "10 de junio de 2025"); "2025-06" → "June 2025"; anything
 * else is returned unchanged. The language is the interface's unless `locale` says otherwise.
 */
export function formatDate(iso: string, locale: Locale = currentLocale()): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  const instant = new Date(Date.UTC(year, month - 1, day ?? 1));
  // Years before 100 would be read as 19xx by Date.UTC.
  instant.setUTCFullYear(year);
  return formatter(locale, day !== undefined).format(instant);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

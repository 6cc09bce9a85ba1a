import { formatDate } from '@/lib/format/date';

/** Props for {@link FormattedDate}. */
export type FormattedDateProps = { date: string };

/** A dataset date as "June 10, 2025", keeping the machine-readable ISO date for assistive tech. */
export default function FormattedDate({ date }: FormattedDateProps) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}

import { intlFor, isUsEnglish } from './intl.js';

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * A dataset's YYYY-MM-DD date as readers of its language write dates ("Mar 26, 2024"). The date is
 * a calendar day, not an instant: it is formatted in UTC so no time zone moves it to another day.
 * US English is written here, as Intl writes it (see isUsEnglish).
 */
export function formatDate(date: string, lang: string | undefined): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  // Year 0 goes to Intl, which writes it as 1 (1 BC without the era).
  if (isUsEnglish(lang) && day.getUTCFullYear() > 0) return `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
  return intlFor('date', lang || 'en', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' })).format(day);
}

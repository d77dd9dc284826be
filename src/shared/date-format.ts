/**
 * A dataset's YYYY-MM-DD date as readers of its language write dates ("Mar 26, 2024"). The date is
 * a calendar day, not an instant: it is formatted in UTC so no time zone moves it to another day.
 */
export function formatDate(date: string, lang: string | undefined): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(lang || 'en', options).format(day);
  } catch {
    // A dataset's `lang` is free text: one that is not a valid language tag reads in English.
    return new Intl.DateTimeFormat('en', options).format(day);
  }
}

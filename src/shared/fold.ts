/**
 * Text as search compares it: lower case and compatibility forms ("ＡＰＩ" is "api", a final "ς" is
 * "σ"), with the marks that only accent a letter dropped, so "cafe" finds "café", "elka" "Ёлка" and
 * "مدمج" "مُدْمَج". In Latin, Greek, Arabic and Hebrew a mark is an accent, a vowel point or harakat;
 * in other scripts (Devanagari vowel signs, the voicing of kana, the Cyrillic й) it makes another
 * letter, so it stays.
 */
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu;
const NON_ASCII = /[^\0-\x7f]/;

export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(ACCENTED, '$1').normalize('NFC').toLowerCase().replace(/ς/g, 'σ').replace(/ё/g, 'е');
}

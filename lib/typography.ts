// French typography for the interface and the documents: elision ("d'Aubrac", "de Cœur de Lozère") and plurals
// of counts ("0 signataire", "2 signataires"). Dates with "1er" are lib/format.ts's formatDate; printed texts
// also go through lib/pdf/typography.ts (non-breaking spaces, guillemets, typographic apostrophes).

/** Words starting with an h that is aspirated: no elision before them ("de Hautes Terres", "le Havre"). */
const ASPIRATED_H = /^h(aut|am|ach|aie|all|and|angar|ar|asard|avr|âte|ausse|ér|ibou|ollande|onte|ors|ongr|uit|urle)/i;

/** Whether a word takes elision before it: a vowel (accented or not, œ, æ, y before a consonant) or a mute h. */
export function startsWithVowelSound(word: string): boolean {
  const w = word.trim().normalize("NFC");
  if (!w) return false;
  if (/^[aeiouœæàâäéèêëîïôöùûü]/i.test(w)) return true;
  if (/^y[^aeiouy]/i.test(w)) return true; // "Yssingeaux", not "Yaourt"
  if (/^h/i.test(w)) return !ASPIRATED_H.test(w);
  return false;
}

/** "de" / "que" / "le" / "la" before `word`, elided when due: elide("de", "Aubrac") → "d'Aubrac". */
export function elide(particle: "de" | "que" | "le" | "la" | "je" | "ne", word: string): string {
  return startsWithVowelSound(word) ? `${particle.slice(0, -1)}'${word}` : `${particle} ${word}`;
}

/** "de Cœur de Lozère", "d'Aubrac Lot Causses Tarn", "de l'Hospitalet" (the article stays when given). */
export function ofName(name: string): string {
  return elide("de", name);
}

/** "0 signataire", "1 signataire", "2 signataires": in French 0 and 1 take the singular. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("fr-FR")} ${Math.abs(count) < 2 ? singular : plural}`;
}

// French typography for printed text: non-breaking spaces before « : ; ! ? », inside « guillemets », in
// "n° 3" and between the thousands of numbers; typographic apostrophes; straight double quotes → « ».
const NBSP = "\u00a0";

export function frenchTypography(text: string): string {
  let result = text.replace(/'/g, "\u2019");
  let open = true;
  result = result.replace(/"/g, () => {
    const mark = open ? `«${NBSP}` : `${NBSP}»`;
    open = !open;
    return mark;
  });
  return result
    .replace(/«\s*/g, `«${NBSP}`)
    .replace(/\s*»/g, `${NBSP}»`)
    .replace(/\s+([:;!?])/g, `${NBSP}$1`)
    .replace(/([^\s\d:/])([;!?])(?=\s|$)/g, `$1${NBSP}$2`)
    .replace(/\bn°\s*/g, `n°${NBSP}`)
    .replace(/(\d) (\d{3})\b/g, `$1${NBSP}$2`);
}

// Where to go after logging in: only a path of this site. "/\evil.example", "/\/evil.example" or "/<TAB>/evil"
// look like paths but browsers read them as another host; they are parsed as URLs, and anything that does not stay
// on this origin, or carries a backslash or a control character, falls back to the home page.
const BASE = "http://ctg.invalid";

export function safeCallbackPath(raw: string | null | undefined, origin?: string): string {
  if (!raw) return "/";
  let value = raw;
  // next-auth hands absolute URLs of this site: keep their path.
  if (origin && value.startsWith(origin + "/")) value = value.slice(origin.length);
  if (!value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE || url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

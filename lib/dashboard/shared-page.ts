// A page rendered once and served to every reader of a territory (lib/dashboard/cached-dashboard.ts): the parts
// that belong to one request are placeholders, filled per request.
//   - The user's name in the header: the layout renders USER_NAME_PLACEHOLDER instead when the request carries the
//     SHARED_PAGE_HEADER (set by lib/cli/serve.ts on its own rendering requests only, removed from every request
//     from outside). The name appears twice: as HTML text, and in React's payload inside inline scripts, where it
//     is a JSON string inside a JSON string. Each occurrence is escaped for its place.
//   - The Content-Security-Policy nonce (128 random bits, so no other text can contain it): every occurrence of
//     the rendering's nonce, in the page and in the policy header, is replaced by a fresh one.
export const SHARED_PAGE_HEADER = "x-ctg-shared-page";
export const USER_NAME_PLACEHOLDER = "__ctg_shared_user_name__";

type Part = string | { slot: "name-html" | "name-script" | "nonce" };

/** A page cut at its placeholders. */
export type SharedPage = { parts: Part[]; policy: Part[] | null };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The name inside React's payload: a JSON string (the prop) inside a JSON string (the pushed chunk) inside an
 * inline script, where `<`, `>`, `&` and the line separators are written as \\u escapes (as React does), so that
 * no `</script>` or comment opener can appear.
 */
function escapeForScript(text: string): string {
  const inner = JSON.stringify(text).slice(1, -1);
  const outer = JSON.stringify(inner).slice(1, -1);
  return outer.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Whether `index` of `html` falls inside a <script> element. */
function insideScript(html: string, index: number): boolean {
  const open = html.lastIndexOf("<script", index);
  if (open < 0) return false;
  const close = html.lastIndexOf("</script", index);
  return close < open;
}

function cut(text: string, nonce: string | null, nameSlots: boolean): Part[] {
  const parts: Part[] = [];
  const needles = [USER_NAME_PLACEHOLDER, ...(nonce ? [nonce] : [])].filter(
    (n) => nameSlots || n !== USER_NAME_PLACEHOLDER,
  );
  let from = 0;
  for (;;) {
    let at = -1;
    let needle = "";
    for (const candidate of needles) {
      const found = text.indexOf(candidate, from);
      if (found >= 0 && (at < 0 || found < at)) {
        at = found;
        needle = candidate;
      }
    }
    if (at < 0) break;
    if (at > from) parts.push(text.slice(from, at));
    if (needle === nonce) parts.push({ slot: "nonce" });
    else parts.push({ slot: insideScript(text, at) ? "name-script" : "name-html" });
    from = at + needle.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

/** The nonce named by a Content-Security-Policy ('nonce-…'), if any. */
export function nonceOf(policy: string | null | undefined): string | null {
  const match = policy ? /'nonce-([A-Za-z0-9+/=_-]{16,})'/.exec(policy) : null;
  return match ? match[1] : null;
}

/** Cuts a page rendered for sharing (its name is the placeholder) at its per-request parts. */
export function toSharedPage(html: string, policy: string | null): SharedPage {
  const nonce = nonceOf(policy);
  return { parts: cut(html, nonce, true), policy: policy ? cut(policy, nonce, false) : null };
}

function fill(parts: Part[], values: { userName: string; nonce: string }): string {
  const html = escapeHtml(values.userName);
  const script = escapeForScript(values.userName);
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") out += part;
    else if (part.slot === "nonce") out += values.nonce;
    else out += part.slot === "name-html" ? html : script;
  }
  return out;
}

/** The page for one request: its reader's name and a fresh nonce (also in the returned policy). */
export function fillSharedPage(
  page: SharedPage,
  values: { userName: string; nonce: string },
): { html: string; policy: string | null } {
  return { html: fill(page.parts, values), policy: page.policy ? fill(page.policy, values) : null };
}

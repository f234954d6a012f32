// The shared dashboard page (lib/dashboard/shared-page.ts): one reader's name never reaches another's page, and
// a name is escaped for each place it lands (HTML text, React's payload in an inline script).
import { describe, expect, it } from "vitest";
import { fillSharedPage, nonceOf, toSharedPage, USER_NAME_PLACEHOLDER } from "../../lib/dashboard/shared-page";

const NONCE = "AbCdEfGhIjKlMnOpQrStUv==";
const POLICY = `default-src 'self'; script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self' 'nonce-${NONCE}'`;
// As Next renders the header link: the name as HTML text, and in the flight data (a JSON string in a JSON string).
const RENDERED =
  `<html><head><script nonce="${NONCE}" src="/_next/a.js"></script></head><body>` +
  `<a href="/compte"><span class="sr-only">Mon compte : </span>${USER_NAME_PLACEHOLDER}</a>` +
  `<p>Tableau de bord — Cœur de Lozère</p>` +
  `<script nonce="${NONCE}">self.__next_f.push([1,"5:[\\"$\\",\\"a\\",null,{\\"children\\":[\\"Mon compte : \\",\\"${USER_NAME_PLACEHOLDER}\\"]}]\\n"])</script>` +
  `</body></html>`;

/** What the browser finally sees as the flight string: runs the inline script's array literal. */
function flightChunk(html: string): string {
  const script = /self\.__next_f\.push\((\[1,".*?"\])\)<\/script>/.exec(html)![1];
  return (JSON.parse(script) as [number, string])[1];
}

describe("shared dashboard page", () => {
  const page = toSharedPage(RENDERED, POLICY);

  it("finds the nonce of a policy", () => {
    expect(nonceOf(POLICY)).toBe(NONCE);
    expect(nonceOf("default-src 'self'")).toBeNull();
  });

  it("fills the reader's name and a fresh nonce everywhere, in the page and its policy", () => {
    const { html, policy } = fillSharedPage(page, { userName: "Nadia Agent", nonce: "NEWnonceNEWnonce12345678" });
    expect(html).not.toContain(USER_NAME_PLACEHOLDER);
    expect(html).not.toContain(NONCE);
    expect(html).toContain("</span>Nadia Agent</a>");
    expect(html.match(/nonce="NEWnonceNEWnonce12345678"/g)).toHaveLength(2);
    expect(policy).toBe(POLICY.replaceAll(NONCE, "NEWnonceNEWnonce12345678"));
    const row = JSON.parse(flightChunk(html).slice(2)) as [string, string, null, { children: string[] }];
    expect(row[3].children[1]).toBe("Nadia Agent");
  });

  it("escapes a hostile name for HTML and for the inline script", () => {
    const evil = `</script><script>alert(1)</script><img src=x onerror="alert('x')"> \\" \u2028 & Zoé`;
    const { html } = fillSharedPage(page, { userName: evil, nonce: "n".repeat(24) });
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;/script&#62;&#60;script&#62;alert(1)");
    // Exactly two script elements, as rendered: the name opened none and closed none.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const row = JSON.parse(flightChunk(html).slice(2)) as [string, string, null, { children: string[] }];
    expect(row[3].children[1]).toBe(evil);
  });

  it("never leaks one reader's name into the next reader's page", () => {
    const first = fillSharedPage(page, { userName: "Alice Secrète", nonce: "a".repeat(24) });
    const second = fillSharedPage(page, { userName: "Bruno", nonce: "b".repeat(24) });
    expect(first.html).toContain("Alice Secrète");
    expect(second.html).not.toContain("Alice");
    expect(second.html).not.toContain("a".repeat(24));
  });

  it("works without a policy (no nonce)", () => {
    const plain = toSharedPage(`<p>${USER_NAME_PLACEHOLDER}</p>`, null);
    expect(fillSharedPage(plain, { userName: "A & B", nonce: "x" })).toEqual({
      html: "<p>A &#38; B</p>",
      policy: null,
    });
  });
});

import { describe, expect, test } from "vitest";
import { escapeHtml, invitationEmail, layout, passwordResetEmail } from "../../lib/email/templates";
import { printEmail } from "../../lib/email/deliver";

describe("email templates", () => {
  test("every template has a French subject, a text part and an escaped HTML part", () => {
    const email = passwordResetEmail({
      name: `Zoé "<b>"`,
      url: "https://ctg.exemple.fr/r/1?a=1&b=2",
      validMinutes: 30,
    });
    expect(email.subject).toBe("Réinitialisation de votre mot de passe");
    expect(email.text).toContain(`Bonjour Zoé "<b>",`);
    expect(email.text).toContain("https://ctg.exemple.fr/r/1?a=1&b=2");
    expect(email.html).toContain("Bonjour Zoé &quot;&lt;b&gt;&quot;,");
    expect(email.html).not.toContain("<b>");
    expect(email.html).toContain('<html lang="fr">');
  });

  test("links must be http(s)", () => {
    expect(() =>
      invitationEmail({ inviterName: "A", organisationName: "B", url: "javascript:alert(1)", expiresAt: new Date() }),
    ).toThrow(/http/);
    expect(() => layout({ subject: "s", greeting: "g", blocks: [{ link: "data:x", label: "l" }] })).toThrow();
  });

  test("escapeHtml and the console print", () => {
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
    const printed = printEmail({ to: "a@b.fr", subject: "Objet", text: "Lien : http://x" });
    expect(printed).toContain("À : a@b.fr");
    expect(printed).toContain("Lien : http://x");
  });

  test("French typography: the first of the month as 1er, elision before a vowel", () => {
    const email = invitationEmail({
      inviterName: "Camille Dupont",
      organisationName: "Aubrac Lot Causses Tarn",
      url: "https://ctg.exemple.fr/invitation/1",
      expiresAt: new Date("2026-12-01T17:00:00Z"),
    });
    expect(email.text).toContain("vous invite à rejoindre l'espace d'Aubrac Lot Causses Tarn sur");
    expect(email.text).toContain("valable jusqu'au 1er décembre 2026 à 18:00 (heure de Paris)");
    const consonant = invitationEmail({
      inviterName: "Camille Dupont",
      organisationName: "Cœur de Lozère",
      url: "https://ctg.exemple.fr/invitation/1",
      expiresAt: new Date("2026-12-07T17:00:00Z"),
    });
    expect(consonant.text).toContain("l'espace de Cœur de Lozère sur");
    expect(consonant.text).toContain("jusqu'au 7 décembre 2026 à 18:00");
  });
});

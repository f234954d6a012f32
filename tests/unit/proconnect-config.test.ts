import { describe, expect, it } from "vitest";
import { proconnectBaseUrl, proconnectConfig } from "../../lib/auth/proconnect-config";

const full = { PROCONNECT_CLIENT_ID: "id", PROCONNECT_CLIENT_SECRET: "secret" };

describe("ProConnect configuration", () => {
  it("is off when nothing is set, and refuses a partial setting", () => {
    expect(proconnectConfig({})).toBeNull();
    expect(() => proconnectConfig({ PROCONNECT_DOMAIN: "proconnect.gouv.fr" })).toThrow(/all or none/);
    expect(() => proconnectConfig({ PROCONNECT_CLIENT_ID: "id" })).toThrow(/all or none/);
  });

  it("reaches a domain over https, under /api/v2", () => {
    expect(proconnectConfig({ ...full, PROCONNECT_DOMAIN: "fca.integ01.dev-agentconnect.fr" })).toEqual({
      issuer: "https://fca.integ01.dev-agentconnect.fr/api/v2",
      discoveryUrl: "https://fca.integ01.dev-agentconnect.fr/api/v2/.well-known/openid-configuration",
      clientId: "id",
      clientSecret: "secret",
    });
    expect(proconnectBaseUrl("https://proconnect.gouv.fr")).toBe("https://proconnect.gouv.fr");
  });

  it("allows http for a provider on this machine only", () => {
    expect(proconnectBaseUrl("http://127.0.0.1:3229")).toBe("http://127.0.0.1:3229");
    expect(proconnectBaseUrl("http://localhost:3229")).toBe("http://localhost:3229");
    for (const bad of [
      "http://proconnect.gouv.fr",
      "http://127.0.0.1.evil.example",
      "ftp://proconnect.gouv.fr",
      "https://proconnect.gouv.fr/api/v2",
      "https://user:pw@proconnect.gouv.fr",
      "proconnect.gouv.fr/autre",
      "",
    ]) {
      expect(proconnectBaseUrl(bad), bad).toBeNull();
    }
    expect(() => proconnectConfig({ ...full, PROCONNECT_DOMAIN: "http://proconnect.gouv.fr" })).toThrow(
      /PROCONNECT_DOMAIN/,
    );
  });
});

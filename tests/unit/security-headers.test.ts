import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isCrossSiteWrite } from "@/lib/security/headers";

const request = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers(headers) });

describe("isCrossSiteWrite", () => {
  it("refuses a write whose Origin names another host, or an opaque one", () => {
    expect(isCrossSiteWrite(request("POST", { host: "ctg.example.fr", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite(request("POST", { host: "ctg.example.fr", origin: "null" }))).toBe(true);
    expect(isCrossSiteWrite(request("PUT", { host: "ctg.example.fr", origin: "not a url" }))).toBe(true);
    expect(isCrossSiteWrite(request("POST", { host: "ctg.example.fr", "sec-fetch-site": "cross-site" }))).toBe(true);
  });

  it("lets same-origin writes, reads and non-browser clients through", () => {
    expect(isCrossSiteWrite(request("POST", { host: "ctg.example.fr", origin: "https://ctg.example.fr" }))).toBe(false);
    expect(isCrossSiteWrite(request("GET", { host: "ctg.example.fr", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSiteWrite(request("POST", { host: "ctg.example.fr" }))).toBe(false);
    // Behind a reverse proxy, the public host is the forwarded one.
    expect(
      isCrossSiteWrite(
        request("POST", {
          host: "10.0.0.5:3000",
          "x-forwarded-host": "ctg.example.fr",
          origin: "https://ctg.example.fr",
        }),
      ),
    ).toBe(false);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce only, no framing, no plugins", () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(nonce);
    const policy = contentSecurityPolicy(nonce);
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(policy.split("; ").filter((directive) => directive.includes("'unsafe-inline'"))).toEqual([
      "style-src-attr 'unsafe-inline'",
    ]);
    const development = contentSecurityPolicy(nonce, true);
    expect(development).toContain("'unsafe-eval'");
    expect(development).toContain("style-src 'self' 'unsafe-inline'");
  });
});

import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, parseTrustedProxies } from "../../lib/security/client-address";

describe("client address behind proxies", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.0/8, loopback");

  it("ignores X-Forwarded-For when no proxy is trusted: a rotating header does not make a new client", () => {
    for (const spoofed of ["1.2.3.4", "5.6.7.8, 9.9.9.9", "garbage"]) {
      expect(clientAddress("203.0.113.7", spoofed, none)).toBe("203.0.113.7");
    }
    expect(clientAddress("::ffff:203.0.113.7", "1.2.3.4", none)).toBe("203.0.113.7");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress("203.0.113.7", "1.2.3.4", proxies)).toBe("203.0.113.7");
  });

  it("takes the address a trusted proxy vouches for, skipping chained trusted proxies, never further left", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.4", proxies)).toBe("198.51.100.4");
    // The client sent "1.2.3.4" itself; the proxy appended the address it saw: only that one counts.
    expect(clientAddress("10.1.2.3", "1.2.3.4, 198.51.100.4", proxies)).toBe("198.51.100.4");
    expect(clientAddress("10.1.2.3", "1.2.3.4, 198.51.100.4, 10.9.9.9", proxies)).toBe("198.51.100.4");
    expect(clientAddress("10.1.2.3", ["1.2.3.4", "198.51.100.4"], proxies)).toBe("198.51.100.4");
    // Nothing forwarded, or garbage where the proxy's entry should be: the proxy itself is all we know.
    expect(clientAddress("10.1.2.3", undefined, proxies)).toBe("10.1.2.3");
    expect(clientAddress("10.1.2.3", "not-an-ip", proxies)).toBe("10.1.2.3");
  });

  it("parses addresses, ranges and IPv6, and refuses typos", () => {
    const list = parseTrustedProxies("192.168.1.10 2001:db8::/32");
    expect(list.contains("192.168.1.10")).toBe(true);
    expect(list.contains("192.168.1.11")).toBe(false);
    expect(list.contains("2001:db8::1")).toBe(true);
    expect(list.contains("[2001:db8::1]")).toBe(true);
    expect(list.contains("::ffff:192.168.1.10")).toBe(true);
    for (const bad of ["10.0.0.0/33", "proxy.local", "10.0.0.1/8/1", "::1/200"]) {
      expect(() => parseTrustedProxies(bad)).toThrow(/TRUSTED_PROXIES/);
    }
    expect(normaliseAddress(" FE80::1%eth0 ")).toBe("fe80::1");
  });
});

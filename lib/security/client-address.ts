// Which address a request comes from, for the per-address login throttle. Forwarded headers are written by whoever
// sends the request, so they are believed only when the TCP peer is a proxy we run (TRUSTED_PROXIES): from the
// socket's address, each trusted hop hands over to the X-Forwarded-For entry on its left, and the client is the first
// address, from the right, that is not a trusted proxy. Without TRUSTED_PROXIES, the socket's address is the client.
import { BlockList, isIP } from "node:net";

export type TrustedProxies = { contains(address: string): boolean; empty: boolean };

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1; brackets and zone ids go. */
export function normaliseAddress(raw: string): string {
  let address = raw.trim();
  if (address.startsWith("["))
    address = address.slice(1, address.indexOf("]") === -1 ? undefined : address.indexOf("]"));
  address = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address.toLowerCase();
}

/**
 * Parses TRUSTED_PROXIES: addresses and CIDR ranges separated by commas or spaces ("10.0.0.0/8, ::1"), or
 * "loopback" for 127.0.0.0/8 and ::1 (a proxy on the same machine). Throws on anything else, so that a typo does not
 * silently trust nobody or everybody.
 */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (spec ?? "").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address, prefixText, ...rest] = entry.split("/");
    const family = isIP(address);
    const prefix = prefixText === undefined ? undefined : Number(prefixText);
    const maxPrefix = family === 4 ? 32 : 128;
    if (
      !family ||
      rest.length ||
      (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxPrefix))
    ) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address, a CIDR range or "loopback"`);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return {
    empty: entries.length === 0,
    contains(address) {
      const normalised = normaliseAddress(address);
      const family = isIP(normalised);
      return family !== 0 && list.check(normalised, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/** The client's address: the socket's, or, through trusted proxies only, the X-Forwarded-For entry they vouch for. */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  let current = normaliseAddress(socketAddress ?? "") || "unknown";
  if (trusted.empty) return current;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(normaliseAddress)
    .filter(Boolean);
  while (trusted.contains(current) && hops.length > 0) {
    const next = hops.pop()!;
    if (!isIP(next)) break; // garbage written by someone: stop at the last address we can vouch for
    current = next;
  }
  return current;
}

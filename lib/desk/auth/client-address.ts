/**
 * Who is knocking, for the sign-in rate limit. Behind a reverse proxy every request comes from
 * the proxy's address, which would make five typos anywhere lock the whole newsroom out for a
 * minute. When the socket's address is a proxy the operator named (DESK_TRUSTED_PROXIES), the
 * client is the nearest address in X-Forwarded-For that is not one of those proxies; from anyone
 * else the header is ignored, since a client can write whatever it likes there.
 */
import { isIP } from 'node:net';

/** `::ffff:127.0.0.1` (an IPv4 client on a dual-stack socket) and `127.0.0.1` are one address. */
function normal(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: readonly string[],
): string {
  const direct = socketAddress ? normal(socketAddress) : 'unknown';
  const trusted = new Set(trustedProxies.map(normal));
  if (!trusted.has(direct) || forwardedFor === undefined) return direct;
  // Each proxy appends the address it was reached from: read from the right, past our own proxies.
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map(normal);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? '';
    if (trusted.has(hop)) continue;
    return isIP(hop) ? hop : direct;
  }
  return direct;
}

/** DESK_TRUSTED_PROXIES: comma-separated IP addresses; anything else stops the desk with the fix. */
export function trustedProxies(raw: string | readonly string[] | undefined): string[] {
  const list = (typeof raw === 'string' ? raw.split(',') : [...(raw ?? [])])
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = list.find((entry) => isIP(entry) === 0);
  if (bad !== undefined) {
    throw new Error(
      `DESK_TRUSTED_PROXIES: "${bad}" is not an IP address — list the reverse proxies' addresses, e.g. DESK_TRUSTED_PROXIES=127.0.0.1`,
    );
  }
  return list;
}

import ipaddr from 'ipaddr.js';
import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';

/** Why a webhook URL may not be called (shown to admins and logged with the delivery). */
export class RefusedTarget extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedTarget';
  }
}

export const MAX_URL_LENGTH = 2000;

/**
 * Whether an address is on the public internet. Everything else is refused: private, loopback,
 * link-local, unique-local, carrier-grade NAT, multicast, reserved, unspecified, and the IPv6
 * forms that carry an IPv4 address (mapped ::ffff:a.b.c.d is judged as that IPv4 address;
 * 6to4, Teredo and NAT64 are refused outright).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/** The URL parsed, if it is one a webhook may have (http or https, no credentials, bounded). */
export function parseWebhookUrl(raw: string): URL {
  if (raw.length > MAX_URL_LENGTH) throw new RefusedTarget(`Use at most ${MAX_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RefusedTarget('Enter a full URL starting with https:// or http://.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RefusedTarget('Only https:// and http:// URLs can receive webhooks.');
  }
  if (url.username || url.password) throw new RefusedTarget('Put no user name or password in the URL.');
  return url;
}

/** `[::1]` → `::1`: URL keeps IPv6 literals in brackets. */
const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Resolves the URL's host and returns its addresses, refusing the URL when any of them is not
 * public (a name with one public and one private address could be steered to the private one).
 */
export async function resolveTarget(
  url: URL,
  allowPrivate: boolean,
): Promise<Array<{ address: string; family: number }>> {
  const host = hostOf(url);
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true, verbatim: true }).catch(() => {
        throw new RefusedTarget(`The host ${host} could not be resolved.`);
      });
  if (addresses.length === 0) throw new RefusedTarget(`The host ${host} could not be resolved.`);
  if (!allowPrivate) {
    const inner = addresses.find((a) => !isPublicAddress(a.address));
    if (inner) {
      throw new RefusedTarget(
        `${host} points to ${inner.address}, a private, loopback or link-local address; webhooks only go to public addresses.`,
      );
    }
  }
  return addresses;
}

/**
 * A `lookup` for http.request that answers with addresses checked beforehand, so the
 * connection goes exactly where the check looked (no second DNS answer can rebind it).
 */
export function pinnedLookup(addresses: Array<{ address: string; family: number }>): LookupFunction {
  return (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as unknown as (err: null, all: Array<{ address: string; family: number }>) => void)(null, addresses);
    } else {
      callback(null, addresses[0].address, addresses[0].family);
    }
  };
}

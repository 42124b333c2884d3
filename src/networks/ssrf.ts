import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';

/** Which non-public addresses may still be reached: none in production; the test networks' own in tests. */
export type AddressAllowance = 'public_only' | 'any' | string[];

function allows(allow: AddressAllowance, address: string): boolean {
  return allow === 'any' || (Array.isArray(allow) && allow.includes(address));
}

/** Address ranges a user-given URL must never reach: this host, private networks, cloud metadata. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'unicast';
}

/**
 * An HTTP agent that checks every address it connects to, after DNS resolution, so neither a
 * hostname that resolves inward nor a rebinding trick reaches a private address. Redirects are
 * followed by the caller, and each hop connects through this agent again.
 */
export function guardedAgent(opts: { allow: AddressAllowance }): Agent {
  return new Agent({
    connect: {
      lookup(hostname, options, callback) {
        dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
          if (err) return callback(err, '', 4);
          const list = addresses as dns.LookupAddress[];
          const refused = list.find((a) => !isPublicAddress(a.address) && !allows(opts.allow, a.address));
          if (refused || list.length === 0) {
            const e = Object.assign(new Error(`Refusing to connect to ${hostname} (${refused?.address ?? 'no address'}): not a public address.`), { code: 'ESSRF' });
            return callback(e, '', 4);
          }
          if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
          callback(null, list[0]!.address, list[0]!.family);
        });
      },
    },
  });
}

const shared = new Map<string, Agent>();

/**
 * One guarded agent per allowance for the whole process, so calls to a network reuse their
 * connections instead of opening (and leaving open) a new one each.
 */
export function sharedGuardedAgent(allow: AddressAllowance): Agent {
  const key = Array.isArray(allow) ? `list:${[...allow].sort().join(',')}` : allow;
  let agent = shared.get(key);
  if (!agent) {
    agent = guardedAgent({ allow });
    shared.set(key, agent);
  }
  return agent;
}

/** Checks a literal IP host up front (lookup is skipped for those). */
export function refuseLiteralPrivateHost(url: URL, allow: AddressAllowance): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!net.isIP(host) || isPublicAddress(host) || allows(allow, host)) return null;
  return `Refusing to connect to ${host}: not a public address.`;
}

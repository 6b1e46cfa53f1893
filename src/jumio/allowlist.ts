// Jumio's documented callback addresses: Jumio signs no callback, so where a request came from is
// what it documents instead.

/** A Jumio data center, as its callback documentation lists them. */
export type JumioDataCenter = 'us' | 'eu' | 'sgp';

/** One revision of Jumio's callback address list. */
export interface JumioCallbackAddressList {
  /** The page the list was taken from. */
  readonly source: string;
  /** The date it was taken from that page (`YYYY-MM-DD`). */
  readonly taken: string;
  /** What is known of the page's own date: the callback page carries none. */
  readonly pageDate: string;
  /** Per data center: the hostname Jumio calls from (authoritative) and its IPv4 addresses. */
  readonly dataCenters: Readonly<Record<JumioDataCenter, { readonly hostname: string; readonly addresses: readonly string[] }>>;
}

/**
 * Jumio's callback addresses as its current documentation lists them, by data center. The hostnames
 * are authoritative and the list changes (it last changed after February 2023): prefer resolving the
 * hostname, and check the source page now and then.
 */
export const jumioCallbackAddresses: JumioCallbackAddressList = /* @__PURE__ */ freeze({
  source: 'https://documentation.jumio.ai/docs/developer-resources/callback',
  taken: '2026-12-02',
  pageDate: 'none on the page; the list changed after February 2023',
  dataCenters: {
    us: { hostname: 'callback.amer-1.jumio.ai', addresses: ['34.202.241.227', '34.226.103.119', '34.226.254.127', '52.8.136.236', '54.177.61.57', '54.183.15.212'] },
    eu: { hostname: 'callback.emea-1.jumio.ai', addresses: ['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134'] },
    sgp: { hostname: 'callback.apac-1.jumio.ai', addresses: ['3.0.109.121', '52.76.184.73', '52.77.102.92', '13.238.100.17', '13.238.203.238', '52.64.132.26'] },
  },
});

/**
 * The older list (Jumio's implementation guide, 2021-07-06, and the KYX API guide of 2023-02-15), with
 * the older hostnames; Jumio Go's page still shows it.
 */
export const jumioLegacyCallbackAddresses: JumioCallbackAddressList = /* @__PURE__ */ freeze({
  source: 'https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md',
  taken: '2026-12-02',
  pageDate: '2021-07-06 (the file\'s last change); the same list in the KYX API guide of 2023-02-15',
  dataCenters: {
    us: { hostname: 'callback.jumio.com', addresses: ['34.202.241.227', '34.226.103.119', '34.226.254.127', '52.52.51.178', '52.53.95.123', '54.67.101.173'] },
    eu: { hostname: 'callback.lon.jumio.com', addresses: ['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134'] },
    sgp: { hostname: 'callback.core-sgp.jumio.com', addresses: ['3.0.109.121', '52.76.184.73', '52.77.102.92'] },
  },
});

/** Options of {@link isJumioCallbackAddress}. */
export interface JumioCallbackAddressOptions {
  /** The data centers your account uses; all three by default. */
  readonly dataCenters?: readonly JumioDataCenter[];
  /** `current` (the default) or `legacy`, the older list; pass both to accept either. */
  readonly lists?: readonly ('current' | 'legacy')[];
}

/**
 * Whether an address is in Jumio's documented callback list. Jumio signs no callback; this is the
 * check its documentation gives instead. The hostnames are authoritative and the list changes, so
 * resolving them is more durable; and `ip` must be the peer address your proxy setup trusts
 * (Express's `req.ip` with `trust proxy` set to your proxies, `req.socket.remoteAddress` with none),
 * never a raw `X-Forwarded-For` header, which anyone can send.
 *
 * @param ip - an IPv4 address, or an IPv4-mapped IPv6 address in dotted form (`::ffff:34.202.241.227`,
 *   as Node reports IPv4 peers on a dual-stack socket)
 * @param options - which data centers and which list revisions to accept
 * @returns whether it is listed; `false` for anything that is not such an address. Never throws.
 *
 * @example
 * ```ts
 * if (!isJumioCallbackAddress(req.socket.remoteAddress, { dataCenters: ['eu'] })) return res.sendStatus(403);
 * ```
 */
export function isJumioCallbackAddress(ip: unknown, options?: JumioCallbackAddressOptions | null): boolean {
  try {
    const address = ipv4Of(ip);
    if (address === undefined) return false;
    const lists = options?.lists ?? ['current'];
    const centers = options?.dataCenters ?? (['us', 'eu', 'sgp'] as const);
    return lists.some((name) => {
      const list = name === 'legacy' ? jumioLegacyCallbackAddresses : name === 'current' ? jumioCallbackAddresses : undefined;
      return list !== undefined && centers.some((center) => Object.hasOwn(list.dataCenters, center) && list.dataCenters[center].addresses.includes(address));
    });
  } catch {
    return false;
  }
}

const dotted = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}';
// Dotted IPv4, alone or after the IPv4-mapped prefix 0:0:0:0:0:ffff: in its usual spellings.
const address = /* @__PURE__ */ new RegExp(`^(?:(?:::|(?:0{1,4}:){1,4}:|(?:0{1,4}:){5})ffff:)?(${dotted})$`, 'i');

/** @returns the dotted IPv4 address `ip` spells (directly or IPv4-mapped), else `undefined` */
function ipv4Of(ip: unknown): string | undefined {
  return typeof ip === 'string' && ip.length <= 64 ? address.exec(ip)?.[1] : undefined;
}

function freeze<T extends JumioCallbackAddressList>(list: T): T {
  for (const center of Object.values(list.dataCenters)) Object.freeze(Object.freeze(center).addresses);
  Object.freeze(list.dataCenters);
  return Object.freeze(list);
}

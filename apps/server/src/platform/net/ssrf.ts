import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Readable } from 'node:stream';
import { AppError } from '../errors';

/** IPv4 ranges that are not the public internet: `[first address, prefix length]`. */
const PRIVATE_V4: [string, number][] = [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function inV4(ip: string, [base, bits]: [string, number]): boolean {
  const mask = bits === 0 ? 0 : 2 ** 32 - 2 ** (32 - bits);
  return (v4ToInt(ip) & mask) >>> 0 === (v4ToInt(base) & mask) >>> 0;
}

/** The eight 16-bit groups of an IPv6 address (with an embedded IPv4 tail expanded). */
function v6Groups(ip: string): number[] {
  let addr = ip.toLowerCase().split('%')[0];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(addr);
  if (v4) {
    const n = v4ToInt(v4[1]);
    addr = addr.slice(0, -v4[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = addr.split('::');
  const parse = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const h = parse(head);
  const t = parse(tail);
  return tail === undefined ? h : [...h, ...new Array(8 - h.length - t.length).fill(0), ...t];
}

/**
 * Whether an IP address is loopback, private, link-local, or otherwise not on the public
 * internet. IPv4 addresses inside IPv6 (mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`) are judged
 * as the IPv4 address they carry.
 *
 * @example
 * isPrivateAddress('127.0.0.1') // true
 * isPrivateAddress('::ffff:10.0.0.1') // true
 * isPrivateAddress('93.184.216.34') // false
 */
export function isPrivateAddress(ip: string): boolean {
  const family = net.isIP(ip);
  if (family === 4) return PRIVATE_V4.some((range) => inV4(ip, range));
  if (family !== 6) return true;
  const g = v6Groups(ip);
  const embeddedV4 = () => `${g[6] >> 8}.${g[6] & 0xff}.${g[7] >> 8}.${g[7] & 0xff}`;
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible); `::` and `::1` fall in here too.
    return g[5] === 0 && g[6] === 0 && g[7] <= 1 ? true : isPrivateAddress(embeddedV4());
  }
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isPrivateAddress(embeddedV4());
  if ((g[0] & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g[0] & 0xff00) === 0xff00) return true; // multicast
  if (g[0] === 0x2001 && g[1] === 0xdb8) return true; // documentation
  return false;
}

export interface SafeFetchOptions {
  /** Allow loopback and private addresses (tests, development). */
  allowPrivate: boolean;
  /** Whole request, body included. */
  timeoutMs: number;
  /** Refuse a response that announces more bytes than this. */
  maxBytes: number;
  maxRedirects?: number;
}

export interface FetchedFile {
  /** The response body; the caller must consume or destroy it. */
  body: Readable;
  /** The URL after redirects. */
  url: URL;
  contentType: string;
  contentLength?: number;
}

function refused(url: string, address: string): AppError {
  return new AppError(
    400,
    'url_not_allowed',
    `${url}: ${address} is a private, loopback or link-local address; Groundwork only fetches public URLs (set GROUNDWORK_ALLOW_PRIVATE_URLS=true to allow them)`,
    { url: ['points to a private network address'] },
  );
}

function invalid(url: string, why: string): AppError {
  return new AppError(400, 'invalid_url', `${url}: ${why}`, { url: [why] });
}

/**
 * A `lookup` for http(s).request that refuses hosts resolving to a private address. Checking the
 * addresses at connect time, on the very answer the socket uses, leaves no gap for DNS rebinding.
 */
function guardedLookup(allowPrivate: boolean, url: string): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as dns.LookupAddress[];
      const bad = allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (bad) return callback(refused(url, bad.address) as unknown as NodeJS.ErrnoException, '', 0);
      if ((options as dns.LookupOptions).all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/**
 * GETs a URL from the outside world: http(s) only, every hop of a redirect checked, hosts that
 * resolve to private addresses refused (unless allowed), a time limit on the whole exchange and a
 * size limit on what the server announces. Resolves once the response headers are in.
 */
export async function safeFetch(raw: string, opts: SafeFetchOptions): Promise<FetchedFile> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid(raw, 'not a valid URL');
  }
  const deadline = Date.now() + opts.timeoutMs;
  for (let hop = 0; hop <= (opts.maxRedirects ?? 5); hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw invalid(url.href, 'only http and https URLs can be imported');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!opts.allowPrivate && net.isIP(host) && isPrivateAddress(host)) throw refused(url.href, host);
    const res = await get(url, opts, deadline);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      url = new URL(res.headers.location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw invalid(url.href, `the server answered ${status} ${res.statusMessage ?? ''}`.trim());
    }
    const length = res.headers['content-length'] ? Number(res.headers['content-length']) : undefined;
    if (length !== undefined && length > opts.maxBytes) {
      res.destroy();
      throw new AppError(
        413,
        'file_too_large',
        `${url.href} is larger than the ${Math.round(opts.maxBytes / 1024 / 1024)} MB limit`,
      );
    }
    return { body: res, url, contentType: String(res.headers['content-type'] ?? ''), contentLength: length };
  }
  throw invalid(raw, 'too many redirects');
}

function get(url: URL, opts: SafeFetchOptions, deadline: number): Promise<http.IncomingMessage> {
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const left = Math.max(deadline - Date.now(), 1);
    const req = lib.get(
      url,
      { lookup: guardedLookup(opts.allowPrivate, url.href), headers: { 'accept-encoding': 'identity' } },
      (res) => {
        // The deadline covers the body too: a response still streaming then is cut off.
        const timer = setTimeout(
          () => res.destroy(invalid(url.href, `no complete answer within ${opts.timeoutMs / 1000} s`)),
          Math.max(deadline - Date.now(), 1),
        );
        res.once('close', () => clearTimeout(timer));
        resolve(res);
      },
    );
    req.setTimeout(left, () => req.destroy(invalid(url.href, `no answer within ${opts.timeoutMs / 1000} s`)));
    req.once('error', (e) => reject(e instanceof AppError ? e : invalid(url.href, (e as Error).message)));
  });
}

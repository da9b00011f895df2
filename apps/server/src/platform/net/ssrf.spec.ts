import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { isPrivateAddress, safeFetch } from './ssrf';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1234',
    'fc00::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    'not an ip',
  ])('refuses %s', (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '192.169.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows %s',
    (ip) => expect(isPrivateAddress(ip)).toBe(false),
  );
});

describe('safeFetch', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/redirect') {
        res.writeHead(302, { location: '/data.json' });
        res.end();
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-length': '5000' });
        res.end('x'.repeat(5000));
      } else if (req.url === '/slow') {
        res.writeHead(200);
        res.write('partial');
      } else if (req.url === '/missing') {
        res.writeHead(404);
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('[{"text":"hi"}]');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const allowed = { allowPrivate: true, timeoutMs: 2000, maxBytes: 1000 };
  const read = async (body: NodeJS.ReadableStream) => {
    let text = '';
    for await (const chunk of body) text += chunk;
    return text;
  };
  const failure = async (p: Promise<unknown>) => {
    const e = await p.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  };

  it('refuses loopback by address and by name unless private addresses are allowed', async () => {
    for (const url of [`${base}/data.json`, base.replace('127.0.0.1', 'localhost') + '/data.json', 'http://[::1]/x']) {
      const e = await failure(safeFetch(url, { ...allowed, allowPrivate: false }));
      expect(e.statusCode).toBe(400);
      expect(e.code).toBe('url_not_allowed');
      expect(e.message).toContain('GROUNDWORK_ALLOW_PRIVATE_URLS');
    }
    const ok = await safeFetch(`${base}/data.json`, allowed);
    expect(ok.contentType).toBe('application/json');
    expect(await read(ok.body)).toBe('[{"text":"hi"}]');
  });

  it('follows redirects, refuses other schemes, too large answers, errors and slow servers', async () => {
    const redirected = await safeFetch(`${base}/redirect`, allowed);
    expect(redirected.url.pathname).toBe('/data.json');
    expect(await read(redirected.body)).toBe('[{"text":"hi"}]');
    expect((await failure(safeFetch('file:///etc/passwd', allowed))).code).toBe('invalid_url');
    expect((await failure(safeFetch('not a url', allowed))).code).toBe('invalid_url');
    expect((await failure(safeFetch(`${base}/big`, allowed))).statusCode).toBe(413);
    expect((await failure(safeFetch(`${base}/missing`, allowed))).message).toContain('404');
    const slow = await safeFetch(`${base}/slow`, { ...allowed, timeoutMs: 300 });
    await expect(read(slow.body)).rejects.toThrow(/no complete answer within/);
  });
});

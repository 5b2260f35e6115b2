import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guarded, installEdgeGuard, LIMITS, SERVER_OPTIONS } from '../../server/edge-guard.cjs';
import { getT } from '../../lib/i18n';

/**
 * The edge guard (server/edge-guard.cjs) in front of a stand-in for Next.js:
 * what it refuses never reaches the handler, and is answered with the
 * security headers, a page in the address's language or a plain line.
 */

let server: Server;
let port = 0;
const reached: string[] = [];

beforeAll(async () => {
  server = createServer(SERVER_OPTIONS, guarded((req: IncomingMessage, res: ServerResponse) => {
    reached.push(`${req.method} ${req.url}`);
    res.end('next');
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Raw {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from the first byte sent to the end of the answer. */
  ms: number;
}

/** Sends raw bytes (a request the fetch API would refuse to make) and reads the whole answer. */
function raw(head: string, body = ''): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(head + body));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [top = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = top.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: Buffer.from(rest.join('\r\n\r\n'), 'latin1').toString('utf8'), ms: Date.now() - started });
    });
  });
}

const get = (target: string, extra = '') => raw(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${extra}\r\n`);

function expectHeaders(r: Raw): void {
  expect(r.headers['x-content-type-options']).toBe('nosniff');
  expect(r.headers['x-frame-options']).toBe('DENY');
  expect(r.headers['referrer-policy']).toBeTruthy();
  expect(r.headers['permissions-policy']).toContain('camera=()');
  expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(r.headers['strict-transport-security']).toContain('max-age=');
  expect(r.headers['content-security-policy']).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
  expect(r.headers['cache-control']).toBe('private, no-store');
}

describe('the edge guard', () => {
  it('lets ordinary requests through to Next.js untouched', async () => {
    const r = await get('/en/q/hostCountry?x=%E0');
    expect(r.status).toBe(200);
    expect(r.body).toBe('next');
    expect(reached).toContain('GET /en/q/hostCountry?x=%E0');
  });

  it('answers TRACE and other methods with a plain 405, before Next.js', async () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'CONNECT-ISH']) {
      const r = await raw(`${method} / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      if (method === 'CONNECT-ISH') {
        expect(r.status).toBe(400); // Node's own parser refuses a method it does not know
        continue;
      }
      expect(r.status, method).toBe(405);
      expect(r.headers['allow']).toBe('GET, HEAD, POST');
      expect(r.headers['content-type']).toMatch(/^text\/plain/);
      expect(r.body).toBe('405 Method Not Allowed\n');
      expectHeaders(r);
    }
    expect(reached.some((line) => !line.startsWith('GET ') && !line.startsWith('POST '))).toBe(false);
  });

  it('answers a broken percent-encoding with a 400 page in the address language, or a plain 400 for a file', async () => {
    const uk = await get('/uk/q/%D0');
    expect(uk.status).toBe(400);
    expect(uk.headers['content-type']).toMatch(/^text\/html/);
    expect(uk.body).toContain('<html lang="uk">');
    expect(uk.body).toContain(`<h1>${getT('uk')('refused.badAddress.title')}</h1>`);
    expect(uk.body).toContain('<a href="/uk">Перейти на початкову сторінку</a>');
    expect(uk.body).not.toMatch(/<script/i);
    expectHeaders(uk);

    const en = await get('/en/rules/%FF');
    expect(en.status).toBe(400);
    expect(en.body).toContain('<h1>This address cannot be read</h1>');

    const nl = await get('/NL/open/%E2%82');
    expect(nl.body).toContain('<h1>Dit adres is niet te lezen</h1>');

    // No language in the address: all three, each marked with its own.
    const none = await get('/%C0/x');
    expect(none.status).toBe(400);
    expect(none.body).toContain('<section lang="uk">');
    expect(none.body).toContain('<section lang="nl">');
    expect(none.body).toContain('<section lang="en">');

    const file = await get('/%FF.txt');
    expect(file.status).toBe(400);
    expect(file.headers['content-type']).toMatch(/^text\/plain/);
    expect(file.body).toBe('400 Bad Request\n');
    expectHeaders(file);

    // One of the framework's own fetches: a plain line too.
    const rsc = await get('/en/q/%D0', 'RSC: 1\r\n');
    expect(rsc.headers['content-type']).toMatch(/^text\/plain/);
    expect(reached.some((line) => /%D0|%FF|%E2%82|%C0/.test(line))).toBe(false);
  });

  it('answers framework headers its client never sends with a plain 400 (Next.js: a 500, or a stack trace in the log)', async () => {
    for (const header of ['Next-Router-State-Tree: garbage', 'Next-Router-State-Tree: [', 'Next-Router-State-Tree: %E0', 'Next-Router-State-Tree: [1,2,3]', 'Next-Router-Prefetch: 2']) {
      const r = await get('/en/rules', `RSC: 1\r\n${header}\r\n`);
      expect(r.status, header).toBe(400);
      expect(r.body).toBe('400 Bad Request\n');
      expectHeaders(r);
    }
    const tree = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null]));
    expect((await get('/en/rules', `RSC: 1\r\nNext-Router-State-Tree: ${tree}\r\nNext-Router-Prefetch: 1\r\n`)).status).toBe(200);
  });

  it('answers a request target that is not a path with a plain 400', async () => {
    for (const target of ['*', 'http://evil.example/en']) {
      const r = await get(target);
      expect(r.status, target).toBe(400);
      expect(r.body).toBe('400 Bad Request\n');
    }
  });

  it('refuses a body over 64 kB with a 413 page before reading it, and closes the connection', async () => {
    // Only the head is sent: the answer must come without the 10 MB ever arriving.
    const r = await raw(
      'POST /nl/answer HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10485760\r\n\r\n',
      'question=hostCountry&hostCountry=NL',
    );
    expect(r.status).toBe(413);
    expect(r.headers['connection']).toBe('close');
    expect(r.body).toContain('<html lang="nl">');
    expect(r.body).toContain('<h1>Er is te veel verstuurd</h1>');
    expectHeaders(r);
    expect(reached.some((line) => line.startsWith('POST /nl/answer'))).toBe(false);

    const atLimit = await raw(
      `POST /en/answer HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: ${LIMITS.maxBodyBytes}\r\n\r\n`,
      'a'.repeat(LIMITS.maxBodyBytes),
    );
    expect(atLimit.status).toBe(200);
  });

  it('refuses a body without a declared length (chunked) with a 411 page', async () => {
    const r = await raw('POST /en/answer HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n', '5\r\nhello\r\n');
    expect(r.status).toBe(411);
    expect(r.body).toContain('<h1>What was sent could not be read</h1>');
  });

  it('gives the server Next.js creates its timeouts and the guard', () => {
    const calls: unknown[][] = [];
    const fake = { createServer: (...args: unknown[]) => (calls.push(args), {}) } as never;
    installEdgeGuard(fake);
    installEdgeGuard(fake); // twice: still wrapped once
    const listener = () => undefined;
    (fake as { createServer: (l: unknown) => unknown }).createServer(listener);
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toEqual({ headersTimeout: 10_000, requestTimeout: 20_000, connectionsCheckingInterval: 1_000 });
    expect(typeof calls[0]![1]).toBe('function');
    expect(calls[0]![1]).not.toBe(listener);
  });
});

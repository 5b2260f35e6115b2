import { connect } from 'node:net';

/**
 * HTTP/1.1 over a bare socket, for requests a browser or Playwright's client
 * would not send as written (TRACE, broken percent-encoding, a body that
 * never arrives).
 */

export interface RawAnswer {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfterMs: number;
}

function parse(data: Buffer, closedAfterMs: number): RawAnswer {
  const text = data.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  if (!text.startsWith('HTTP/1.1 ') || end === -1) return { status: 0, headers: {}, body: '', closedAfterMs };
  const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] = headers[name] ? `${headers[name]}, ${line.slice(colon + 1).trim()}` : line.slice(colon + 1).trim();
  }
  let body = data.subarray(Buffer.byteLength(text.slice(0, end + 4), 'latin1'));
  if (headers['transfer-encoding'] === 'chunked') {
    const parts: Buffer[] = [];
    for (let at = 0; at < body.length; ) {
      const lineEnd = body.indexOf('\r\n', at);
      const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
      if (!size) break;
      parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8'), closedAfterMs };
}

/**
 * Sends `head` (and `body`), then `trickle` one piece at a time every
 * `trickleEveryMs`, and resolves when the server closes the connection (or
 * after `timeoutMs`). The request should say `Connection: close`.
 */
export function rawRequest(
  port: number,
  head: string,
  { body = '', trickle = [], trickleEveryMs = 1000, timeoutMs = 15_000 }: { body?: string | Buffer; trickle?: string[]; trickleEveryMs?: number; timeoutMs?: number } = {},
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = Date.now();
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(head);
      if (body.length) socket.write(body);
      let i = 0;
      const next = () => {
        if (i < trickle.length && !socket.destroyed) {
          socket.write(trickle[i++]!);
          timer = setTimeout(next, trickleEveryMs);
        }
      };
      if (trickle.length) timer = setTimeout(next, trickleEveryMs);
    });
    const done = () => {
      clearTimeout(timer);
      clearTimeout(limit);
      resolve(parse(Buffer.concat(chunks), Date.now() - started));
    };
    const limit = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', done);
  });
}

/** A GET (or another method) with the given extra header lines. */
export function rawGet(port: number, target: string, extra: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  const lines = Object.entries(extra).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  return rawRequest(port, `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${lines}\r\n`);
}

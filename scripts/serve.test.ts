/**
 * scripts/serve.ts answers odd request paths with a redirect, a 400 or a 404, never a 500, and
 * never with a file outside its root. Requests are written on a raw socket, so the paths reach the
 * server exactly as given (an HTTP client would normalise them).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { connect } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './serve/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'serve-'));
const root = join(work, 'site');
const SECRET = 'outside the site root';
mkdirSync(join(root, 'a'), { recursive: true });
writeFileSync(join(root, 'index.html'), 'home page');
writeFileSync(join(root, '404.html'), 'not found page');
writeFileSync(join(root, 'a/index.html'), 'page a');
writeFileSync(join(work, 'secret.txt'), SECRET);

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ root, base: '/', headersFile: false, gzip: false });
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

interface Answer {
  status: number;
  location?: string;
  body: string;
}

/** GET `target` verbatim over HTTP/1.1. */
function get(target: string): Promise<Answer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
      const location = /^location: (.*)$/im.exec(head)?.[1];
      resolve({ status, location, body });
    });
  });
}

describe('the static server: request paths', () => {
  it('redirects `//` and `///` to `/`, keeping the query', async () => {
    expect(await get('//')).toMatchObject({ status: 301, location: '/' });
    expect(await get('///')).toMatchObject({ status: 301, location: '/' });
    expect(await get('//a//?q=1')).toMatchObject({ status: 301, location: '/a/?q=1' });
    expect(await get('/a//index.html')).toMatchObject({ status: 301, location: '/a/index.html' });
  });

  it('still serves ordinary paths', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: 'home page' });
    expect(await get('/a/?x=//y')).toMatchObject({ status: 200, body: 'page a' });
    expect(await get('/a')).toMatchObject({ status: 301, location: '/a/' });
    expect(await get('/nothing/')).toMatchObject({ status: 404, body: 'not found page' });
  });

  const odd = [
    '/%',
    '/%zz',
    '/..%2f',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/a/../../secret.txt',
    '/%00',
    '/a%00.html',
    '/%5c..%5csecret.txt',
    '/\\..\\secret.txt',
    '/\\\\evil.example/',
    '//evil.example/secret.txt',
    '/%2f%2f',
    `/${'a'.repeat(6000)}`,
    `/${'a/'.repeat(2000)}`,
    '/?',
    '/#x',
    '/_headers',
    '*',
    'http://127.0.0.1/a/',
  ];
  for (const path of odd) {
    it(`answers ${path.length > 40 ? `${path.slice(0, 20)}… (${path.length} characters)` : path} without a 500 or a file outside the root`, async () => {
      const answer = await get(path);
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body).not.toContain(SECRET);
      if (answer.location) expect(answer.location).toMatch(/^\/(?!\/)/);
    });
  }
});

describe('compression', () => {
  it('gzips text at the level asked for, like a host that precompresses, and sends other files as they are', async () => {
    const text = 'policy '.repeat(2000);
    writeFileSync(join(root, 'big.txt'), text);
    writeFileSync(join(root, 'data.bin'), Buffer.from([1, 2, 3]));
    const compressing = await startServer({ root, gzip: 9 });
    try {
      const accept = { headers: { 'Accept-Encoding': 'gzip' } };
      const request = (file: string) =>
        new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
          httpGet(new URL(file, compressing.url), accept, (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
            );
          }).on('error', reject);
        });
      const big = await request('big.txt');
      expect(big.encoding).toBe('gzip');
      expect(big.body.equals(gzipSync(Buffer.from(text), { level: 9 }))).toBe(true);
      expect(gunzipSync(big.body).toString()).toBe(text);
      expect((await request('big.txt')).body.equals(big.body)).toBe(true);
      const binary = await request('data.bin');
      expect(binary.encoding).toBeUndefined();
      expect([...binary.body]).toEqual([1, 2, 3]);
    } finally {
      await compressing.close();
    }
  });
});

describe('ranges', () => {
  it('answers a byte range with 206 and those bytes, and a range past the end with 416', async () => {
    writeFileSync(join(root, 'volume.bin'), Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const request = (range: string) =>
      new Promise<{ status?: number; contentRange?: string; body: Buffer }>((resolve, reject) => {
        httpGet(new URL('volume.bin', server.url), { headers: { Range: range } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode,
              contentRange: response.headers['content-range'],
              body: Buffer.concat(chunks),
            }),
          );
        }).on('error', reject);
      });
    const part = await request('bytes=3-5');
    expect(part.status).toBe(206);
    expect(part.contentRange).toBe('bytes 3-5/10');
    expect([...part.body]).toEqual([3, 4, 5]);
    expect([...(await request('bytes=-2')).body]).toEqual([8, 9]);
    const whole = await request('bytes=0-1,4-5');
    expect(whole.status).toBe(200);
    expect(whole.body.length).toBe(10);
    const past = await request('bytes=10-');
    expect(past.status).toBe(416);
    expect(past.contentRange).toBe('bytes */10');
  });
});

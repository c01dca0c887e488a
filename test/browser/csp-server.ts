import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { WORKER } from './article-server.ts';

/**
 * The built app (PW_DIST or dist/) served with a Content-Security-Policy
 * header on every response, the worker script included, as a strict host
 * would: `vite preview` can't send one without changing the app's serving
 * for every test.
 */
export const CSP_PORT = (Number(process.env.PW_PORT) || 4174) + 2 + 2 * WORKER;
export const CSP_APP = `http://127.0.0.1:${CSP_PORT}`;

const DIST = resolve(process.env.PW_DIST ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves dist/ on CSP_APP with `policy` as its Content-Security-Policy. */
export function serveWithCsp(policy: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', CSP_APP).pathname);
    let file = normalize(join(DIST, path));
    if (file.startsWith(DIST) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': policy,
      'access-control-allow-origin': '*',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(CSP_PORT, '127.0.0.1', () => done(server)));
}

export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
  readonly source: string;
}

/**
 * Records every CSP violation in the page and its frames: the
 * `securitypolicyviolation` events (composed, so those in shadow roots reach
 * the document too; listened for in capture) and the console's "Refused to…"
 * errors. Call before the page loads; read with the returned function.
 */
export async function recordViolations(page: Page): Promise<() => Promise<{ events: CspViolation[]; console: string[] }>> {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) messages.push(m.text());
  });
  await page.addInitScript(() => {
    const list: CspViolation[] = [];
    (window as unknown as { __cspViolations: CspViolation[] }).__cspViolations = list;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => list.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` }),
      true,
    );
  });
  return async () => {
    const events: CspViolation[] = [];
    for (const frame of page.frames()) {
      events.push(...(await frame.evaluate(() => (window as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? []).catch(() => [])));
    }
    return { events, console: [...messages] };
  };
}

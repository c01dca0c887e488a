import { createServer, type Server } from 'node:http';

/** The app under test (see playwright.config.ts). */
export const APP = `http://127.0.0.1:${Number(process.env.PW_PORT) || 4174}`;
/** Which of the parallel Playwright workers this is (0 with one): each serves its own article and CSP ports. */
export const WORKER = Number(process.env.TEST_PARALLEL_INDEX) || 0;
/** A news site on another origin. */
export const ARTICLE_PORT = (Number(process.env.PW_PORT) || 4174) + 1 + 2 * WORKER;
export const ARTICLE = `http://127.0.0.1:${ARTICLE_PORT}`;

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the article. ${'The envoys met in Moscow. '.repeat(12)}</p>`).join('\n');

/** A plain article page with `embed` in the middle of its text. */
export function articlePage(embed: string, before = 2, after = 12): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Article</title><style>body{font:18px/1.5 Georgia,serif;max-width:760px;margin:0 auto;padding:1rem}</style></head>
<body><h1>An article about the talks</h1>${filler(before)}${embed}${filler(after)}</body></html>`;
}

/** Serves pages from a map of paths to HTML, on the article origin. */
export function serveArticles(pages: Record<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', ARTICLE).pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  return new Promise((resolve) => server.listen(ARTICLE_PORT, '127.0.0.1', () => resolve(server)));
}

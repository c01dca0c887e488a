import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../test/support/run-command.ts';

const cli = fileURLToPath(new URL('./validate.ts', import.meta.url));
const minimal = readFileSync(new URL('../../data/journeys/minimal.json', import.meta.url), 'utf8');
const parsed = JSON.parse(minimal) as { journey: object };
const broken = JSON.stringify({ ...parsed, journey: { ...parsed.journey, title: 42 } });
// `node --import tsx` is what `npx tsx` runs, without starting npm.
const validate = (...args: string[]) => runCommand(process.execPath, ['--import', 'tsx', cli, ...args]);

describe('npm run validate: folders, URLs and --json', { timeout: 60_000 }, () => {
  let dir: string;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'validate-'));
    writeFileSync(join(dir, 'b-broken.json'), broken);
    writeFileSync(join(dir, 'a-good.json'), minimal);
    writeFileSync(join(dir, 'notes.md'), 'not a journey');
    const pages: Record<string, [number, string, string]> = {
      '/journeys/good.json': [200, 'application/json', minimal],
      '/journeys/page.json': [200, 'text/html', '<!doctype html>'],
    };
    server = createServer((req, res) => {
      const [status, type, body] = pages[req.url ?? ''] ?? [404, 'text/plain', 'not found'];
      res.writeHead(status, { 'content-type': type }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks every .json file in a folder, in name order, and nothing else', async () => {
    const { code, stdout } = await validate(dir);
    expect(stdout).toMatch(new RegExp(`a-good\\.json: valid \\(2 events, 0 warnings\\)[\\s\\S]*b-broken\\.json: error at \\$\\.journey\\.title`));
    expect(stdout).not.toContain('notes.md');
    expect(code).toBe(1);
  });

  it('fetches a URL, and says in one line why one cannot be read', async () => {
    const good = await validate(`${origin}/journeys/good.json`);
    expect(good.stdout).toContain(`${origin}/journeys/good.json: valid (2 events, 0 warnings)`);
    expect(good.code).toBe(0);
    const missing = await validate(`${origin}/journeys/gone.json`, `${origin}/journeys/page.json`);
    expect(missing.stderr).toContain(`${origin}/journeys/gone.json: cannot read the file (answered 404 Not Found)`);
    expect(missing.stderr).toContain(`${origin}/journeys/page.json: cannot read the file (answered with an HTML page, not a JSON journey file)`);
    expect(missing.code).toBe(2);
  });

  it('--json prints one JSON document with each input\'s verdict, counts and problems, and keeps the exit codes', async () => {
    const { code, stdout, stderr } = await validate('--json', join(dir, 'a-good.json'), `${origin}/journeys/good.json`, join(dir, 'b-broken.json'), join(dir, 'none.json'));
    const report = JSON.parse(stdout) as { ok: boolean; inputs: Record<string, unknown>[] };
    expect(stderr).toBe('');
    expect(report.ok).toBe(false);
    expect(report.inputs).toEqual([
      { input: join(dir, 'a-good.json'), ok: true, events: 2, errors: 0, warnings: 0, problems: [] },
      { input: `${origin}/journeys/good.json`, ok: true, events: 2, errors: 0, warnings: 0, problems: [] },
      {
        input: join(dir, 'b-broken.json'),
        ok: false,
        errors: 1,
        warnings: 0,
        problems: [{ path: '$.journey.title', severity: 'error', message: expect.stringContaining('Expected string but received 42') }],
      },
      { input: join(dir, 'none.json'), ok: false, unreadable: 'ENOENT' },
    ]);
    expect(code).toBe(2);
  });
});

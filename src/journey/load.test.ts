import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_BYTES, MAX_BYTES_CEILING, loadJourney, loadJourneyFile, maxBytesParam, resolveJourneyUrl } from './load.ts';

const minimal = readFileSync(new URL('../../data/journeys/minimal.json', import.meta.url), 'utf8');
const BASE = 'https://news.example/graphics/map/';

describe('maxBytesParam', () => {
  it('reads a page\'s max-mb as bytes, up to a ceiling of 50 MB', () => {
    expect(maxBytesParam('8')).toBe(8 * 1024 * 1024);
    expect(maxBytesParam('0.5')).toBe(512 * 1024);
    expect(maxBytesParam('500')).toBe(MAX_BYTES_CEILING);
  });

  it('leaves the default in place for anything else', () => {
    for (const value of [null, '', '0', '-3', 'big', 'Infinity']) expect(maxBytesParam(value), String(value)).toBeUndefined();
    expect(DEFAULT_MAX_BYTES).toBe(5 * 1024 * 1024);
  });
});

describe('resolveJourneyUrl', () => {
  it('opens a name from the journeys folder beside the app, and the default without a parameter', () => {
    expect(resolveJourneyUrl('added-later', 'moscow-2025-12-02', BASE)).toEqual({ url: `${BASE}journeys/added-later.json`, name: 'added-later' });
    expect(resolveJourneyUrl(null, 'moscow-2025-12-02', BASE)).toEqual({ url: `${BASE}journeys/moscow-2025-12-02.json`, name: 'moscow-2025-12-02' });
    expect(resolveJourneyUrl('  ', 'moscow-2025-12-02', BASE)).toEqual({ url: `${BASE}journeys/moscow-2025-12-02.json`, name: 'moscow-2025-12-02' });
  });

  it('never takes a name outside the journeys folder: anything else is a path, checked like one', () => {
    // "../x" and "%2e%2e" are not names; as paths they stay on this site.
    for (const value of ['../secret', 'a/b', 'Trip', 'trip.json', '-x', '%2e%2e%2fx']) expect(resolveJourneyUrl(value, 'x', BASE), value).not.toHaveProperty('name');
    expect(resolveJourneyUrl('../../../etc/passwd', 'x', BASE)).toEqual({ url: 'https://news.example/etc/passwd' });
    expect(resolveJourneyUrl('a'.repeat(101), 'x', BASE)).not.toHaveProperty('name');
  });

  it('allows paths on this site', () => {
    expect(resolveJourneyUrl('/data/trip.json', 'x', BASE)).toEqual({ url: 'https://news.example/data/trip.json' });
  });

  it('refuses other origins unless allow-listed, and says no request was made', () => {
    const refused = resolveJourneyUrl('https://evil.example/trip.json', 'x', BASE);
    expect(refused).toEqual({ error: expect.stringMatching(/only loaded from this site.*No request was made/) });
    expect(resolveJourneyUrl('https://data.example/trip.json', 'x', BASE, ['https://data.example'])).toEqual({ url: 'https://data.example/trip.json' });
  });

  it('requires https from other origins, except on localhost', () => {
    expect(resolveJourneyUrl('http://data.example/t.json', 'x', BASE, ['http://data.example'])).toEqual({ error: expect.stringMatching(/must use https/) });
    expect(resolveJourneyUrl('http://localhost:8080/t.json', 'x', BASE, ['http://localhost:8080'])).toEqual({ url: 'http://localhost:8080/t.json' });
  });

  it('refuses other schemes', () => {
    expect(resolveJourneyUrl('javascript:alert(1)', 'x', BASE)).toEqual({ error: expect.stringMatching(/http\(s\) only/) });
    expect(resolveJourneyUrl('data:application/json,{}', 'x', BASE)).toEqual({ error: expect.stringMatching(/http\(s\) only/) });
  });
});

describe('loadJourney', () => {
  afterEach(() => vi.unstubAllGlobals());
  const stub = (response: () => Promise<Response>) => vi.stubGlobal('fetch', vi.fn(response));

  it('loads and validates a journey, without credentials or redirects', async () => {
    const fetch = vi.fn(async () => new Response(minimal, { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const result = await loadJourney('https://news.example/minimal.json');
    expect(result.ok).toBe(true);
    expect(fetch).toHaveBeenCalledWith('https://news.example/minimal.json', expect.objectContaining({ credentials: 'omit', redirect: 'error' }));
  });

  it('stops reading past the size cap when there is no Content-Length', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        if (pulled > 1000) controller.close();
      },
    });
    stub(async () => new Response(stream, { headers: { 'content-type': 'application/json' } }));
    const result = await loadJourney('https://news.example/huge.json', { maxBytes: 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, kind: 'size' });
    expect(pulled).toBeLessThan(40);
  });

  it('refuses a declared length over the cap before reading', async () => {
    stub(async () => new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': String(6 * 1024 * 1024) } }));
    const result = await loadJourney('https://news.example/big.json');
    expect(result).toMatchObject({ ok: false, kind: 'size' });
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/6 MB, larger than the 5 MB limit/);
  });

  it('names a status, an HTML page, a network failure and a timeout', async () => {
    stub(async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
    expect(await loadJourney('https://n.example/a.json')).toMatchObject({ ok: false, kind: 'status' });
    stub(async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    expect(await loadJourney('https://n.example/a.json')).toMatchObject({ ok: false, kind: 'type' });
    stub(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await loadJourney('https://n.example/a.json')).toMatchObject({ ok: false, kind: 'network' });
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))),
    );
    expect(await loadJourney('https://n.example/a.json', { timeoutMs: 20 })).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('says a named journey is missing by its name, whether the host answers 404 or a page', async () => {
    const url = 'https://n.example/journeys/trip.json';
    for (const response of [() => new Response('nope', { status: 404 }), () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })]) {
      stub(async () => response());
      const result = await loadJourney(url, { name: 'trip' });
      expect(result).toMatchObject({ ok: false, kind: 'status' });
      if (!result.ok) expect(result.problems[0]).toMatchObject({ message: `There is no journey called "trip": nothing at ${url}.`, hint: expect.stringContaining('trip.json in the journeys/ folder') });
    }
  });

  it('reports a file that is not a journey as invalid, with paths', async () => {
    stub(async () => new Response('{"type":"Feature"}', { headers: { 'content-type': 'application/json' } }));
    const result = await loadJourney('https://n.example/a.json');
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('$.type');
  });
});

describe('loadJourneyFile', () => {
  it('reads a local file', async () => {
    const result = await loadJourneyFile(new File([minimal], 'minimal.json', { type: 'application/json' }));
    expect(result.ok).toBe(true);
    expect(result.url).toBe('file: minimal.json');
  });

  it('refuses a file over the cap without reading it', async () => {
    const result = await loadJourneyFile(new File(['x'.repeat(2048)], 'big.json'), { maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, kind: 'size' });
  });
});

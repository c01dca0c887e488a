import { describe, expect, it } from 'vitest';
import { failedModuleUrl, loadOnce } from './load-once.ts';

describe('loadOnce', () => {
  it('loads once for every caller, and again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const load = loadOnce(async () => {
      calls++;
      if (fail) throw new Error('offline');
      return 'module';
    });
    await expect(load()).rejects.toThrow('offline');
    fail = false;
    await expect(Promise.all([load(), load()])).resolves.toEqual(['module', 'module']);
    expect(calls).toBe(2);
  });
});

describe('failedModuleUrl', () => {
  it('reads the module a failed dynamic import names, in Chromium’s and Firefox’s words', () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/share-dialog-DGTJ.js'))).toBe(
      'http://127.0.0.1:4173/assets/share-dialog-DGTJ.js',
    );
    expect(failedModuleUrl(new TypeError('error loading dynamically imported module: https://news.example/app/assets/a-1.js?retry=1'))).toBe('https://news.example/app/assets/a-1.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(failedModuleUrl('offline')).toBeUndefined();
  });
});

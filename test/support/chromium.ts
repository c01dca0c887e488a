/**
 * How the tests and the benchmark start Chromium here: Debian's build (or
 * CHROME_PATH), as root without the sandbox, with software WebGL
 * (SwiftShader), and without calls home that the closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Makes sure a Chromium for the browser tests is on this machine.
// Playwright can't download its own browser here; Debian's package works.
// As root (CI, fresh machines) it installs it with apt-get; otherwise it says how.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

console.error(`Chromium is missing: the browser tests need it at ${path} (or set CHROME_PATH).`);
console.error('Install it with:  sudo apt-get update && sudo apt-get install -y chromium');
if (process.getuid?.() !== 0) process.exit(1);

console.error('Running as root, so installing it now with apt-get…');
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch (error) {
  console.error(`apt-get failed: ${error.message}`);
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
console.error(`Installed Chromium at ${path}.`);

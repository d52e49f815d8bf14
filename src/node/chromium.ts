import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { Launcher } from 'chrome-launcher';
import { chromium } from 'playwright-core';

export const HOW_TO_GET_CHROMIUM =
  'No Chromium or Chrome found: install one (Debian or Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to its binary.';

/** Flags that keep Chromium quiet on a machine with a closed network (and as root in CI). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export class ChromiumNotFound extends Error {
  override name = 'ChromiumNotFound';
}

function runnable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Chrome or Chromium where it is usually installed, as chrome-launcher finds it (on Linux: the
 * desktop files and `which`), best first. It throws where it finds none or does not know the
 * system, which here means only that there is none.
 */
function installedChromium(): string | undefined {
  try {
    return Launcher.getInstallations().find(runnable);
  } catch {
    return undefined;
  }
}

/** CHROME_PATH, then the usual system places, then a browser Playwright downloaded. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (runnable(fromEnv)) return fromEnv;
    throw new ChromiumNotFound(`CHROME_PATH is set to ${fromEnv}, which is not a runnable file: fix or unset it.`);
  }
  const installed = installedChromium();
  if (installed) return installed;
  try {
    const managed = chromium.executablePath();
    if (managed && existsSync(managed)) return managed;
  } catch {
    /* no Playwright-managed browser */
  }
  return undefined;
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
}

/**
 * The browser to drive. Where none is found but one can be installed (root on Debian or
 * Ubuntu), installs Debian's chromium and says so; otherwise throws one line saying how.
 */
export function requireChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  if (!canInstallWithApt()) throw new ChromiumNotFound(HOW_TO_GET_CHROMIUM);
  log('No Chromium found: installing Debian\'s "chromium" package with apt-get (needed once)...');
  let install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
  if (install.status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
  }
  const installed = findChromium();
  if (install.status !== 0 || !installed) throw new ChromiumNotFound(`Installing chromium with apt-get failed. ${HOW_TO_GET_CHROMIUM}`);
  log(`Installed Chromium at ${installed}.`);
  return installed;
}

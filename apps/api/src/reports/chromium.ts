import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, where mintq's container and its tests find it unless MINTQ_CHROMIUM says otherwise. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The flags Chromium needs to run headless as root in a container, and to stay off the network. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches a headless Chromium through playwright-core: the one way mintq starts it, to print
 * reports and (from the dashboard's browser tests and LCP measurement) to drive the dashboard.
 * Every browser gets its own fresh temporary user-data-dir. No other imports, so tests and
 * scripts can load this module without the server.
 */
export function launchChromium(
  executablePath = process.env.MINTQ_CHROMIUM || DEFAULT_CHROMIUM,
): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS], headless: true });
}

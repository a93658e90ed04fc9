// Debian's Chromium, launched the one way that works on our machines (toolchain.md): no sandbox as root,
// no GPU, and no background networking (the closed network refuses it). Shared by the test runner, the
// CSP, print and example checks and the benchmarks. Never a downloaded browser.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.IAS_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Debian's Chromium headless through playwright-core. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

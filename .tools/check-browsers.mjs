// Fails with a clear message (not a stack trace) when the Debian browsers the element tests need are missing.
import { existsSync } from 'node:fs';

const chromium = process.env.IAS_CHROMIUM ?? '/usr/bin/chromium';
const firefox = process.env.IAS_FIREFOX ?? '/usr/bin/firefox-esr';
const missing = [];
if (!existsSync(chromium)) missing.push(`Chromium (${chromium})`);
if (!existsSync(firefox) && process.env.IAS_BROWSERS !== 'chromium') missing.push(`Firefox ESR (${firefox})`);
if (missing.length) {
  console.error(
    `\nias-kit: the element tests need ${missing.join(' and ')}, which is not installed.\n` +
      `Install Debian's browsers (never a downloaded one):\n\n` +
      `    sudo apt-get update && sudo apt-get install -y chromium firefox-esr\n\n` +
      `or point IAS_CHROMIUM / IAS_FIREFOX at existing binaries` +
      ` (IAS_BROWSERS=chromium runs without Firefox).\n`,
  );
  process.exit(1);
}

/**
 * How this project's browser checks start Debian's Chromium (the browser tests through
 * playwright.config.ts, scripts/install-check.js): its path, and the flags without which this
 * machine's closed network refuses Chromium's background connections many at a time.
 */
module.exports = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

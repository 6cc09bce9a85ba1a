import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens Debian's Chromium; without a display it runs headless rather than failing.
export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  chromiumArgs: [
    ...(process.env.DISPLAY ? [] : ['--headless=new']),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

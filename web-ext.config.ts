import { defineWebExtConfig } from 'wxt';
import { QUIET_CHROMIUM_FLAGS } from './scripts/chromium-flags';

// `npm run dev` opens Debian's Chromium; without a display it runs headless rather than failing.
export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  chromiumArgs: [...(process.env.DISPLAY ? [] : ['--headless=new']), ...QUIET_CHROMIUM_FLAGS],
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Component tests opt into jsdom per file; the rest run in plain Node.
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto', './tests/unit/i18n-setup.ts'],
  },
});

import { defineConfig } from '@playwright/test';

// Real Chromium (Debian's) with the built extension; the fixture in tests/e2e/fixtures.ts launches it.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['./tests/e2e/summary-reporter.ts']]
    : [['list'], ['./tests/e2e/summary-reporter.ts']],
  outputDir: 'test-results',
});

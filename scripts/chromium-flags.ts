/**
 * Flags every Chromium Footnote starts needs on these machines: without them Chromium keeps calling
 * home, and the closed network refuses it many times a second.
 */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

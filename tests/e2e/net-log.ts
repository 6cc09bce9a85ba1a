/**
 * Chromium's own network log (--log-net-log), read after the browser closes. It starts with the browser
 * process, before the extension is installed, so it also sees what a fresh install does — which
 * Playwright's request events, attached only once the context exists, cannot.
 */
import { readFileSync } from 'node:fs';

/** One request as the log records it: where it went and which origin started it. */
export interface LoggedRequest {
  url: string;
  /** An origin such as `chrome-extension://<id>`; absent for requests the browser starts itself. */
  initiator?: string;
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: string; initiator?: string } }[];
}

/** Every URL request the log saw start. */
export function loggedRequests(file: string): LoggedRequest[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as NetLog;
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && typeof e.params?.url === 'string')
    .map((e) => ({
      url: e.params!.url!,
      // The browser's own requests (its updater, Playwright's navigations) say "not an origin".
      initiator: e.params?.initiator && e.params.initiator !== 'not an origin' ? e.params.initiator : undefined,
    }));
}

/**
 * Requests started by the extension or by the fixture pages it runs in (a content script's requests
 * carry the page's origin) that went anywhere but the extension itself or the local fixture server.
 */
export function requestsLeaving(requests: LoggedRequest[], extensionOrigin: string, serverOrigin: string): string[] {
  return requests
    .filter((r) => r.initiator === extensionOrigin || r.initiator === serverOrigin)
    .map((r) => r.url)
    .filter(
      (url) =>
        !url.startsWith(`${serverOrigin}/`) &&
        !url.startsWith(`${extensionOrigin}/`) &&
        !url.startsWith('data:') &&
        !url.startsWith('blob:'),
    );
}

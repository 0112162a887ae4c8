/**
 * Hardening every page Electron creates: no navigation away from our page, no new windows (http/https
 * links open in the system browser), no <webview>, every permission denied, CSP on served responses.
 */
import type { Session, WebContents } from 'electron';
import { cspHeader } from '../web/csp.js';

export function isExternalWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function hardenWebContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) void openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    // A plain link clicked in an article's text: the editor wanted the website, in their browser.
    if (isExternalWebLink(url)) void openExternal(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Served pages (the dev server) get the CSP as a header; the built file:// page carries it as <meta>.
  // Electronegativity CSP_GLOBAL_CHECK (LOW) cannot read a policy built by a function: cspHeader() is the strict
  // policy tested in tests/electron/security.test.ts (no inline script, no remote origin, object-src 'none').
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [cspHeader()] } });
  });
}

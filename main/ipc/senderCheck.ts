/**
 * Which pages may call main. Only our own renderer: the built index.html loaded from disk, or, while
 * developing, the Vite dev server. Anything else (a page navigated to by mistake, an iframe, a file://
 * page elsewhere on disk) is refused before any handler runs.
 */
export interface TrustedOrigins {
  /** file:// URL of out/renderer/index.html. */
  rendererIndexUrl: string;
  /** Dev server origin (ELECTRON_RENDERER_URL) when running unpackaged in development. */
  devServerUrl?: string | undefined;
}

/** The URL without query and fragment: the page may carry ?open=… but is still the same page. */
function pageOf(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export function isTrustedSenderUrl(senderUrl: string | undefined | null, trusted: TrustedOrigins): boolean {
  if (!senderUrl) return false;
  let url: URL;
  try {
    url = new URL(senderUrl);
  } catch {
    return false;
  }
  if (url.protocol === 'file:') {
    return pageOf(url) === pageOf(new URL(trusted.rendererIndexUrl));
  }
  if (trusted.devServerUrl && (url.protocol === 'http:' || url.protocol === 'https:')) {
    const dev = new URL(trusted.devServerUrl);
    return url.origin === dev.origin;
  }
  return false;
}

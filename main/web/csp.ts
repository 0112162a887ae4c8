/**
 * The page's Content-Security-Policy, one definition for both transports: the web bridge sends it as a
 * header; the Electron build writes it into index.html as a <meta> (file:// pages get no headers).
 * No inline scripts, no remote origins, no eval. React sets styles through the DOM (allowed without
 * 'unsafe-inline'); fonts are files, not data: URLs (the renderer build does not inline them).
 */
export const cspDirectives: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/** Directives a <meta> CSP cannot carry (browsers ignore them there and warn). */
const headerOnly = new Set(['frame-ancestors']);

export function cspHeader(): string {
  return Object.entries(cspDirectives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

export function cspMeta(): string {
  return Object.entries(cspDirectives)
    .filter(([k]) => !headerOnly.has(k))
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

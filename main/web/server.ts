/**
 * The local web bridge: the same handler table as Electron, served over HTTP on 127.0.0.1 together
 * with the built renderer, so the full UI runs in any browser against the real services on disk.
 *
 * Who may talk to it: only requests that carry the random access token (the X-Tadqiq-Token header, or
 * the cookie set when the page is first opened with ?token=…), addressed to 127.0.0.1:<port> by name
 * (a Host check defeats DNS rebinding) and, when the browser says where they come from, sent by our
 * own origin (an Origin check defeats other sites posting to us).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../src/api/contract.js';
import type { ApiResult } from '../../src/api/envelope.js';
import { validateAndDispatch } from '../ipc/dispatch.js';
import { createHandlers, handlerParts, type HandlerPart } from '../ipc/handlers/index.js';
import { createServices, type Services } from '../ipc/services.js';
import { cspHeader } from './csp.js';
import { readStaticFile } from './staticFiles.js';

export const TOKEN_HEADER = 'x-tadqiq-token';
export const API_PREFIX = '/api/';
/** 50 MB files travel as base64 (about 67 MB) plus JSON. */
const MAX_BODY_BYTES = 80 * 1024 * 1024;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const defaultRendererDir = join(repoRoot, 'out', 'renderer');

export interface WebBridgeOptions {
  /** The services' data folder (settings, glossary...). Tests pass a temporary folder. */
  dataDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** Built renderer to serve; defaults to out/renderer. */
  rendererDir?: string;
  /** Fixed token (tests); otherwise 32 random bytes. */
  token?: string;
  /** Files to open when the page loads (e.g. an article pair): granted for reading and put in the URL as ?open=. */
  open?: string[];
  /** Handler parts to serve; defaults to every area's (handlers/index.ts). */
  parts?: readonly HandlerPart[];
}

export interface WebBridge {
  /** The address to open in a browser, including ?token= (and ?open= when files were given). */
  url: string;
  origin: string;
  port: number;
  token: string;
  services: Services;
  close(): Promise<void>;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const rendererDir = resolve(options.rendererDir ?? defaultRendererDir);
  const services = await createServices({ dataDir: options.dataDir, transport: 'web', version: packageVersion(), dialogs: null });
  const handlers = createHandlers(services, options.parts ?? handlerParts);
  for (const path of options.open ?? []) services.grants.grantRead(resolve(path));

  const server = createServer((req, res) => {
    handle(req, res, { token, rendererDir, handlers, port: portOf() }).catch((e: unknown) => {
      console.error('[tadqiq web] request failed:', e);
      if (!res.headersSent) sendText(res, 500, 'Tadqiq could not answer this request; see the terminal for details.');
      else res.destroy();
    });
  });
  const portOf = () => (server.address() as AddressInfo).port;

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });

  const port = portOf();
  const origin = `http://127.0.0.1:${port}`;
  const query = new URLSearchParams({ token });
  for (const path of options.open ?? []) query.append('open', resolve(path));
  return {
    url: `${origin}/?${query.toString()}`,
    origin,
    port,
    token,
    services,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

interface Context {
  token: string;
  rendererDir: string;
  handlers: Partial<Handlers>;
  port: number;
}

export function cookieName(port: number): string {
  // Cookies are shared across ports of one host; a per-port name keeps two bridges from clobbering each other.
  return `tadqiq-token-${port}`;
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const allowedHosts = [`127.0.0.1:${ctx.port}`, `localhost:${ctx.port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return sendText(res, 403, `Tadqiq only answers at http://127.0.0.1:${ctx.port}/.`);
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return sendText(res, 403, 'Requests from other websites are refused.');
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    return sendText(res, 403, 'Requests from other websites are refused.');
  }

  const url = new URL(req.url ?? '/', `http://127.0.0.1:${ctx.port}`);
  const queryToken = url.searchParams.get('token');
  if (queryToken !== null && (req.method === 'GET' || req.method === 'HEAD')) {
    if (!sameToken(queryToken, ctx.token)) return refuse(res, url);
    // Trade the token in the address for a cookie, and drop it from the address bar and history.
    url.searchParams.delete('token');
    res.setHeader('Set-Cookie', `${cookieName(ctx.port)}=${ctx.token}; Path=/; HttpOnly; SameSite=Strict`);
    res.setHeader('Location', `${url.pathname}${url.search}`);
    return send(res, 303, 'text/plain; charset=utf-8', 'Opening Tadqiq…');
  }
  if (!sameToken(tokenOf(req, ctx.port), ctx.token)) return refuse(res, url);

  if (url.pathname.startsWith(API_PREFIX)) {
    if (req.method !== 'POST') return sendText(res, 405, 'Use POST for /api/ requests.');
    let channelName: string;
    try {
      channelName = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
    } catch {
      return sendJson(res, 400, failure('invalid-request', 'The address of this request is malformed.'));
    }
    return handleApi(req, res, ctx, channelName);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.');
  const file = await readStaticFile(ctx.rendererDir, url.pathname);
  if (!file) {
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return sendText(res, 503, 'The Tadqiq interface has not been built yet: run "npm run build", then reload this page.');
    }
    return sendText(res, 404, 'Not found.');
  }
  return send(res, 200, file.contentType, req.method === 'HEAD' ? '' : file.body);
}

function tokenOf(req: IncomingMessage, port: number): string | undefined {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string' && header !== '') return header;
  const wanted = `${cookieName(port)}=`;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const trimmed = part.trim();
    if (trimmed.startsWith(wanted)) return trimmed.slice(wanted.length);
  }
  return undefined;
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(res: ServerResponse, url: URL): void {
  const message = 'This Tadqiq window needs its access token: open the full address printed by "npm run web" (it ends in ?token=…).';
  if (url.pathname.startsWith(API_PREFIX)) return sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message } });
  return sendText(res, 401, message);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, ctx: Context, channelName: string): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    // Plain HTML forms cannot send JSON: requiring it keeps cross-site form posts out as well.
    return sendJson(res, 415, failure('invalid-request', 'Send API requests as application/json.'));
  }
  const body = await readBody(req);
  if (body === null) return sendJson(res, 413, failure('invalid-request', 'The request is too large.'));
  let payload: unknown;
  if (body.length > 0) {
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, failure('invalid-request', `Invalid request to "${channelName}": the body is not valid JSON.`));
    }
  }
  return sendJson(res, 200, await validateAndDispatch(ctx.handlers, channelName, payload));
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function failure(code: string, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', cspHeader());
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  securityHeaders(res);
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  send(res, status, 'text/plain; charset=utf-8', `${text}\n`);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

export function rendererIsBuilt(rendererDir = defaultRendererDir): boolean {
  return existsSync(join(rendererDir, 'index.html'));
}

/**
 * The renderer's API in a browser: each contract method is a POST to the web bridge's /api/<channel>.
 * The access token travels as a cookie the bridge set when the page was opened with ?token=…; if the
 * page still has the token in its address, it is also sent as a header.
 */
import { channelNames, type TadqiqApi } from '../../src/api/contract.js';
import { ApiError, ErrorCodes, unwrapResult } from '../../src/api/envelope.js';

export const TOKEN_HEADER = 'X-Tadqiq-Token';

export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string; credentials: 'same-origin' }) => Promise<{ status: number; json(): Promise<unknown> }>;

export function createWebApi(fetchImpl: FetchLike, options: { baseUrl?: string; token?: string | null } = {}): TadqiqApi {
  const base = options.baseUrl ?? '';
  const api: Record<string, unknown> = {};
  for (const name of channelNames) {
    api[name] = async (request?: unknown) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (options.token) headers[TOKEN_HEADER] = options.token;
      let response;
      try {
        response = await fetchImpl(`${base}/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers,
          credentials: 'same-origin',
          ...(request === undefined ? {} : { body: JSON.stringify(request) }),
        });
      } catch {
        throw new ApiError(ErrorCodes.internal, 'Tadqiq is not reachable: is "npm run web" still running? Start it again and reload this page.');
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new ApiError(ErrorCodes.internal, `Tadqiq answered "${name}" with something unreadable (HTTP ${response.status}).`);
      }
      return unwrapResult(body, name);
    };
  }
  return api as TadqiqApi;
}

/** The token if the page was opened with ?token=… and the address still shows it. */
export function tokenFromLocation(search: string): string | null {
  return new URLSearchParams(search).get('token');
}

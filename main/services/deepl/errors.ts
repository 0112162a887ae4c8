/**
 * Every way a DeepL call can fail, turned into one error with a code the UI can act on and a message written
 * for an editor. The original error is deliberately not kept as `cause`: deepl-node's errors carry the axios
 * request config, whose Authorization header holds the API key, and a logged or serialized cause would leak it.
 */
import * as deepl from 'deepl-node';

export type DeeplErrorCode =
  | 'deepl-no-key'
  | 'deepl-auth'
  | 'deepl-quota'
  | 'deepl-rate-limit'
  | 'deepl-too-large'
  | 'deepl-server'
  | 'deepl-network'
  | 'deepl-connection-dropped'
  | 'deepl-timeout'
  | 'deepl-bad-request'
  | 'deepl-cancelled'
  | 'deepl-empty'
  | 'deepl-unknown';

const MESSAGES: Record<DeeplErrorCode, string> = {
  'deepl-no-key': 'No DeepL API key is set. Add your key in Settings → DeepL.',
  'deepl-auth': 'DeepL refused the API key. Check the key in Settings → DeepL (free keys end in ":fx").',
  'deepl-quota': "Your DeepL account's character quota for this billing period is used up. Nothing was lost; translate again after the quota resets or raise the limit in your DeepL account.",
  'deepl-rate-limit': 'DeepL is receiving too many requests right now and still refused after several retries. Wait a minute and try again; nothing was lost.',
  'deepl-too-large': 'DeepL refused the request as too large. Split the article or translate it in parts; nothing was lost.',
  'deepl-server': 'DeepL had an internal problem and could not translate. Try again in a few minutes; nothing was lost.',
  'deepl-network': 'Could not reach DeepL. Check your internet connection (or proxy) and try again; nothing was lost.',
  'deepl-connection-dropped': 'The connection to DeepL was cut off before the translation arrived. Try again; nothing was lost.',
  'deepl-timeout': 'DeepL did not answer in time. Try again; nothing was lost.',
  'deepl-bad-request': 'DeepL could not accept this request.',
  'deepl-cancelled': 'Translation cancelled. Your work is unchanged.',
  'deepl-empty': 'There is no Arabic text to translate.',
  'deepl-unknown': 'The translation failed for an unexpected reason; nothing was lost.',
};

export class DeeplError extends Error {
  override name = 'DeeplError';
  constructor(
    readonly code: DeeplErrorCode,
    message: string = MESSAGES[code],
    /** DeepL's own words or the HTTP status, for the details pane; never contains the API key. */
    readonly detail?: string,
  ) {
    super(message);
  }

  toJSON(): { code: DeeplErrorCode; message: string; detail?: string } {
    return this.detail === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, detail: this.detail };
  }
}

export function cancelledError(): DeeplError {
  return new DeeplError('deepl-cancelled');
}

/** Removes every occurrence of the key (and of its part before ":fx") from a text meant for people. */
export function redact(text: string, key: string | undefined): string {
  if (!key) return text;
  let out = text.split(key).join('[key]');
  const bare = key.replace(/:fx$/, '');
  if (bare.length >= 8) out = out.split(bare).join('[key]');
  return out;
}

const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ERR_SOCKET_CLOSED']);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'ERR_NETWORK']);
const TIMEOUT = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED']);

function axiosCode(e: deepl.ConnectionError): string | undefined {
  const inner = (e as { error?: { code?: unknown; cause?: { code?: unknown } } }).error;
  const code = inner?.code ?? inner?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The HTTP status deepl-node folded into its message for statuses it has no class for (413, 500...). */
function statusInMessage(message: string): number | undefined {
  const m = /Unexpected status code: (\d{3})/.exec(message);
  if (m) return Number(m[1]);
  if (message.startsWith('Service unavailable')) return 503;
  if (message.startsWith('Bad request')) return 400;
  if (message.startsWith('Not found')) return 404;
  return undefined;
}

/** DeepL's "message"/"detail" from a deepl-node error message, without the raw response dump. */
function deeplWords(message: string): string | undefined {
  const m = /message: ([^,]+(?:, detail: [^,]+)?)/.exec(message);
  return m?.[1];
}

/** Any error thrown while talking to DeepL → a DeeplError with an editor-facing message. */
export function toDeeplError(e: unknown, key?: string): DeeplError {
  if (e instanceof DeeplError) return e;
  if (e instanceof deepl.AuthorizationError) return new DeeplError('deepl-auth', undefined, 'HTTP 403');
  if (e instanceof deepl.QuotaExceededError) return new DeeplError('deepl-quota', undefined, 'HTTP 456');
  if (e instanceof deepl.TooManyRequestsError) return new DeeplError('deepl-rate-limit', undefined, 'HTTP 429');
  if (e instanceof deepl.ConnectionError) {
    const code = axiosCode(e);
    const detail = code ?? redact(e.message, key);
    if (code && TIMEOUT.has(code)) return new DeeplError('deepl-timeout', undefined, detail);
    if (code && DROPPED.has(code)) return new DeeplError('deepl-connection-dropped', undefined, detail);
    if (/socket hang up/i.test(e.message)) return new DeeplError('deepl-connection-dropped', undefined, detail);
    if (/timeout/i.test(e.message)) return new DeeplError('deepl-timeout', undefined, detail);
    if (code && UNREACHABLE.has(code)) return new DeeplError('deepl-network', undefined, detail);
    return new DeeplError('deepl-network', undefined, detail);
  }
  if (e instanceof deepl.DeepLError) {
    const status = statusInMessage(e.message);
    const words = deeplWords(e.message);
    const detail = redact(status ? `HTTP ${status}${words ? `: ${words}` : ''}` : (words ?? e.message), key);
    if (status === 413) return new DeeplError('deepl-too-large', undefined, detail);
    if (status !== undefined && status >= 500) return new DeeplError('deepl-server', undefined, detail);
    if (status === 400 || status === 404) {
      return new DeeplError('deepl-bad-request', `DeepL could not accept this request${words ? ` (${redact(words, key)})` : ''}.`, detail);
    }
    return new DeeplError('deepl-unknown', undefined, detail);
  }
  const message = e instanceof Error ? e.message : String(e);
  return new DeeplError('deepl-unknown', undefined, redact(message, key));
}

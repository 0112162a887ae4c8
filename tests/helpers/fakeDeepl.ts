/**
 * A fake DeepL API server on 127.0.0.1 for tests: it speaks the documented HTTP API closely enough that the
 * real deepl-node client can be pointed at it with `serverUrl` (form and JSON bodies, repeated `text`, `context`,
 * `glossary_id`, v3 multilingual glossaries, usage, languages, glossary language pairs) and it can be switched
 * to misbehave: 403, 456, 429 (with Retry-After), 500, 413, a slow answer, a dropped connection.
 *
 * The "translation" is a deterministic toy: a small Arabic→English word list for the seed article's words, an
 * approximate letter-by-letter transliteration for everything else, and glossary entries applied first, so a
 * test can see that the approved form of a name came through the glossary.
 */
import { after, before } from 'node:test';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomUUID } from 'node:crypto';

export interface RecordedRequest {
  method: string;
  path: string;
  /** Query string and body parameters, each name → all its values (`text` repeats). */
  params: Record<string, string[]>;
  /** How the body was sent: 'form', 'json' or 'none'. */
  bodyFormat: 'form' | 'json' | 'none';
  bodyBytes: number;
  authorization: string | undefined;
  /** The status the fake answered with (0 when the connection was dropped). */
  status: number;
}

export interface FakeDictionary {
  sourceLang: string;
  targetLang: string;
  /** Source phrase → target phrase, in insertion order. */
  entries: Map<string, string>;
  creationTime: string;
}

export interface FakeGlossary {
  id: string;
  name: string;
  creationTime: string;
  dictionaries: FakeDictionary[];
}

/** What the next requests should run into. `times` limits how many requests are affected (default: all). */
export type FakeMode =
  | { kind: 'normal' }
  | { kind: 'status'; status: 403 | 413 | 429 | 456 | 500 | 503; retryAfterSeconds?: number; times?: number; path?: string }
  | { kind: 'slow'; delayMs: number; times?: number; path?: string }
  | { kind: 'drop'; times?: number; path?: string }
  /** /v2/translate answers one translation fewer than it was sent texts (a broken proxy or API change). */
  | { kind: 'short'; times?: number; path?: string };

export interface FakeDeeplOptions {
  /** The only key accepted; anything else gets 403. Default 'test-key:fx'. */
  authKey?: string;
  characterCount?: number;
  characterLimit?: number;
  /** DeepL's documented caps on /v2/translate. */
  maxTexts?: number;
  maxBodyBytes?: number;
  /** Glossary language pairs to advertise, e.g. [['ar','en']]. Default: ar↔en, en↔de and a few others. */
  glossaryPairs?: Array<[string, string]>;
}

export interface FakeState {
  requests: RecordedRequest[];
  glossaries: Map<string, FakeGlossary>;
  characterCount: number;
  characterLimit: number;
  /** Requests to one path (e.g. '/v2/translate') that got an answer, in order. */
  requestsTo(path: string): RecordedRequest[];
}

export interface FakeDeepl {
  url: string;
  state: FakeState;
  setMode(mode: FakeMode): void;
  close(): Promise<void>;
}

const DEFAULT_PAIRS: Array<[string, string]> = [
  ['ar', 'en'], ['en', 'ar'], ['en', 'de'], ['de', 'en'], ['en', 'fr'], ['fr', 'en'],
];

/** Toy word list: what the seed article's Arabic words "translate" to. Deliberately renders الكاظمي as
 * "Al-Kazemi" and الحشد الشعبي as "the crowd" (the seed's problems) so the glossary visibly fixes them. */
const PHRASES: Array<[string, string]> = [
  ['الحشد الشعبي', 'the crowd'],
  ['رئيس الوزراء', 'Prime Minister'],
  ['الولايات المتحدة', 'the United States'],
  ['ليندا توماس غرينفيلد', 'Linda Thomas Granfield'],
  ['مجلس الأمن', 'the Security Council'],
];
const WORDS: Record<string, string> = {
  'الكاظمي': 'Al-Kazemi', 'كاظمي': 'Kazemi', 'مصطفى': 'Mustafa', 'العراقي': 'Iraqi', 'العراق': 'Iraq', 'عراق': 'Iraq',
  'واشنطن': 'Washington', 'بايدن': 'Biden', 'جو': 'Joe', 'الرئيس': 'President', 'رئيس': 'president',
  'الأمريكي': 'American', 'الأميركي': 'American', 'إيران': 'Iran', 'طهران': 'Tehran', 'بروكسل': 'Brussels',
  'الحوار': 'the dialogue', 'حوار': 'dialogue', 'الاستراتيجي': 'strategic', 'زيارة': 'visit', 'يزور': 'visits',
  'في': 'in', 'من': 'from', 'إلى': 'to', 'على': 'on', 'مع': 'with', 'عن': 'about', 'و': 'and', 'أن': 'that',
  'هذا': 'this', 'هذه': 'this', 'التي': 'which', 'الذي': 'who', 'قال': 'said', 'الانتخابات': 'the elections',
  'الحكومة': 'the government', 'الأمن': 'security', 'البلدين': 'the two countries', 'الجولة': 'the round',
  'جولة': 'round', 'الرابعة': 'fourth', 'جديدة': 'new', 'يوليو': 'July', 'تموز': 'July', 'نهاية': 'end',
  'للقاء': 'to meet', 'لأول': 'for the first', 'مرة': 'time', 'الفاتيكان': 'the Vatican', 'البابا': 'the Pope',
  'الناتو': 'NATO', 'القوات': 'the forces', 'الأمريكية': 'American', 'انسحاب': 'withdrawal', 'المقرر': 'scheduled',
  'ومن': 'and it is', 'الشهر': 'the month', 'الجاري': 'current', 'مقتدى': 'Muqtada', 'الصدر': 'al-Sadr',
};
const LETTERS: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'aa', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh',
  'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z',
  'ع': "'", 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w',
  'ي': 'y', 'ى': 'a', 'ة': 'a', 'ء': "'", 'ئ': "'", 'ؤ': "'",
};
const PUNCT: Record<string, string> = { '،': ',', '؛': ';', '؟': '?', '«': '"', '»': '"' };
const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

function transliterate(word: string): string {
  const latin = [...word].map((c) => LETTERS[c] ?? c).join('');
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

function translateWord(raw: string): string {
  const word = raw.replace(DIACRITICS, '');
  const direct = WORDS[word];
  if (direct) return direct;
  // One proclitic (و "and", ب "in", ل "for") in front of a known word.
  const clitic: Record<string, string> = { 'و': 'and', 'ب': 'in', 'ل': 'for', 'ف': 'so' };
  const head = word.charAt(0);
  const rest = WORDS[word.slice(1)];
  if (clitic[head] && rest) return `${clitic[head]} ${rest}`;
  return transliterate(word);
}

/** The toy translation of one text, with glossary entries (source → target) applied first. */
export function toyTranslate(text: string, glossary: Map<string, string> | undefined): string {
  const replacements: Array<[string, string]> = [...(glossary ?? new Map()).entries(), ...PHRASES];
  replacements.sort((a, b) => b[0].length - a[0].length);
  // Protect replaced spans with private-use markers so later word-by-word translation leaves them alone.
  const protectedForms: string[] = [];
  let work = text;
  for (const [source, target] of replacements) {
    if (!source) continue;
    work = work.split(source).join(`\uE000${protectedForms.length}\uE001`);
    protectedForms.push(target);
  }
  const translated = work
    .replace(/([\u0600-\u06FF])(?=\uE000)/g, '$1 ')
    .replace(/[\u0600-\u06FF]+/g, (w) => (PUNCT[w] ?? translateWord(w)))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[،؛؟«»]/g, (p) => PUNCT[p] ?? p);
  return translated.replace(/\uE000(\d+)\uE001/g, (_, i: string) => protectedForms[Number(i)] ?? '');
}

function parseTsv(tsv: string): Map<string, string> | string {
  const out = new Map<string, string>();
  const lines = tsv.split(/\r\n|\n|\r/).filter((l) => l.length > 0);
  for (const [i, line] of lines.entries()) {
    const parts = line.split('\t');
    if (parts.length !== 2) return `Entry ${i + 1} must have exactly one tab`;
    const [source, target] = parts as [string, string];
    for (const term of [source, target]) {
      if (!term) return `Entry ${i + 1} has an empty term`;
      if (term !== term.trim()) return `Entry ${i + 1} has leading or trailing whitespace`;
      if (Buffer.byteLength(term, 'utf8') > 1024) return `Entry ${i + 1} is longer than 1024 bytes`;
    }
    if (out.has(source)) return `Key with the index ${i} duplicates an earlier key`;
    out.set(source, target);
  }
  return out;
}

function parseCsv(csv: string): Map<string, string> | string {
  // Enough CSV for tests: unquoted "source,target" lines.
  return parseTsv(csv.split(/\r\n|\n|\r/).map((l) => l.split(',').slice(0, 2).join('\t')).join('\n'));
}

function toTsv(entries: Map<string, string>): string {
  return [...entries].map(([s, t]) => `${s}\t${t}`).join('\n');
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

export async function startFakeDeepl(options: FakeDeeplOptions = {}): Promise<FakeDeepl> {
  const authKey = options.authKey ?? 'test-key:fx';
  const maxTexts = options.maxTexts ?? 50;
  const maxBodyBytes = options.maxBodyBytes ?? 128 * 1024;
  const pairs = options.glossaryPairs ?? DEFAULT_PAIRS;
  const requests: RecordedRequest[] = [];
  const state: FakeState = {
    requests,
    glossaries: new Map(),
    characterCount: options.characterCount ?? 0,
    characterLimit: options.characterLimit ?? 500_000,
    requestsTo: (path) => requests.filter((r) => r.path === path),
  };
  let mode: FakeMode = { kind: 'normal' };
  let remaining = Infinity;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  function takeFault(path: string): FakeMode {
    if (mode.kind === 'normal') return mode;
    if (mode.path && !path.startsWith(mode.path)) return { kind: 'normal' };
    if (remaining <= 0) return { kind: 'normal' };
    remaining -= 1;
    return mode;
  }

  function glossaryInfo(g: FakeGlossary) {
    return {
      glossary_id: g.id,
      name: g.name,
      creation_time: g.creationTime,
      dictionaries: g.dictionaries.map((d) => ({
        source_lang: d.sourceLang, target_lang: d.targetLang, entry_count: d.entries.size, creation_time: d.creationTime,
      })),
    };
  }

  function readDictionary(sourceLang: string | undefined, targetLang: string | undefined, entries: string | undefined, format: string | undefined): FakeDictionary {
    if (!sourceLang || !targetLang || entries === undefined) throw new HttpError(400, 'Invalid dictionary', 'source_lang, target_lang and entries are required');
    const parsed = (format ?? 'tsv') === 'csv' ? parseCsv(entries) : parseTsv(entries);
    if (typeof parsed === 'string') throw new HttpError(400, 'Invalid glossary entries provided', parsed);
    return { sourceLang: sourceLang.toLowerCase(), targetLang: targetLang.toLowerCase(), entries: parsed, creationTime: new Date().toISOString() };
  }

  function dictionariesFrom(params: Record<string, string[]>, json: unknown): FakeDictionary[] {
    const out: FakeDictionary[] = [];
    const list = (json as { dictionaries?: unknown } | undefined)?.dictionaries;
    if (Array.isArray(list)) {
      for (const d of list as Array<Record<string, string>>) out.push(readDictionary(d.source_lang, d.target_lang, d.entries, d.entries_format));
      return out;
    }
    for (let i = 0; params[`dictionaries[${i}].source_lang`]; i++) {
      const p = (k: string) => params[`dictionaries[${i}].${k}`]?.[0];
      out.push(readDictionary(p('source_lang'), p('target_lang'), p('entries'), p('entries_format')));
    }
    return out;
  }

  function getGlossary(id: string): FakeGlossary {
    const g = state.glossaries.get(id);
    if (!g) throw new HttpError(404, 'Glossary not found');
    return g;
  }

  function route(method: string, path: string, params: Record<string, string[]>, json: unknown, bodyBytes: number): { status: number; body?: unknown } {
    const one = (k: string) => params[k]?.[0];
    if (method === 'POST' && path === '/v2/translate') {
      if (bodyBytes > maxBodyBytes) throw new HttpError(413, 'Request Entity Too Large');
      const texts = params.text ?? [];
      if (texts.length === 0) throw new HttpError(400, 'Parameter "text" not specified.');
      if (texts.length > maxTexts) throw new HttpError(400, 'Too many texts', `At most ${maxTexts} texts per request`);
      const target = one('target_lang')?.toUpperCase();
      if (!target) throw new HttpError(400, 'Parameter "target_lang" not specified.');
      if (target === 'EN') throw new HttpError(400, 'Value for "target_lang" not supported: use EN-GB or EN-US.');
      const source = one('source_lang')?.toLowerCase();
      let glossaryEntries: Map<string, string> | undefined;
      const glossaryId = one('glossary_id');
      if (glossaryId) {
        if (!source) throw new HttpError(400, 'Use of a glossary requires the source_lang parameter to be set.');
        const g = state.glossaries.get(glossaryId);
        if (!g) throw new HttpError(400, 'Invalid glossary_id', 'The glossary does not exist');
        const base = target.split('-')[0]!.toLowerCase();
        const dict = g.dictionaries.find((d) => d.sourceLang === source && d.targetLang === base);
        if (!dict) throw new HttpError(400, 'No dictionary found for language pair in the glossary');
        glossaryEntries = dict.entries;
      }
      const chars = texts.reduce((n, t) => n + [...t].length, 0);
      if (state.characterCount + chars > state.characterLimit) throw new HttpError(456, 'Quota exceeded');
      state.characterCount += chars;
      return {
        status: 200,
        body: {
          translations: texts.map((t) => ({
            detected_source_language: (source ?? 'ar').toUpperCase(),
            text: toyTranslate(t, glossaryEntries),
            billed_characters: [...t].length,
          })),
        },
      };
    }
    if (method === 'GET' && path === '/v2/usage') {
      return { status: 200, body: { character_count: state.characterCount, character_limit: state.characterLimit } };
    }
    if (method === 'GET' && path === '/v2/languages') {
      const target = one('type') === 'target';
      const langs = target
        ? [{ language: 'AR', name: 'Arabic', supports_formality: false }, { language: 'EN-GB', name: 'English (British)', supports_formality: false },
          { language: 'EN-US', name: 'English (American)', supports_formality: false }, { language: 'DE', name: 'German', supports_formality: true }]
        : [{ language: 'AR', name: 'Arabic' }, { language: 'EN', name: 'English' }, { language: 'DE', name: 'German' }];
      return { status: 200, body: langs };
    }
    if (method === 'GET' && path === '/v2/glossary-language-pairs') {
      return { status: 200, body: { supported_languages: pairs.map(([s, t]) => ({ source_lang: s, target_lang: t })) } };
    }
    if (path === '/v3/glossaries' && method === 'POST') {
      const name = one('name') ?? (json as { name?: string } | undefined)?.name;
      if (!name) throw new HttpError(400, 'Missing name');
      const dictionaries = dictionariesFrom(params, json);
      if (dictionaries.length === 0) throw new HttpError(400, 'At least one dictionary is required');
      for (const d of dictionaries) {
        if (!pairs.some(([s, t]) => s === d.sourceLang && t === d.targetLang)) throw new HttpError(400, `Unsupported glossary language pair ${d.sourceLang}-${d.targetLang}`);
      }
      const g: FakeGlossary = { id: randomUUID(), name, creationTime: new Date().toISOString(), dictionaries };
      state.glossaries.set(g.id, g);
      return { status: 201, body: glossaryInfo(g) };
    }
    if (path === '/v3/glossaries' && method === 'GET') {
      return { status: 200, body: { glossaries: [...state.glossaries.values()].map(glossaryInfo) } };
    }
    const m = /^\/v3\/glossaries\/([^/]+)(\/entries|\/dictionaries)?$/.exec(path);
    if (m) {
      const id = decodeURIComponent(m[1]!);
      const sub = m[2];
      if (!sub && method === 'GET') return { status: 200, body: glossaryInfo(getGlossary(id)) };
      if (!sub && method === 'DELETE') {
        getGlossary(id);
        state.glossaries.delete(id);
        return { status: 204 };
      }
      if (!sub && method === 'PATCH') {
        const g = getGlossary(id);
        const name = one('name') ?? (json as { name?: string } | undefined)?.name;
        if (name) g.name = name;
        for (const d of dictionariesFrom(params, json)) {
          const existing = g.dictionaries.find((x) => x.sourceLang === d.sourceLang && x.targetLang === d.targetLang);
          if (existing) for (const [s, t] of d.entries) existing.entries.set(s, t);
          else g.dictionaries.push(d);
        }
        return { status: 200, body: glossaryInfo(g) };
      }
      if (sub === '/entries' && method === 'GET') {
        const g = getGlossary(id);
        const s = one('source_lang')?.toLowerCase();
        const t = one('target_lang')?.toLowerCase();
        const dict = g.dictionaries.find((d) => d.sourceLang === s && d.targetLang === t);
        if (!dict) throw new HttpError(404, 'Dictionary not found');
        return { status: 200, body: { dictionaries: [{ source_lang: dict.sourceLang, target_lang: dict.targetLang, entries: toTsv(dict.entries), entries_format: 'tsv' }] } };
      }
      if (sub === '/dictionaries' && method === 'PUT') {
        const g = getGlossary(id);
        const src = json as Record<string, string> | undefined;
        const d = readDictionary(one('source_lang') ?? src?.source_lang, one('target_lang') ?? src?.target_lang, one('entries') ?? src?.entries, one('entries_format') ?? src?.entries_format);
        g.dictionaries = g.dictionaries.filter((x) => !(x.sourceLang === d.sourceLang && x.targetLang === d.targetLang));
        g.dictionaries.push(d);
        return { status: 200, body: { source_lang: d.sourceLang, target_lang: d.targetLang, entry_count: d.entries.size } };
      }
      if (sub === '/dictionaries' && method === 'DELETE') {
        const g = getGlossary(id);
        const s = one('source_lang')?.toLowerCase();
        const t = one('target_lang')?.toLowerCase();
        const before = g.dictionaries.length;
        g.dictionaries = g.dictionaries.filter((x) => !(x.sourceLang === s && x.targetLang === t));
        if (g.dictionaries.length === before) throw new HttpError(404, 'Dictionary not found');
        return { status: 204 };
      }
    }
    throw new HttpError(404, 'Not found');
  }

  function send(res: ServerResponse, record: RecordedRequest, status: number, body?: unknown, headers: Record<string, string> = {}) {
    record.status = status;
    if (body === undefined) {
      res.writeHead(status, headers);
      res.end();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const params: Record<string, string[]> = {};
    const add = (k: string, v: string) => (params[k] ??= []).push(v);
    for (const [k, v] of url.searchParams) add(k, v);
    const contentType = req.headers['content-type'] ?? '';
    let json: unknown;
    let bodyFormat: RecordedRequest['bodyFormat'] = 'none';
    if (raw.length > 0 && contentType.includes('application/json')) {
      bodyFormat = 'json';
      try {
        json = JSON.parse(raw.toString('utf8'));
      } catch {
        json = undefined;
      }
      for (const [k, v] of Object.entries((json ?? {}) as Record<string, unknown>)) {
        if (Array.isArray(v)) v.forEach((x) => typeof x === 'string' && add(k, x));
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') add(k, String(v));
      }
    } else if (raw.length > 0) {
      bodyFormat = 'form';
      for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) add(k, v);
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET', path: url.pathname, params, bodyFormat, bodyBytes: raw.length,
      authorization: req.headers.authorization, status: 0,
    };
    requests.push(record);

    const fault = takeFault(url.pathname);
    if (fault.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'slow') {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          timers.delete(t);
          resolve();
        }, fault.delayMs);
        timers.add(t);
      });
      if (res.destroyed || req.socket.destroyed) return;
    }
    if (fault.kind === 'status') {
      const headers: Record<string, string> = {};
      if (fault.status === 429) headers['Retry-After'] = String(fault.retryAfterSeconds ?? 1);
      const messages: Record<number, string> = {
        403: 'Authorization failed. Please supply a valid auth_key parameter.', 413: 'Request Entity Too Large',
        429: 'Too many requests', 456: 'Quota exceeded. The character limit has been reached.', 500: 'Internal server error',
        503: 'Service unavailable',
      };
      send(res, record, fault.status, { message: messages[fault.status] }, headers);
      return;
    }
    if (req.headers.authorization !== `DeepL-Auth-Key ${authKey}`) {
      send(res, record, 403, { message: 'Authorization failed. Please supply a valid auth_key parameter.' });
      return;
    }
    try {
      const { status, body } = route(record.method, url.pathname, params, json, raw.length);
      if (fault.kind === 'short' && body && typeof body === 'object' && 'translations' in body) {
        (body as { translations: unknown[] }).translations.pop();
      }
      send(res, record, status, body);
    } catch (e) {
      if (e instanceof HttpError) send(res, record, e.status, e.detail ? { message: e.message, detail: e.detail } : { message: e.message });
      else send(res, record, 500, { message: String(e) });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    state,
    setMode(next) {
      mode = next;
      remaining = next.kind === 'normal' ? Infinity : (next.times ?? Infinity);
    },
    close() {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Point the app's DeepL service at the fake (DEEPL_SERVER_URL), with `key` as the DEEPL_AUTH_KEY or, with
 * null, no key from the environment (the editor saves one). Returns what puts both variables back.
 */
export function useFakeDeeplEnv(fake: FakeDeepl, key: string | null): () => void {
  const saved = { DEEPL_SERVER_URL: process.env.DEEPL_SERVER_URL, DEEPL_AUTH_KEY: process.env.DEEPL_AUTH_KEY };
  process.env.DEEPL_SERVER_URL = fake.url;
  if (key === null) delete process.env.DEEPL_AUTH_KEY;
  else process.env.DEEPL_AUTH_KEY = key;
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * A fake DeepL for all of a test file's tests, with the app's environment pointed at it (useFakeDeeplEnv) while they
 * run: started before them and handed to `started`, closed after them. Register it before the app opens.
 */
export function fakeDeeplForFile(options: FakeDeeplOptions, key: string | null, started: (fake: FakeDeepl) => void, skip: string | false = false): void {
  let fake: FakeDeepl | undefined;
  let restoreEnv = (): void => {};
  before(async () => {
    if (skip) return;
    fake = await startFakeDeepl(options);
    restoreEnv = useFakeDeeplEnv(fake, key);
    started(fake);
  });
  after(async () => {
    await fake?.close();
    restoreEnv();
  });
}

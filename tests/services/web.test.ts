import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebBridge, type WebBridge } from '../../main/web/server.js';
import { parseWebArgs } from '../../main/web/main.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so tests can send the Host and Origin headers a browser (or an attacker's page) would. */
function send(bridge: WebBridge, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: bridge.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${bridge.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function startForTest(t: { after(fn: () => Promise<void>): void }, open: string[] = []) {
  const root = await mkdtemp(join(tmpdir(), 'tadqiq-web-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Tadqiq</title><div id="root"></div><script type="module" src="./assets/app.js"></script>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("تدقيق")');
  await writeFile(join(root, 'secret.txt'), 'not for the browser');
  const bridge = await startWebBridge({ dataDir: join(root, 'data'), rendererDir, open });
  t.after(async () => {
    await bridge.close();
    await rm(root, { recursive: true, force: true });
  });
  return { bridge, root };
}

const json = (bridge: WebBridge, extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', 'x-tadqiq-token': bridge.token, ...extra });

test('listens on 127.0.0.1 on a random port with a long random token', async (t) => {
  const { bridge } = await startForTest(t);
  assert.match(bridge.url, new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/\\?token=[A-Za-z0-9_-]{40,}$`));
  assert.ok(bridge.port > 0);
  const { bridge: other } = await startForTest(t);
  assert.notEqual(other.token, bridge.token);
});

test('refuses the page and the API without the token, or with a wrong one', async (t) => {
  const { bridge } = await startForTest(t);
  const page = await send(bridge, '/');
  assert.equal(page.status, 401);
  assert.match(page.body, /access token/);
  assert.ok(!page.body.includes('id="root"'));

  const wrong = await send(bridge, '/?token=guess');
  assert.equal(wrong.status, 401);

  const api = await send(bridge, '/api/settings.get', { method: 'POST', headers: { 'content-type': 'application/json' } });
  assert.equal(api.status, 401);
  assert.equal(JSON.parse(api.body).error.code, 'unauthorized');
});

test('opening the printed address trades the token for a cookie and serves the UI with the CSP', async (t) => {
  const { bridge } = await startForTest(t);
  const first = await send(bridge, new URL(bridge.url).pathname + new URL(bridge.url).search + '&open=%2Fnews%2Fa.ar.txt');
  assert.equal(first.status, 303);
  assert.equal(first.headers.location, '/?open=%2Fnews%2Fa.ar.txt', 'the token leaves the address bar, the files to open stay');
  const cookie = String(first.headers['set-cookie']).split(';')[0] ?? '';
  assert.match(String(first.headers['set-cookie']), /HttpOnly; SameSite=Strict/);

  const page = await send(bridge, '/', { headers: { cookie } });
  assert.equal(page.status, 200);
  assert.match(String(page.headers['content-type']), /^text\/html/);
  assert.ok(page.body.includes('<div id="root"></div>'));
  const csp = String(page.headers['content-security-policy']);
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "connect-src 'self'"]) {
    assert.ok(csp.includes(directive), `CSP has ${directive}: ${csp}`);
  }
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
  assert.equal(page.headers['x-content-type-options'], 'nosniff');

  const script = await send(bridge, '/assets/app.js', { headers: { cookie } });
  assert.equal(script.status, 200);
  assert.match(String(script.headers['content-type']), /^text\/javascript/);
  assert.ok(script.body.includes('تدقيق'));
});

test('refuses requests from another website (Origin) and DNS-rebinding (Host), even with the token', async (t) => {
  const { bridge } = await startForTest(t);
  const foreign = await send(bridge, '/api/settings.get', { method: 'POST', headers: json(bridge, { origin: 'https://evil.example' }) });
  assert.equal(foreign.status, 403);
  assert.match(foreign.body, /other websites/);

  const nullOrigin = await send(bridge, '/api/settings.get', { method: 'POST', headers: json(bridge, { origin: 'null' }) });
  assert.equal(nullOrigin.status, 403);

  const otherPort = await send(bridge, '/', { headers: { 'x-tadqiq-token': bridge.token, origin: `http://127.0.0.1:${bridge.port + 1}` } });
  assert.equal(otherPort.status, 403);

  const rebound = await send(bridge, '/', { headers: { host: `attacker.example:${bridge.port}`, 'x-tadqiq-token': bridge.token } });
  assert.equal(rebound.status, 403);

  const ownOrigin = await send(bridge, '/api/app.info', { method: 'POST', headers: json(bridge, { origin: bridge.origin }) });
  assert.equal(ownOrigin.status, 200);
});

test('POST /api/<channel> runs the same handlers as Electron, validated, answering envelopes', async (t) => {
  const { bridge } = await startForTest(t);
  const info = JSON.parse((await send(bridge, '/api/app.info', { method: 'POST', headers: json(bridge) })).body);
  assert.equal(info.ok, true);
  assert.equal(info.value.transport, 'web');

  const update = await send(bridge, '/api/settings.update', { method: 'POST', headers: json(bridge), body: JSON.stringify({ editorName: 'Layla', houseStyleArticle: 'Al-' }) });
  assert.equal(JSON.parse(update.body).value.houseStyleArticle, 'Al-');
  const get = JSON.parse((await send(bridge, '/api/settings.get', { method: 'POST', headers: json(bridge) })).body);
  assert.equal(get.value.editorName, 'Layla');

  const bad = JSON.parse((await send(bridge, '/api/settings.update', { method: 'POST', headers: json(bridge), body: '{"uiZoom": "huge"}' })).body);
  assert.equal(bad.ok, false);
  assert.equal(bad.error.code, 'invalid-request');
  assert.match(bad.error.message, /"settings\.update": uiZoom/);

  const notJson = await send(bridge, '/api/settings.update', { method: 'POST', headers: json(bridge), body: '{uiZoom:' });
  assert.equal(notJson.status, 400);
  assert.match(JSON.parse(notJson.body).error.message, /not valid JSON/);

  const dialog = JSON.parse((await send(bridge, '/api/files.openDialog', { method: 'POST', headers: json(bridge) })).body);
  assert.equal(dialog.error.code, 'dialog-unavailable');

  const garbled = await send(bridge, '/api/settings.get%E0%A4%A', { method: 'POST', headers: json(bridge) });
  assert.equal(garbled.status, 400);
  assert.equal(JSON.parse(garbled.body).error.code, 'invalid-request');

  const unknown = JSON.parse((await send(bridge, '/api/shell.exec', { method: 'POST', headers: json(bridge), body: '{}' })).body);
  assert.equal(unknown.error.code, 'unknown-channel');
});

test('a plain HTML form cannot post to the API (JSON only), and GET on the API is refused', async (t) => {
  const { bridge } = await startForTest(t);
  const form = await send(bridge, '/api/settings.update', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-tadqiq-token': bridge.token }, body: 'editorName=x' });
  assert.equal(form.status, 415);
  const get = await send(bridge, '/api/settings.get', { headers: { 'x-tadqiq-token': bridge.token } });
  assert.equal(get.status, 405);
});

test('static files never come from outside the built renderer', async (t) => {
  const { bridge } = await startForTest(t);
  for (const path of ['/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/%00']) {
    const reply = await send(bridge, path, { headers: { 'x-tadqiq-token': bridge.token } });
    assert.equal(reply.status, 404, path);
    assert.ok(!reply.body.includes('not for the browser'), path);
  }
});

test('files given with --open are readable by the page; other paths are not', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'tadqiq-open-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  const source = join(root, 'article.ar.txt');
  await writeFile(source, 'الحشد الشعبي');
  const { bridge } = await startForTest(t, [source]);
  assert.ok(new URL(bridge.url).searchParams.getAll('open').includes(source));
  const read = JSON.parse((await send(bridge, '/api/files.readPath', { method: 'POST', headers: json(bridge), body: JSON.stringify({ path: source }) })).body);
  assert.equal(Buffer.from(read.value.bytesBase64, 'base64').toString('utf8'), 'الحشد الشعبي');
  const other = JSON.parse((await send(bridge, '/api/files.readPath', { method: 'POST', headers: json(bridge), body: JSON.stringify({ path: join(root, '..', 'x.txt') }) })).body);
  assert.equal(other.error.code, 'forbidden-path');
});

test('npm run web options: --port, --data, --open, with clear errors', () => {
  const args = parseWebArgs(['--port', '8123', '--data', '/tmp/tadqiq-data', '--open', 'a.ar.txt,b.en.txt'], {});
  assert.equal(args.port, 8123);
  assert.equal(args.dataDir, '/tmp/tadqiq-data');
  assert.equal(args.open.length, 2);
  assert.throws(() => parseWebArgs(['--port', 'eighty'], {}), /--port must be a number/);
  assert.throws(() => parseWebArgs(['--data'], {}), /--data needs a value/);
  assert.throws(() => parseWebArgs(['--colour'], {}), /Unknown option "--colour"/);
  assert.equal(parseWebArgs([], {}).port, 0);
});

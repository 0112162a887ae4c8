import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { hardenSession, hardenWebContents, isExternalWebLink } from '../../main/electron/security.js';

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, { setWindowOpenHandler: (h: typeof openHandler) => void (openHandler = h) });
  return { contents, open: (url: string) => openHandler?.({ url }) };
}

function fire(emitter: EventEmitter, name: string, url: string): boolean {
  let prevented = false;
  emitter.emit(name, { preventDefault: () => void (prevented = true) }, url);
  return prevented;
}

test('window.open: web links go to the system browser, everything else is denied', () => {
  const opened: string[] = [];
  const { contents, open } = fakeContents();
  hardenWebContents(contents as never, async (url) => void opened.push(url));
  assert.deepEqual(open('https://www.aljazeera.net/news/'), { action: 'deny' });
  assert.deepEqual(open('file:///etc/passwd'), { action: 'deny' });
  assert.deepEqual(open('javascript:alert(1)'), { action: 'deny' });
  assert.deepEqual(open('smb://server/share'), { action: 'deny' });
  assert.deepEqual(opened, ['https://www.aljazeera.net/news/']);
});

test('the app window never navigates away from its page, and never embeds a webview', () => {
  const opened: string[] = [];
  const { contents } = fakeContents();
  hardenWebContents(contents as never, async (url) => void opened.push(url));
  assert.ok(fire(contents, 'will-navigate', 'https://example.com/'));
  assert.ok(fire(contents, 'will-navigate', 'file:///tmp/evil.html'));
  assert.ok(fire(contents, 'will-redirect', 'https://example.com/'));
  assert.ok(fire(contents, 'will-attach-webview', ''));
  assert.deepEqual(opened, ['https://example.com/'], 'a clicked web link opens in the browser instead');
});

test('every permission request is denied, and served pages get the CSP header', () => {
  let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
  let check: (() => boolean) | undefined;
  let headers: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | undefined;
  const session = {
    setPermissionRequestHandler: (h: typeof request) => void (request = h),
    setPermissionCheckHandler: (h: typeof check) => void (check = h),
    setDevicePermissionHandler: () => undefined,
    webRequest: { onHeadersReceived: (h: typeof headers) => void (headers = h) },
  };
  hardenSession(session as never);
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
    let answer: boolean | undefined;
    request?.({}, permission, (ok) => void (answer = ok));
    assert.equal(answer, false, permission);
  }
  assert.equal(check?.(), false);
  let out: Record<string, string[]> = {};
  headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => void (out = r.responseHeaders));
  assert.match(out['Content-Security-Policy']?.[0] ?? '', /script-src 'self'/);
  assert.deepEqual(out['Content-Type'], ['text/html']);
});

test('external links are only http and https', () => {
  assert.ok(isExternalWebLink('http://example.com'));
  assert.ok(!isExternalWebLink('mailto:desk@example.com'));
  assert.ok(!isExternalWebLink('not a url'));
});

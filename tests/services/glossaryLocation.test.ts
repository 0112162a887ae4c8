import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateAndDispatch } from '../../main/ipc/dispatch.js';
import { createHandlers } from '../../main/ipc/handlers/index.js';
import { createServices } from '../../main/ipc/services.js';
import { GlossaryStore } from '../../main/services/glossaryStore.js';

async function settingsUpdate(glossaryPath: string | null) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tadqiq-location-'));
  const handlers = createHandlers(await createServices({ dataDir, transport: 'web', version: '0.0.0-test' }));
  return (await validateAndDispatch(handlers, 'settings.update', { glossaryPath })) as { ok: boolean; error?: { code: string; message: string }; value?: { glossaryPath: string | null } };
}

test('a shared glossary in a folder that does not exist is refused before it silently becomes a private, empty one', async () => {
  const desk = mkdtempSync(join(tmpdir(), 'tadqiq-desk-'));
  const typo = join(desk, 'dsek', 'glossary.json');
  const r = await settingsUpdate(typo);
  assert.equal(r.ok, false);
  assert.equal(r.error!.code, 'glossary-folder-unreachable');
  assert.equal(r.error!.message, `The folder ${join(desk, 'dsek')} does not exist or cannot be reached from this computer. Check the path (or connect the shared drive) and try again.`);
});

test('a file that is not a Tadqiq glossary, or a folder named like one, is refused with what to do instead', async () => {
  const desk = mkdtempSync(join(tmpdir(), 'tadqiq-desk-'));
  writeFileSync(join(desk, 'package.json'), '{"name":"not-a-glossary"}');
  const notGlossary = await settingsUpdate(join(desk, 'package.json'));
  assert.equal(notGlossary.error?.code, 'glossary-not-a-glossary');
  assert.match(notGlossary.error!.message, /^"package\.json" is not a glossary Tadqiq can read.*To start a new shared glossary, give a file name that does not exist yet; to bring in a CSV or TBX file, use Import in the glossary\.$/);
  mkdirSync(join(desk, 'terms.json'));
  const folder = await settingsUpdate(join(desk, 'terms.json'));
  assert.equal(folder.error?.code, 'glossary-not-a-glossary');
  assert.match(folder.error!.message, /terms\.json is a folder; give the path of the glossary file inside it/);
});

test('a new file in an existing folder, an existing glossary, and this computer’s own glossary are all accepted', async () => {
  const desk = mkdtempSync(join(tmpdir(), 'tadqiq-desk-'));
  assert.equal((await settingsUpdate(join(desk, 'new.json'))).value?.glossaryPath, join(desk, 'new.json'));
  const store = await GlossaryStore.open(join(desk, 'desk.json'));
  await store.upsert({ source: 'الكاظمي', target: 'Al-Kadhimi', kind: 'person', status: 'approved' }, 'Layla');
  assert.equal((await settingsUpdate(join(desk, 'desk.json'))).value?.glossaryPath, join(desk, 'desk.json'));
  assert.equal((await settingsUpdate(null)).value?.glossaryPath, null);
});

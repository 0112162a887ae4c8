import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SettledNamesClient } from '../../../renderer/engine/settledNamesClient.js';

test('where no worker can be started, the settled names are refused with a reason instead of throwing into the panel', async () => {
  // Node has no Worker: the same as a window whose workers are blocked.
  assert.equal(typeof (globalThis as { Worker?: unknown }).Worker, 'undefined');
  const client = new SettledNamesClient();
  const asked = client.candidates({ revision: 'r1', articles: [] }, [], { article: 'as-is' });
  await assert.rejects(asked, /no worker could be started \(Worker is not defined\)/);
  // And it asks again next time rather than keeping a broken worker.
  await assert.rejects(client.candidates({ revision: 'r1', articles: [] }, [], { article: 'as-is' }), /no worker could be started/);
});

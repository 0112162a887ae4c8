import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewFilesIn } from '../../main/electron/openRequests.js';

test('review files double-clicked in the file manager are found among Electron\'s own arguments', () => {
  const existing = new Set(['/home/layla/news/Kadhimi visit.tadqiq', '/home/layla/REVIEW.TADQIQ.JSON', '/home/layla/settings.json']);
  const argv = [
    '/opt/Tadqiq/tadqiq', '--allow-file-access-from-files', '--original-process-start-time=1',
    'news/Kadhimi visit.tadqiq', '../layla/REVIEW.TADQIQ.JSON', 'article.en.txt', 'settings.json', 'missing.tadqiq',
  ];
  assert.deepEqual(
    reviewFilesIn(argv, '/home/layla', (p) => existing.has(p)),
    ['/home/layla/news/Kadhimi visit.tadqiq', '/home/layla/REVIEW.TADQIQ.JSON'],
    'today\'s .tadqiq and an earlier build\'s .tadqiq.json; not any JSON file',
  );
  assert.deepEqual(reviewFilesIn(['/opt/Tadqiq/tadqiq'], '/home/layla', () => true), []);
});

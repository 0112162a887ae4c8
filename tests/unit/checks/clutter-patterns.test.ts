import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findClutter } from '../../../src/checks/clutter.js';
import { ADDRESSES, FURNITURE_WORDS, STRONG, possible, presenceBySearch, presenceIn } from '../../../src/checks/clutter-patterns.js';
import { loadCorpus } from '../../fixtures/align/corpus.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

/** Web-page furniture as pages write it, in several capitalizations, glued and in prose. */
const FURNITURE = [
  'Leave a Reply Cancel reply', 'LEAVE A COMMENT', 'Fill in your details below or click an icon to log in:',
  'You are commenting using your WordPress.com account. Log Out /  Change )', 'log out/change)', 'Connecting to %s',
  'Notify me of new comments via email.', 'Notify me of follow-up comments by email', 'gmail.comprint the article',
  'Print this page', '5 min read', '12 minutes of reading', '3 mins read', 'Twitter picture', 'Facebook photo',
  'Google logo', 'wordpress.com picture', 'Share this:', 'Like this:', 'Post was not sent - check your email addresses!',
  'Sorry, your blog cannot share posts by email.', '© 2024 All Rights Reserved.', 'Click to share on Twitter (Opens in new window)',
  'Share this article:', 'Share on WhatsApp', 'share via e-mail', 'Your email address will not be published.',
  'Required fields are marked *', 'Save my name, email, and website in this browser for the next time I comment.',
  'This site uses Akismet to reduce spam. Learn how.', 'Post a comment', 'Add your comment', 'write comment', 'Send to a friend',
  'Copy the link', 'copy link', 'Font size', 'Most Read', 'most viewed', 'Subscribe to our newsletter', 'Follow us on Telegram',
  'Reading time: 4 minutes', 'Read also:', 'See also:', 'readingListenParticipate', 'Share Tweet Email', 'SHARE', 'Advertisement',
  'Loading...', 'Read more', 'Previous article Next article', 'WhatsApp LinkedIn Instagram YouTube', 'Related',
  'Contact: name@site.com', 'editor@news.example.org', 'https://example.com/a?b=c', 'www.example.com', 'HTTP://EXAMPLE.COM',
  'The two countries share a border.', 'He was asked to comment on the report.', 'The blueprint was printed.',
  'He listened. Related talks follow.', 'Minister Ahmed read the statement 3 times.', 'The change came after talks broke out.',
  // Long s and the Kelvin sign fold to s and k under the i flag: these run every pattern.
  'ſhare this:', 'Leave a Reply ſoon', 'lin\u212Aedin',
];

/** Every line of every fixture, English and Arabic, plus the furniture above alone and inside prose. */
function lines(): string[] {
  const files = ['seed/article', 'pairs/libya', 'pairs/lebanon', 'names/gulf', 'names/iraq', 'names/levant', 'names/libya', 'glossary/next'];
  const out = files.flatMap((f) => ['ar', 'en'].flatMap((l) => fixture(`${f}.${l}.txt`).split('\n')));
  for (const c of loadCorpus()) out.push(...c.en.flat(), ...c.ar.flat());
  out.push(...FURNITURE);
  out.push(...FURNITURE.map((f) => `The minister spoke. ${f} Then the talks went on.`));
  out.push(FURNITURE.join(' '), FURNITURE.join(''), FURNITURE.join('\n'));
  return out;
}

test('running only the patterns whose words a text has finds exactly what running every pattern finds', () => {
  let found = 0;
  for (const line of lines()) {
    const all = findClutter(line, null);
    assert.deepEqual(findClutter(line), all, `differs on ${JSON.stringify(line)}`);
    if (all.length > 0) found++;
  }
  assert.ok(found > FURNITURE.length, `only ${found} texts had clutter: the comparison proves little`);
});

test("every pattern's words are in every text it matches", () => {
  const patterns = [...STRONG, ...FURNITURE_WORDS, ...ADDRESSES];
  let matched = 0;
  for (const line of lines()) {
    const presence = presenceIn(line);
    if (presence === null) continue;
    const allowed = new Set(possible(patterns, presence));
    for (const p of patterns) {
      p.re.lastIndex = 0;
      if (!p.re.test(line)) continue;
      matched++;
      assert.ok(allowed.has(p), `${p.re.source} matches ${JSON.stringify(line)} but its words are missing`);
    }
  }
  assert.ok(matched > 100);
  // Each pattern is exercised by at least one text above.
  for (const p of patterns) {
    assert.ok(lines().some((l) => { p.re.lastIndex = 0; return p.re.test(l); }), `no text matches ${p.re.source}`);
  }
});

test('plain prose runs no pattern at all', () => {
  const prose = fixture('pairs/libya.en.txt').split('\n').filter((l) => l.length > 200);
  assert.ok(prose.length > 0);
  const runs = prose.map((l) => possible([...STRONG, ...ADDRESSES], presenceIn(l)).length);
  assert.ok(runs.filter((n) => n === 0).length >= prose.length / 2, `patterns run per paragraph: ${runs.join(', ')}`);
});

test('the one-pass phrase scan gives what lower case and a search per word give', () => {
  const texts = lines();
  const edges = ['share', 'SHARE', '', 'www.', 'x www.', 'share this', ':', 'all rights', 'email@', 'x.org', 'cancel reply',
    'ShArE ThIs:', 'most readers', 'the Read Also: list', '1 min read', 'Log Out / Change', 'copy\u00A0link', 'İstanbul share this:',
    'lİnkedin', 'ſhare this:', 'Kelvin \u212A', 'Ünïcödé share 😀 this:'];
  for (const t of [...texts, ...edges]) assert.deepEqual(presenceIn(t), presenceBySearch(t), JSON.stringify(t));
});

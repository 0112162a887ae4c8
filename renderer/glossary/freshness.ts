/**
 * The shared glossary can be saved by another editor at any time. The app looks again when its window
 * comes back to the front and every little while; a fingerprint of the terms tells whether anything
 * changed, so an unchanged glossary does not re-run the checks.
 */
import type { Glossary } from '../../src/model.js';
import { contentHash } from '../../src/text/hash.js';

/** How often an open window looks for changes others saved (the store only stats the file when nothing changed). */
export const GLOSSARY_RECHECK_MS = 20_000;

export function glossaryFingerprint(glossary: Glossary): string {
  const json = JSON.stringify(glossary.terms);
  return `${glossary.terms.length}:${json.length}:${contentHash(json)}`;
}

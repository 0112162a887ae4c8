/**
 * Find and replace within the review (Ctrl/Cmd+F): Enter for the next match, Shift+Enter for the previous,
 * Escape to close. Replace edits the English only: a match in the Arabic is found but never replaced.
 */
import type { KeyboardEvent } from 'react';

export interface FindBarProps {
  query: string;
  count: number;
  index: number;
  /** Whether the current match is in the English (and so can be replaced). */
  currentInEnglish: boolean;
  /** How many matches are in the English. */
  englishCount: number;
  replacement: string;
  onQuery(q: string): void;
  onReplacement(r: string): void;
  onStep(d: 1 | -1): void;
  onReplace(all: boolean): void;
  onClose(): void;
}

export function FindBar(p: FindBarProps) {
  const keys = (e: KeyboardEvent, enter: () => void) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      enter();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      p.onClose();
    }
  };
  return (
    <div className="findbar" role="search">
      <label htmlFor="find-input">Find in this review</label>
      <input
        id="find-input"
        type="search"
        value={p.query}
        autoFocus
        onChange={(e) => p.onQuery(e.target.value)}
        onKeyDown={(e) => keys(e, () => p.onStep(e.shiftKey ? -1 : 1))}
      />
      <span className="find-count" aria-live="polite">
        {p.query.trim() === '' ? '' : p.count === 0 ? 'No matches' : `${p.index + 1} of ${p.count}`}
      </span>
      <button type="button" onClick={() => p.onStep(-1)} disabled={p.count === 0} aria-label="Previous match">▲</button>
      <button type="button" onClick={() => p.onStep(1)} disabled={p.count === 0} aria-label="Next match">▼</button>
      <label htmlFor="replace-input">Replace with</label>
      <input
        id="replace-input"
        type="text"
        dir="ltr"
        value={p.replacement}
        onChange={(e) => p.onReplacement(e.target.value)}
        onKeyDown={(e) => keys(e, () => p.currentInEnglish && p.onReplace(false))}
      />
      <button
        type="button"
        onClick={() => p.onReplace(false)}
        disabled={!p.currentInEnglish}
        title={p.count > 0 && !p.currentInEnglish ? 'This match is in the Arabic source, which is not edited' : undefined}
      >
        Replace
      </button>
      <button type="button" onClick={() => p.onReplace(true)} disabled={p.englishCount === 0}>
        Replace all in English{p.englishCount > 0 ? ` (${p.englishCount})` : ''}
      </button>
      <button type="button" onClick={p.onClose}>Close</button>
    </div>
  );
}

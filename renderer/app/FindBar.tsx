/** Find within the review (Ctrl/Cmd+F): Enter for the next match, Shift+Enter for the previous, Escape to close. */
export function FindBar(p: { query: string; count: number; index: number; onQuery(q: string): void; onStep(d: 1 | -1): void; onClose(): void }) {
  return (
    <div className="findbar" role="search">
      <label htmlFor="find-input">Find in this review</label>
      <input
        id="find-input"
        type="search"
        value={p.query}
        autoFocus
        onChange={(e) => p.onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            p.onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            p.onClose();
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {p.query.trim() === '' ? '' : p.count === 0 ? 'No matches' : `${p.index + 1} of ${p.count}`}
      </span>
      <button type="button" onClick={() => p.onStep(-1)} disabled={p.count === 0} aria-label="Previous match">▲</button>
      <button type="button" onClick={() => p.onStep(1)} disabled={p.count === 0} aria-label="Next match">▼</button>
      <button type="button" onClick={p.onClose}>Close</button>
    </div>
  );
}

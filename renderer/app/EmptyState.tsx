/** What an editor sees before any review is open. */
export interface RestorableItem {
  id: string;
  title: string;
  savedAt: string;
}

export interface RecentItem {
  path: string;
  title: string;
  openedAt: string;
  /** Moved, deleted or on a drive that is not connected. */
  missing: boolean;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function EmptyState({ onNew, onOpen, isMac, restorable = [], onRestore, onDiscard, recent = [], onOpenRecent, settledNames = 0, onOpenGlossary }: {
  onNew(): void;
  onOpen(): void;
  isMac: boolean;
  restorable?: readonly RestorableItem[];
  onRestore?(id: string): void;
  onDiscard?(item: RestorableItem): void;
  recent?: readonly RecentItem[];
  onOpenRecent?(path: string): void;
  /** How many names earlier reviews wrote one way that the glossary lacks (src/names/glossary-candidates.ts). */
  settledNames?: number;
  onOpenGlossary?(): void;
}) {
  const mod = isMac ? '⌘' : 'Ctrl+';
  return (
    <main className="empty-state">
      <h2>Check a machine translation against its Arabic original</h2>
      <p>
        Start a review with the Arabic article and its English machine translation. Tadqiq lines them up sentence by sentence and
        points out names spelled more than one way, glossary terms, numbers and leftovers from the web page.
      </p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={onNew}>Start a new review…</button>
        <button type="button" onClick={onOpen}>Open a saved review…</button>
      </div>
      {restorable.length > 0 && onRestore ? (
        <section className="restorable" aria-labelledby="restorable-title">
          <h3 id="restorable-title">Unsaved work from an earlier session</h3>
          <ul>
            {restorable.map((r) => (
              <li key={r.id}>
                <button type="button" onClick={() => onRestore(r.id)}>Restore</button> <bdi>{r.title}</bdi>{' '}
                <span className="muted">(kept {new Date(r.savedAt).toLocaleString()})</span>{' '}
                {onDiscard ? (
                  <button type="button" className="link" aria-label={`Discard the unsaved work on ${r.title}`} onClick={() => onDiscard(r)}>
                    Discard
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {recent.length > 0 && onOpenRecent ? (
        <section className="recent" aria-labelledby="recent-title">
          <h3 id="recent-title">Recent reviews</h3>
          <ul>
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="link" disabled={r.missing} onClick={() => onOpenRecent(r.path)}>
                  <bdi>{r.title || fileName(r.path)}</bdi>
                </button>{' '}
                <span className="muted" title={r.path}>
                  {fileName(r.path)}
                  {r.missing ? ' · moved or deleted' : ` · ${new Date(r.openedAt).toLocaleDateString()}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {settledNames > 0 && onOpenGlossary ? (
        <section className="settled-names" aria-labelledby="settled-names-title">
          <h3 id="settled-names-title">Names for the glossary</h3>
          <p>
            {settledNames === 1 ? '1 name your desk writes' : `${settledNames} names your desk writes`} one way in earlier reviews {settledNames === 1 ? 'is' : 'are'} not in the
            glossary yet. Approved, each is checked in every article and sent to DeepL.{' '}
            <button type="button" className="link" onClick={onOpenGlossary}>Review them in the glossary</button>
          </p>
        </section>
      ) : null}
      <h3>Keyboard</h3>
      <dl className="shortcuts">
        <dt>F8 / Shift+F8</dt><dd>next / previous finding</dd>
        <dt>Enter</dt><dd>edit the focused English segment (Enter or Escape to finish)</dd>
        <dt>{mod}Z / {isMac ? '⇧⌘Z' : 'Ctrl+Y'}</dt><dd>undo / redo, including “Fix all”</dd>
        <dt>{mod}F</dt><dd>find in the review</dd>
        <dt>{mod}S</dt><dd>save the review</dd>
        <dt>F1</dt><dd>every keyboard shortcut</dd>
      </dl>
    </main>
  );
}

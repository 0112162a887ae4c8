/** The card shown while a name mention is hovered or focused: its Arabic and every spelling with counts. */
import { useLayoutEffect, useRef } from 'react';
import type { NameGroup } from '../engine/types.js';

export function NameCard({ group, anchorElement, mentionIndex }: { group: NameGroup; anchorElement: HTMLElement; mentionIndex: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const card = ref.current;
    if (!card) return;
    const r = anchorElement.getBoundingClientRect();
    const below = r.bottom + 8 + card.offsetHeight < window.innerHeight;
    card.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - card.offsetWidth - 8))}px`;
    card.style.top = `${below ? r.bottom + 6 : r.top - card.offsetHeight - 6}px`;
  }, [anchorElement, group]);
  const mention = group.mentions[mentionIndex];
  const total = group.mentions.length;
  return (
    <div className="name-card" ref={ref} role="tooltip">
      <p className="name-card-arabic">
        {group.arabic ? <bdi lang="ar" dir="rtl" className="arabic-inline">{group.arabic}</bdi> : <span>Grouped by spelling (no Arabic anchor)</span>}
        <span className="muted"> · {total} {total === 1 ? 'mention' : 'mentions'}</span>
      </p>
      <ul>
        {group.forms.map((f) => (
          <li key={f.text} className={f.text === mention?.text ? 'this-form' : ''}>
            <span className="form-text">{f.text}</span> <span className="form-count">{f.count}×</span>
            {f.text === group.preferred ? <span className="form-hint"> preferred</span> : null}
          </li>
        ))}
      </ul>
      {mention && !mention.anchor ? <p className="muted">This mention has no Arabic anchor in its segment.</p> : null}
    </div>
  );
}

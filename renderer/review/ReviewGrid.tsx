/**
 * The side-by-side rows, virtualized: only the rows on screen (plus a few) exist in the DOM, each
 * measured after it renders, so a 2,000-segment article opens and scrolls like a short one.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import type { Segment } from '../../src/model.js';
import type { Mark } from '../text/marks.js';
import { SegmentRow, type MentionTarget, type RowMention } from './SegmentRow.js';
import { ROW_FILTERS, visibleRows, type RowFilter } from './rowFilter.js';

export interface ReviewGridHandle {
  /** Scroll a segment (its index in `segments`) into view, showing it even if the filter hides it; resolves once its row is in the DOM. */
  scrollToIndex(index: number): Promise<void>;
}

export interface ReviewGridProps {
  ref?: Ref<ReviewGridHandle>;
  segments: readonly Segment[];
  /** Which rows to show (rowFilter.ts); the row numbers stay the segments' own. */
  filter: RowFilter;
  onShowAll(): void;
  textOf(id: string): string;
  isEdited(id: string): boolean;
  /** Marked reviewed by the editor, with its English unchanged since. */
  isReviewed(id: string): boolean;
  onToggleReviewed(id: string): void;
  editingId: string | null;
  showDiff: boolean;
  mentionsBySegment: ReadonlyMap<string, RowMention[]>;
  englishMarks: ReadonlyMap<string, Mark[]>;
  arabicMarks: ReadonlyMap<string, Mark[]>;
  findingCounts: ReadonlyMap<string, number>;
  flashId: string | null;
  onStartEdit(id: string): void;
  onEdit(id: string, text: string): void;
  onStopEdit(id: string, moveFocus: boolean): void;
  onMention(target: MentionTarget | null): void;
  onActivate(id: string): void;
  onRetranslate?(id: string): void;
  retranslatingId?: string | null;
  renderRetranslation?(segment: Segment, number: number): ReactNode;
}

const NO_MARKS: Mark[] = [];

export function ReviewGrid(p: ReviewGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The last row navigated to stays visible until the next jump or until the editor picks another filter.
  const [revealed, setRevealed] = useState<{ id: string; filter: RowFilter } | null>(null);
  useEffect(() => setRevealed(null), [p.filter]);
  const { findingCounts, isEdited, isReviewed } = p;
  const rows = useMemo(() => {
    const pinned = new Set<string>();
    if (revealed && revealed.filter === p.filter) pinned.add(revealed.id);
    if (p.editingId) pinned.add(p.editingId);
    return visibleRows(p.segments, p.filter, { isReviewed, isEdited, findingCount: (id) => findingCounts.get(id) ?? 0 }, pinned);
  }, [p.segments, p.filter, p.editingId, revealed, isReviewed, isEdited, findingCounts]);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => 40 + Math.ceil(((p.segments[rows[i] ?? -1]?.target.length ?? 0) + 1) / 90) * 26,
    overscan: 6,
    getItemKey: (i) => p.segments[rows[i] ?? -1]?.id ?? i,
  });

  useImperativeHandle(p.ref, () => ({
    scrollToIndex(index: number) {
      const id = p.segments[index]?.id;
      if (id) setRevealed({ id, filter: p.filter });
      return new Promise<void>((resolve) => {
        let tries = 0;
        let scrolled = false;
        const check = () => {
          // The row list may only include the segment after the re-render the reveal causes.
          const position = rowsRef.current.indexOf(index);
          if (position >= 0 && !scrolled) {
            virtualizer.scrollToIndex(position, { align: 'center' });
            scrolled = true;
          }
          const el = id ? scroller.current?.querySelector(`[data-segment="${CSS.escape(id)}"]`) : null;
          if ((el && position >= 0) || tries++ > 20) {
            // A second pass after measuring settles rows whose real height differed from the estimate.
            if (position >= 0) virtualizer.scrollToIndex(position, { align: 'center' });
            requestAnimationFrame(() => resolve());
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
  }), [virtualizer, p.segments, p.filter]);

  const items = virtualizer.getVirtualItems();
  return (
    <div className="grid-scroller" ref={scroller} data-testid="segments">
      <div className="grid-header" aria-hidden="true">
        <span />
        <span lang="en">Arabic source</span>
        <span>English translation</span>
      </div>
      {rows.length === 0 ? (
        <div className="grid-empty" role="status">
          <p>{ROW_FILTERS.find((f) => f.id === p.filter)?.empty}</p>
          <button type="button" onClick={p.onShowAll}>Show all segments</button>
        </div>
      ) : null}
      <div className="grid-body" style={{ height: virtualizer.getTotalSize() }} role="list" aria-label="Segments: Arabic source beside English translation">
        {items.map((item) => {
          const index = rows[item.index]!;
          const s = p.segments[index] as Segment;
          const prev = p.segments[index - 1];
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="row-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <SegmentRow
                segment={s}
                number={index + 1}
                paragraphStart={!prev || prev.paragraph !== s.paragraph}
                text={p.textOf(s.id)}
                edited={p.isEdited(s.id)}
                reviewed={p.isReviewed(s.id)}
                onToggleReviewed={p.onToggleReviewed}
                editing={p.editingId === s.id}
                showDiff={p.showDiff}
                mentions={p.mentionsBySegment.get(s.id)}
                englishMarks={p.englishMarks.get(s.id) ?? NO_MARKS}
                arabicMarks={p.arabicMarks.get(s.id) ?? NO_MARKS}
                findingCount={p.findingCounts.get(s.id) ?? 0}
                flash={p.flashId === s.id}
                onStartEdit={p.onStartEdit}
                onEdit={p.onEdit}
                onStopEdit={p.onStopEdit}
                onMention={p.onMention}
                onActivate={p.onActivate}
                onRetranslate={p.onRetranslate}
                retranslation={p.retranslatingId === s.id ? p.renderRetranslation?.(s, index + 1) : undefined}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/**
 * The side-by-side rows, virtualized: only the rows on screen (plus a few) exist in the DOM, each
 * measured after it renders, so a 2,000-segment article opens and scrolls like a short one.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import type { Segment } from '../../src/model.js';
import type { Mark } from '../text/marks.js';
import { SegmentRow, type MentionTarget, type RowMention } from './SegmentRow.js';

export interface ReviewGridHandle {
  /** Scroll a segment into view; resolves once its row is in the DOM. */
  scrollToIndex(index: number): Promise<void>;
}

export interface ReviewGridProps {
  ref?: Ref<ReviewGridHandle>;
  segments: readonly Segment[];
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
  const virtualizer = useVirtualizer({
    count: p.segments.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => 40 + Math.ceil(((p.segments[i]?.target.length ?? 0) + 1) / 90) * 26,
    overscan: 6,
    getItemKey: (i) => p.segments[i]?.id ?? i,
  });

  useImperativeHandle(p.ref, () => ({
    scrollToIndex(index: number) {
      virtualizer.scrollToIndex(index, { align: 'center' });
      return new Promise<void>((resolve) => {
        let tries = 0;
        const check = () => {
          const id = p.segments[index]?.id;
          const el = id ? scroller.current?.querySelector(`[data-segment="${CSS.escape(id)}"]`) : null;
          if (el || tries++ > 20) {
            // A second pass after measuring settles rows whose real height differed from the estimate.
            virtualizer.scrollToIndex(index, { align: 'center' });
            requestAnimationFrame(() => resolve());
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
  }), [virtualizer, p.segments]);

  const items = virtualizer.getVirtualItems();
  return (
    <div className="grid-scroller" ref={scroller} data-testid="segments">
      <div className="grid-header" aria-hidden="true">
        <span />
        <span lang="en">Arabic source</span>
        <span>English translation</span>
      </div>
      <div className="grid-body" style={{ height: virtualizer.getTotalSize() }} role="list" aria-label="Segments: Arabic source beside English translation">
        {items.map((item) => {
          const s = p.segments[item.index] as Segment;
          const prev = p.segments[item.index - 1];
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
                number={item.index + 1}
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
                retranslation={p.retranslatingId === s.id ? p.renderRetranslation?.(s, item.index + 1) : undefined}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

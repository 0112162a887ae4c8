/**
 * One aligned row: Arabic (right to left) beside English (left to right). The English cell is where
 * the editor works: click or Enter to edit in place; when edited, the difference from the machine
 * translation is shown word by word.
 */
import { memo, useEffect, useLayoutEffect, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { Segment } from '../../src/model.js';
import type { Mark } from '../text/marks.js';
import { MarkedText } from './RichText.js';
import { DiffView } from './DiffView.js';
import { menuAccelerators } from '../../src/api/app.js';
import { acceleratorLabel } from '../transport/shortcuts.js';

export interface RowMention {
  start: number;
  end: number;
  groupKey: string;
  color: string;
  index: number;
  /** The group is spelled more than one way: drawn strong; a consistently spelled name is drawn faintly. */
  variant: boolean;
}

export interface MentionTarget {
  segment: string;
  groupKey: string;
  mentionIndex: number;
  element: HTMLElement;
}

export interface SegmentRowProps {
  segment: Segment;
  number: number;
  paragraphStart: boolean;
  text: string;
  edited: boolean;
  /** Marked reviewed, and its English unchanged since. */
  reviewed: boolean;
  onToggleReviewed(id: string): void;
  editing: boolean;
  showDiff: boolean;
  mentions: readonly RowMention[] | undefined;
  englishMarks: readonly Mark[];
  arabicMarks: readonly Mark[];
  findingCount: number;
  flash: boolean;
  onStartEdit(id: string): void;
  onEdit(id: string, text: string): void;
  onStopEdit(id: string, moveFocus: boolean): void;
  onMention(target: MentionTarget | null): void;
  onActivate(id: string): void;
  /** Offered when DeepL is available in this build: ask for a new translation of this one segment. */
  onRetranslate?(id: string): void;
  /** The retranslation panel, when this row is the one being retranslated. */
  retranslation?: ReactNode;
}

const onMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const retranslateShortcut = acceleratorLabel(menuAccelerators['segment.retranslate'], onMac);
const reviewedShortcut = acceleratorLabel(menuAccelerators['segment.reviewed'], onMac);

function EnglishText({ text, mentions, marks, segment, onMention }: {
  text: string; mentions: readonly RowMention[] | undefined; marks: readonly Mark[]; segment: string; onMention: SegmentRowProps['onMention'];
}) {
  if (!mentions || mentions.length === 0) return <MarkedText text={text} marks={marks} />;
  const out = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start < at || m.end > text.length) continue;
    if (m.start > at) out.push(<MarkedText key={`t${at}`} text={text.slice(at, m.start)} marks={marks} offset={at} />);
    const style = { '--group': m.color } as CSSProperties;
    out.push(
      <span
        key={`m${m.start}`}
        className={m.variant ? 'mention mention-variant' : 'mention'}
        style={style}
        tabIndex={0}
        data-group={m.groupKey}
        onMouseEnter={(e) => onMention({ segment, groupKey: m.groupKey, mentionIndex: m.index, element: e.currentTarget })}
        onMouseLeave={() => onMention(null)}
        onFocus={(e) => onMention({ segment, groupKey: m.groupKey, mentionIndex: m.index, element: e.currentTarget })}
        onBlur={() => onMention(null)}
      >
        <MarkedText text={text.slice(m.start, m.end)} marks={marks} offset={m.start} />
      </span>,
    );
    at = m.end;
  }
  if (at < text.length) out.push(<MarkedText key={`t${at}`} text={text.slice(at)} marks={marks} offset={at} />);
  return <>{out}</>;
}

function Editor({ segment, number, text, onEdit, onStopEdit }: { segment: string; number: number; text: string; onEdit: SegmentRowProps['onEdit']; onStopEdit: SegmentRowProps['onStopEdit'] }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [text]);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // A segment is one run of text: Enter (or Escape) finishes editing; the edit is already kept.
    if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape') {
      e.preventDefault();
      onStopEdit(segment, true);
    }
  };
  return (
    <textarea
      ref={ref}
      className="editor"
      dir="ltr"
      lang="en"
      spellCheck
      data-review-editor=""
      aria-label={`English of segment ${number}. Enter or Escape to finish.`}
      value={text}
      onChange={(e) => onEdit(segment, e.target.value.replace(/\n/g, ' '))}
      onKeyDown={onKeyDown}
      onBlur={() => onStopEdit(segment, false)}
    />
  );
}

function SegmentRowImpl(p: SegmentRowProps) {
  const { segment: s } = p;
  const targetOnly = s.source.trim() === '' && s.target.trim() !== '';
  const sourceOnly = s.target.trim() === '' && s.source.trim() !== '';
  const rowClass = ['row', p.paragraphStart ? 'paragraph-start' : '', targetOnly ? 'target-only' : '', p.flash ? 'flash' : '', p.edited ? 'edited' : '', p.reviewed ? 'reviewed' : '']
    .filter(Boolean)
    .join(' ');
  const onCellKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      p.onStartEdit(s.id);
    }
  };
  return (
    <div className={rowClass} data-segment={s.id}>
      <div className="gutter">
        {p.paragraphStart ? <span className="pilcrow" aria-hidden="true" title={`Paragraph ${s.paragraph}`}>¶</span> : null}
        <span className="number" aria-hidden="true">{p.number}</span>
        {p.findingCount > 0 ? <span className="badge" aria-hidden="true" title={`${p.findingCount} finding(s) here`}>{p.findingCount}</span> : null}
        <button
          type="button"
          className={`review-mark${p.reviewed ? ' on' : ''}`}
          aria-pressed={p.reviewed}
          aria-label={`Segment ${p.number} reviewed`}
          title={p.reviewed ? 'Reviewed. Click to mark it not reviewed.' : `Mark this segment reviewed (${reviewedShortcut} marks it and goes to the next one)`}
          onClick={() => p.onToggleReviewed(s.id)}
        >
          ✓
        </button>
        {p.onRetranslate && !targetOnly && s.source.trim() !== '' && !p.retranslation ? (
          <button
            type="button"
            className="row-action"
            aria-label={`Retranslate segment ${p.number} with DeepL`}
            title={`Retranslate this segment with DeepL (${retranslateShortcut})`}
            onClick={() => p.onRetranslate?.(s.id)}
          >
            DeepL
          </button>
        ) : null}
      </div>
      <div className="cell source" dir="rtl" lang="ar">
        {s.source.trim() === '' ? (
          <span className="no-source" dir="ltr" lang="en">{targetOnly ? 'English only — no Arabic behind it (likely page clutter)' : ''}</span>
        ) : (
          <MarkedText text={s.source} marks={p.arabicMarks} />
        )}
      </div>
      <div
        className={`cell target${p.editing ? ' editing' : ''}`}
        dir="ltr"
        lang="en"
        data-segment-target={s.id}
        tabIndex={p.editing ? -1 : 0}
        onClick={(e) => {
          if (!p.editing && !(e.target as HTMLElement).closest('textarea')) p.onStartEdit(s.id);
        }}
        onFocus={(e) => {
          if (e.target === e.currentTarget) p.onActivate(s.id);
        }}
        onKeyDown={onCellKey}
      >
        {targetOnly ? <span className="tag">English only</span> : null}
        {p.edited ? <span className="tag tag-edited">Edited</span> : null}
        {p.editing ? (
          <>
            <Editor segment={s.id} number={p.number} text={p.text} onEdit={p.onEdit} onStopEdit={p.onStopEdit} />
            {p.showDiff && p.edited ? (
              <div className="diff-preview" aria-live="polite">
                <span className="diff-label">Changes from the machine translation:</span> <DiffView before={s.target} after={p.text} />
              </div>
            ) : null}
          </>
        ) : sourceOnly && !p.edited ? (
          <span className="missing">Missing in the translation — press Enter to add the English</span>
        ) : p.edited && p.showDiff ? (
          <DiffView before={s.target} after={p.text} />
        ) : (
          <EnglishText text={p.text} mentions={p.mentions} marks={p.englishMarks} segment={s.id} onMention={p.onMention} />
        )}
      </div>
      {p.retranslation ? <div className="row-extra">{p.retranslation}</div> : null}
    </div>
  );
}

export const SegmentRow = memo(SegmentRowImpl);

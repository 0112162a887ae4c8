/**
 * Text drawn with highlight marks and with bidi controls made visible. Used for both columns; the
 * direction comes from the column (known language), never from dir="auto".
 */
import type { ReactNode } from 'react';
import { splitBidiControls } from '../text/bidiControls.js';
import { splitByMarks, type Mark } from '../text/marks.js';

export function VisibleControls({ text }: { text: string }): ReactNode {
  const parts = splitBidiControls(text);
  if (parts.length === 1 && parts[0]?.kind === 'text') return text;
  return parts.map((p, i) =>
    p.kind === 'text' ? (
      <span key={i}>{p.text}</span>
    ) : (
      <abbr key={i} className="bidi-control" title={p.description}>
        {p.short}
      </abbr>
    ),
  );
}

export function MarkedText({ text, marks, offset = 0 }: { text: string; marks: readonly Mark[]; offset?: number }): ReactNode {
  if (marks.length === 0) return <VisibleControls text={text} />;
  return splitByMarks(text, marks, offset).map((p) =>
    p.classes.length === 0 ? (
      <VisibleControls key={p.start} text={p.text} />
    ) : (
      <mark key={p.start} className={p.classes.join(' ')}>
        <VisibleControls text={p.text} />
      </mark>
    ),
  );
}

const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF][\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\s\u064B-\u065F]*/gu;

/** English UI text that may quote Arabic (finding messages): each Arabic run is isolated so it cannot reorder its neighbours. */
export function IsolatedArabic({ text }: { text: string }): ReactNode {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(ARABIC_RUN)) {
    const i = m.index ?? 0;
    const run = m[0].trimEnd();
    if (i > last) out.push(<VisibleControls key={`t${last}`} text={text.slice(last, i)} />);
    out.push(<bdi key={`a${i}`} lang="ar" dir="rtl" className="arabic-inline">{run}</bdi>);
    last = i + run.length;
  }
  if (out.length === 0) return <VisibleControls text={text} />;
  if (last < text.length) out.push(<VisibleControls key={`t${last}`} text={text.slice(last)} />);
  return <>{out}</>;
}

/**
 * Start a review: the Arabic article and its machine translation, each picked, dropped or pasted.
 * Files are read here (text in any encoding, Word, a web page, bilingual XLIFF; what was found is shown),
 * so a wrong file is caught before analysis.
 */
import { useState, type DragEvent } from 'react';
import { Modal } from './Modal.js';
import type { TadqiqApi } from '../../src/api/contract.js';
import TranslatePanel from '../deepl/TranslatePanel.js';
import { describeSource, IMPORT_ACCEPT, importSide, type SideInput } from './importSide.js';

export type { SideInput } from './importSide.js';

export interface NewReviewDialogProps {
  /** When present, an editor with only the Arabic can have DeepL translate it here. */
  api?: TadqiqApi | null;
  busy: boolean;
  error: string | null;
  onCancel(): void;
  onStart(source: SideInput, target: SideInput, title: string): void;
}

const ARABIC = /[\u0600-\u06FF]/gu;
const LATIN = /[A-Za-z]/g;

function scriptWarning(side: 'ar' | 'en', text: string): string | null {
  const arabic = (text.match(ARABIC) ?? []).length;
  const latin = (text.match(LATIN) ?? []).length;
  if (text.trim() === '') return null;
  if (side === 'ar' && arabic < latin / 4) return 'This text has hardly any Arabic letters. Did you put the English on the Arabic side?';
  if (side === 'en' && arabic > latin) return 'This text is mostly Arabic. Did you put the Arabic on the English side?';
  return null;
}

function SidePicker({ side, value, onChange, onBoth }: {
  side: 'ar' | 'en';
  value: SideInput | null;
  onChange(v: SideInput | null): void;
  /** A bilingual file (XLIFF) dropped on either side fills both. */
  onBoth(source: SideInput, target: SideInput): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const label = side === 'ar' ? 'Arabic original' : 'English machine translation';
  const id = `side-${side}`;

  const readFile = async (file: File) => {
    setError(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const imported = await importSide(bytes, file.name);
      if (imported.kind === 'both') onBoth(imported.source, imported.target);
      else onChange(imported.side);
    } catch (err) {
      setError(err instanceof Error ? err.message : `"${file.name}" could not be read.`);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  const warning = value ? scriptWarning(side, value.text) : null;
  return (
    <section
      className={`side-picker${dragging ? ' dragging' : ''}`}
      aria-labelledby={`${id}-label`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid={id}
    >
      <h3 id={`${id}-label`}>{label}</h3>
      <div className="file-row">
        <label className="button" htmlFor={`${id}-file`}>Choose file…</label>
        <input
          id={`${id}-file`}
          className="visually-hidden"
          type="file"
          accept={IMPORT_ACCEPT}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readFile(file);
            e.target.value = '';
          }}
        />
        <span className="drop-hint">or drop a file here (text, Word, web page, XLIFF), or paste below</span>
      </div>
      <label className="visually-hidden" htmlFor={`${id}-paste`}>{`${label}: paste the text`}</label>
      <textarea
        id={`${id}-paste`}
        dir={side === 'ar' ? 'rtl' : 'ltr'}
        lang={side}
        className={side === 'ar' ? 'paste arabic' : 'paste'}
        placeholder={side === 'ar' ? 'الصق النص العربي هنا' : 'Paste the English here'}
        value={value?.text ?? ''}
        onChange={(e) => {
          setError(null);
          const text = e.target.value;
          onChange(text === '' ? null : { ...value, name: value?.origin === 'file' ? value.name : 'Pasted text', encoding: value?.encoding ?? 'utf-8', text, origin: value?.origin ?? 'paste' });
        }}
      />
      <p className="side-status" aria-live="polite" data-testid={`${id}-status`}>
        {value ? (
          <>
            <bdi>{value.name}</bdi> · {value.text.length.toLocaleString('en')} characters · <strong>{describeSource(value)}</strong>
            {value.origin === 'file' ? null : value.origin === 'deepl' ? ' (translated by DeepL)' : ' (pasted)'}
          </>
        ) : (
          'Nothing yet.'
        )}
      </p>
      {warning ? <p className="warning">{warning}</p> : null}
      {error ? <p className="error" role="alert">{error}</p> : null}
    </section>
  );
}

export function NewReviewDialog(p: NewReviewDialogProps) {
  const [source, setSource] = useState<SideInput | null>(null);
  const [target, setTarget] = useState<SideInput | null>(null);
  const [title, setTitle] = useState('');
  const ready = !!source?.text.trim() && !!target?.text.trim();
  const both = (s: SideInput, t: SideInput) => {
    setSource(s);
    setTarget(t);
  };
  return (
    <Modal title="New review" onClose={p.onCancel} className="new-review">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready && source && target) p.onStart(source, target, title);
        }}
      >
        <div className="sides">
          <SidePicker side="ar" value={source} onChange={setSource} onBoth={both} />
          <SidePicker side="en" value={target} onChange={setTarget} onBoth={both} />
        </div>
        {p.api && source?.text.trim() && (!target || target.origin === 'deepl') ? (
          <TranslatePanel
            api={p.api}
            sourceText={source.text}
            onTranslated={(text) => setTarget({ name: 'DeepL translation', encoding: 'utf-8', text, origin: 'deepl' })}
          />
        ) : null}
        <label className="title-field">
          Title (optional)
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Taken from the first line of the English if left empty" />
        </label>
        {p.error ? <p className="error" role="alert">{p.error}</p> : null}
        <div className="dialog-actions">
          <button type="button" onClick={p.onCancel}>Cancel</button>
          <button type="submit" className="primary" disabled={!ready || p.busy}>
            {p.busy ? 'Aligning and checking…' : 'Start review'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Export: the corrected English in several formats, bilingual XLIFF, or a QA / change report. */
import { useState } from 'react';
import { exportChoices, type ExportChoice } from '../app/reviewIo.js';
import { Modal } from './Modal.js';

export function ExportDialog(p: { busy: boolean; error: string | null; onCancel(): void; onExport(choice: ExportChoice, includeTargetOnly: boolean): void }) {
  const [format, setFormat] = useState(exportChoices[0]?.format ?? 'txt');
  const [includeTargetOnly, setIncludeTargetOnly] = useState(false);
  const choice = exportChoices.find((c) => c.format === format) ?? exportChoices[0];
  return (
    <Modal title="Export" onClose={p.onCancel} className="export-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) p.onExport(choice, includeTargetOnly);
        }}
      >
        <fieldset className="export-formats">
          <legend>What to export</legend>
          {exportChoices.map((c) => (
            <label key={c.format} className="form-choice">
              <input type="radio" name="export-format" value={c.format} checked={format === c.format} onChange={() => setFormat(c.format)} />
              {c.label}
            </label>
          ))}
        </fieldset>
        <label className="form-choice">
          <input type="checkbox" checked={includeTargetOnly} onChange={(e) => setIncludeTargetOnly(e.target.checked)} />
          Keep English-only segments (page clutter is left out by default)
        </label>
        {p.error ? <p className="error" role="alert">{p.error}</p> : null}
        <div className="dialog-actions">
          <button type="button" onClick={p.onCancel}>Cancel</button>
          <button type="submit" className="primary" disabled={p.busy}>{p.busy ? 'Exporting…' : 'Export'}</button>
        </div>
      </form>
    </Modal>
  );
}

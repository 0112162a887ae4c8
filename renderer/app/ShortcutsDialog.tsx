/**
 * Keyboard shortcuts (F1, Help → Keyboard Shortcuts): the menu's commands with their keys, from the same
 * table the menu and the browser's key listener use, plus the keys of the review grid itself.
 */
import { menuAccelerators, menuCommands, menuLabels } from '../../src/api/app.js';
import { Modal } from '../dialogs/Modal.js';
import { acceleratorLabel, browserReserved } from '../transport/shortcuts.js';

const GRID_KEYS: ReadonlyArray<[string, string]> = [
  ['Edit the English of the segment in focus', 'Enter or F2'],
  ['Finish editing (the edit is kept)', 'Enter or Escape'],
  ['Move between segments, findings and buttons', 'Tab, Shift+Tab'],
];

export function ShortcutsDialog({ mac, inBrowser, version, onClose }: { mac: boolean; inBrowser: boolean; version: string | null; onClose(): void }) {
  // null: no key here (a browser keeps Ctrl+N for itself), the button in the top bar does it.
  const rows = menuCommands.map((c): [string, string | null] => {
    const label = menuLabels[c].replace('&', '');
    if (inBrowser && browserReserved.has(c)) return [label, null];
    const keys = acceleratorLabel(menuAccelerators[c], mac);
    return [label, c === 'edit.redo' && !mac ? `${keys} or Ctrl+Y` : keys];
  });
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      <table className="shortcut-table">
        <tbody>
          {[...rows, ...GRID_KEYS].map(([label, keys]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{keys === null ? <span className="muted">the button (the browser keeps the key)</span> : <kbd>{keys}</kbd>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        {version ? <span className="muted version">Tadqiq {version}{inBrowser ? ', in the browser' : ''}</span> : null}
        <button type="button" className="primary" onClick={onClose}>Close</button>
      </div>
    </Modal>
  );
}

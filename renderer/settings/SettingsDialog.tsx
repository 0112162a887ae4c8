/**
 * Settings: the DeepL key (saved encrypted where the system allows, never shown back), a connection test,
 * the account's character usage, the approved glossary as DeepL will see it, the English variant, the editor's
 * name, the house style for names, and the names remembered from earlier reviews (which can be forgotten).
 * DeepL key actions take effect at once; the other settings are saved with "Save".
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { TadqiqApi } from '../../src/api/contract.js';
import type { DeeplConnection, DeeplKeyStatus, DeeplUsage, EnglishVariant } from '../../src/api/deepl.js';
import { houseStyleArticles, type UserSettings } from '../../src/api/settings.js';
import { Modal } from '../dialogs/Modal.js';
import { DeeplGlossary } from './DeeplGlossary.js';
import { NameMemorySettings } from './NameMemorySettings.js';
import { callIfAvailable, messageOf } from '../app/api.js';
import { isDialogUnavailable } from '../app/fileIo.js';

export interface SettingsDialogProps {
  api: TadqiqApi;
  onClose(): void;
}

type Check = { state: 'idle' } | { state: 'running' } | { state: 'ok'; info: DeeplConnection } | { state: 'failed'; message: string };

const ARTICLE_LABELS: Record<(typeof houseStyleArticles)[number], string> = {
  'Al-': 'Al-Kadhimi (capital Al-)',
  'al-': 'al-Kadhimi (lower-case al-)',
  'as-is': 'Leave as the translation has it',
};

const VARIANT_LABELS: Record<EnglishVariant, string> = { 'en-US': 'American English (en-US)', 'en-GB': 'British English (en-GB)' };

function describeStorage(status: DeeplKeyStatus): string {
  if (!status.present) return 'No DeepL key is saved.';
  if (status.storage === 'env') return 'A DeepL key is set by the DEEPL_AUTH_KEY environment variable.';
  return status.encrypted ? 'A DeepL key is saved, encrypted by your operating system.' : 'A DeepL key is saved.';
}

export function UsageBar({ usage }: { usage: DeeplUsage }) {
  const id = useId();
  const fmt = new Intl.NumberFormat('en');
  const share = usage.characterLimit > 0 ? usage.characterCount / usage.characterLimit : 0;
  return (
    <div className="deepl-usage">
      <label htmlFor={id}>
        Characters used this billing period: {fmt.format(usage.characterCount)} of {fmt.format(usage.characterLimit)} ({Math.round(share * 100)}%)
      </label>
      <meter id={id} min={0} max={Math.max(usage.characterLimit, 1)} low={usage.characterLimit * 0.8} high={usage.characterLimit * 0.95} optimum={0} value={usage.characterCount} style={{ display: 'block', width: '100%' }} />
      {usage.limitReached && <p className="error">The character limit is reached: DeepL will refuse translations until it resets.</p>}
    </div>
  );
}

export default function SettingsDialog({ api, onClose }: SettingsDialogProps) {
  const ids = { key: useId(), name: useId(), keyHelp: useId(), glossary: useId(), glossaryHelp: useId() };
  const [settings, setSettings] = useState<UserSettings | null>(null);
  const [status, setStatus] = useState<DeeplKeyStatus | null>(null);
  const [usage, setUsage] = useState<DeeplUsage | null>(null);
  const [keyInput, setKeyInput] = useState('');
  const [keyMessage, setKeyMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  /** A key is being saved or removed: a connection test now would test the key being replaced. */
  const [keyBusy, setKeyBusy] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [glossaryHint, setGlossaryHint] = useState<string | null>(null);

  const refreshUsage = async () => {
    const r = await api['deepl.usage']({});
    setUsage(r.ok ? r.value : null);
  };

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [s, k] = await Promise.all([api['settings.get']({}), api['deepl.status']({})]);
        if (!live) return;
        setSettings(s);
        setStatus(k);
        if (k.present) {
          const u = await api['deepl.usage']({});
          if (live && u.ok) setUsage(u.value);
        }
      } catch (e) {
        if (live) setError(e instanceof Error ? e.message : 'Settings could not be loaded.');
      }
    })();
    return () => {
      live = false;
    };
  }, [api]);

  const saveKey = async (e: FormEvent) => {
    e.preventDefault();
    if (!keyInput.trim()) {
      setKeyMessage({ error: true, text: 'Paste your DeepL API key first.' });
      return;
    }
    setKeyBusy(true);
    try {
      const r = await api['deepl.setKey']({ key: keyInput });
      setKeyInput(''); // never keep the key in the page longer than needed
      if (!r.ok) {
        setKeyMessage({ error: true, text: r.error.message });
        return;
      }
      setStatus(r.value);
      setKeyMessage({ error: false, text: 'Key saved.' }); // how it is stored is shown above, from the status
      setCheck({ state: 'idle' });
    } finally {
      setKeyBusy(false);
    }
    await refreshUsage();
  };

  const clearKey = async () => {
    setKeyBusy(true);
    try {
      setStatus(await api['deepl.clearKey']({}));
    } finally {
      setKeyBusy(false);
    }
    setUsage(null);
    setCheck({ state: 'idle' });
    setKeyMessage({ error: false, text: 'The DeepL key was removed from this computer.' });
  };

  const testConnection = async () => {
    setCheck({ state: 'running' });
    const r = await api['deepl.testConnection']({});
    if (r.ok) {
      setCheck({ state: 'ok', info: r.value });
      setUsage(r.value.usage);
    } else setCheck({ state: 'failed', message: r.error.message });
  };

  /** The native dialog where there is one (Electron); in a browser the editor types the path. */
  const chooseGlossary = async () => {
    if (!settings) return;
    try {
      const chosen = await callIfAvailable<string | null>(api, 'files.choosePath', { title: 'Shared glossary file', filters: [{ name: 'Tadqiq glossary', extensions: ['json'] }] });
      if (chosen) setSettings({ ...settings, glossaryPath: chosen });
    } catch (e) {
      setGlossaryHint(isDialogUnavailable(e) ? 'The browser cannot show a file dialog: type the full path of the file.' : messageOf(e));
    }
  };

  const save = async () => {
    if (!settings) return;
    setSaving(true);
    setError(null);
    try {
      await api['settings.update']({
        editorName: settings.editorName,
        houseStyleArticle: settings.houseStyleArticle,
        deeplEnglishVariant: settings.deeplEnglishVariant,
        glossaryPath: settings.glossaryPath?.trim() || null,
      });
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The settings could not be saved.');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title="Settings" onClose={onClose} className="settings-dialog">
      <section aria-labelledby="settings-deepl">
        <h3 id="settings-deepl">DeepL machine translation</h3>
        <p role="status">{status ? describeStorage(status) : 'Loading…'}</p>
        {status?.notice && <p className="hint">{status.notice}</p>}
        <form onSubmit={saveKey}>
          <label htmlFor={ids.key}>{status?.present ? 'Replace the DeepL API key' : 'DeepL API key'}</label>{' '}
          <input
            id={ids.key}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={keyInput}
            aria-describedby={ids.keyHelp}
            onChange={(e) => setKeyInput(e.target.value)}
            size={40}
          />{' '}
          <button type="submit" disabled={keyBusy}>Save key</button>{' '}
          {status?.present && status.storage !== 'env' && (
            <button type="button" onClick={() => void clearKey()} disabled={keyBusy}>
              Remove key
            </button>
          )}
          <p id={ids.keyHelp} className="hint">
            From your DeepL account page. Free keys end in “:fx”. The key is never shown again once saved.
          </p>
        </form>
        {keyMessage && (
          <p className={keyMessage.error ? 'error' : 'hint'} role={keyMessage.error ? 'alert' : 'status'}>
            {keyMessage.text}
          </p>
        )}
        <p>
          <button type="button" onClick={() => void testConnection()} disabled={!status?.present || keyBusy || check.state === 'running'}>
            {check.state === 'running' ? 'Testing…' : 'Test connection'}
          </button>
        </p>
        <div role="status" aria-live="polite">
          {check.state === 'ok' && (
            <p>
              Connected to your DeepL API {check.info.account === 'free' ? 'Free' : 'Pro'} account.{' '}
              {check.info.glossarySupported
                ? 'Approved glossary terms will be applied to translations.'
                : 'DeepL does not offer glossaries for Arabic → English on this account: translations will not follow the glossary.'}
            </p>
          )}
        </div>
        {check.state === 'failed' && (
          <p className="error" role="alert">
            {check.message}
          </p>
        )}
        {usage && <UsageBar usage={usage} />}
        <DeeplGlossary api={api} canUpload={!!status?.present} />
      </section>

      {settings && (
        <>
          <fieldset>
            <legend>English variant for DeepL</legend>
            {(['en-US', 'en-GB'] as const).map((v) => (
              <label key={v} style={{ display: 'block' }}>
                <input
                  type="radio"
                  name="deepl-variant"
                  value={v}
                  checked={settings.deeplEnglishVariant === v}
                  onChange={() => setSettings({ ...settings, deeplEnglishVariant: v })}
                />{' '}
                {VARIANT_LABELS[v]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>House style for names with al-</legend>
            {houseStyleArticles.map((a) => (
              <label key={a} style={{ display: 'block' }}>
                <input
                  type="radio"
                  name="house-style"
                  value={a}
                  checked={settings.houseStyleArticle === a}
                  onChange={() => setSettings({ ...settings, houseStyleArticle: a })}
                />{' '}
                {ARTICLE_LABELS[a]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Glossary file</legend>
            <p className="hint" id={ids.glossaryHelp}>
              For a desk, every editor points Tadqiq at one file in a shared folder: approved terms, and the names of earlier reviews kept beside it, are then the whole desk&apos;s. Left empty, the glossary is this computer&apos;s own.
            </p>
            <label htmlFor={ids.glossary}>Shared glossary file</label>{' '}
            <input
              id={ids.glossary}
              type="text"
              dir="ltr"
              spellCheck={false}
              size={44}
              placeholder="/shared/desk/glossary.json or \\server\desk\glossary.json"
              aria-describedby={ids.glossaryHelp}
              value={settings.glossaryPath ?? ''}
              onChange={(e) => setSettings({ ...settings, glossaryPath: e.target.value })}
            />{' '}
            <button type="button" onClick={() => void chooseGlossary()}>
              Choose…
            </button>{' '}
            {settings.glossaryPath ? (
              <button type="button" onClick={() => setSettings({ ...settings, glossaryPath: null })}>
                Use this computer&apos;s glossary
              </button>
            ) : null}
            {glossaryHint && <p className="hint">{glossaryHint}</p>}
          </fieldset>
          <p>
            <label htmlFor={ids.name}>Your name (shown in change reports and glossary history)</label>{' '}
            <input id={ids.name} type="text" value={settings.editorName} maxLength={200} onChange={(e) => setSettings({ ...settings, editorName: e.target.value })} />
          </p>
        </>
      )}

      <NameMemorySettings api={api} />

      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions" style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 16 }}>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void save()} disabled={!settings || saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </Modal>
  );
}

/**
 * The review screen: top bar, side-by-side rows, findings panel. Owns the review document, the
 * editing session (undo history) and the latest analysis from the worker.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { menuAccelerators, type AppInfo, type MenuCommand } from '../../src/api/app.js';
import type { TadqiqApi } from '../../src/api/contract.js';
import { defaultAnalyzeOptions, type AnalyzeOptions, type CheckInfo, type Finding, type HouseStyle, type Occurrence } from '../../src/model.js';
import {
  applyEdit, applyFix, canRedo, canUndo, createSession, currentSegments, currentTarget, InvalidFixError, isEdited, redo, undo, type EditSession,
} from '../../src/review/session.js';
import type { Review } from '../../src/review/types.js';
import { isReviewFileName } from '../../src/review/file.js';
import { isReviewed, marksFromReviewedTexts, nextUnreviewed, reviewProgress, savedEnglish, vouchedSegments, withPublished, withReviewed } from '../../src/review/reviewed.js';
import { acceleratorLabel } from '../transport/shortcuts.js';
import { EngineClient } from '../engine/client.js';
import type { NameGroup } from '../engine/types.js';
import { NewReviewDialog, type SideInput } from '../dialogs/NewReviewDialog.js';
import { importSide } from '../dialogs/importSide.js';
import { Modal } from '../dialogs/Modal.js';
import { FindingsPanel } from '../findings/FindingsPanel.js';
import { formsForFinding, replacementsForPreferred, replacementsFromOccurrences, type RenderingChoice } from '../findings/nameFix.js';
import { findingStops, stepStop } from '../findings/stops.js';
import { ReviewGrid, type ReviewGridHandle } from '../review/ReviewGrid.js';
import type { MentionTarget, RowMention } from '../review/SegmentRow.js';
import { groupColor } from '../review/colors.js';
import type { Mark } from '../text/marks.js';
import { callIfAvailable, filesToOpenAtStart, getApiOrNull, hasChannel, messageOf, onMenuCommand, onOpenFiles, transport } from './api.js';
import { ShortcutsDialog } from './ShortcutsDialog.js';
import { base64ToBytes } from './fileIo.js';
import { exportReview, openReviewAtPath, openReviewFile, saveReviewFile, type ExportChoice, type ReviewLocation } from './reviewIo.js';
import { ExportDialog } from '../dialogs/ExportDialog.js';
import { findMatches, replacementsFor } from './find.js';
import { FindBar } from './FindBar.js';
import { NameCard } from './NameCard.js';
import { EmptyState, type RecentItem, type RestorableItem } from './EmptyState.js';
import { useSharedGlossary } from './useSharedGlossary.js';
import { useNameMemory } from './useNameMemory.js';
import { useSettledNames } from '../engine/useSettledNames.js';
import type { SettledMemory } from '../engine/settledNamesClient.js';
import { articleNameRecord, groupsWithin } from '../../src/names/name-memory.js';
import { filterCounts, ROW_FILTERS, type RowFilter } from '../review/rowFilter.js';
import RetranslateSegment from '../deepl/RetranslateSegment.js';
import { retranslationContext } from '../deepl/context.js';

// Panels other helpers write; shown when their files exist in this build.
const glossaryPanels = import.meta.glob<{ default: ComponentType<{ api: TadqiqApi; occurrenceCounts?: Record<string, number>; onChanged?: () => void; showDeskNames?: boolean; nameMemory?: SettledMemory | null; houseStyle?: HouseStyle }> }>(
  '../glossary/GlossaryPanel.tsx', { eager: true },
);
const settingsDialogs = import.meta.glob<{ default: ComponentType<{ api: TadqiqApi; onClose: () => void }> }>('../settings/SettingsDialog.tsx', { eager: true });
const GlossaryPanel = Object.values(glossaryPanels)[0]?.default ?? null;
const SettingsDialog = Object.values(settingsDialogs)[0]?.default ?? null;

interface AnalysisState {
  findings: Finding[];
  groups: NameGroup[];
  /** The edits the analysis was computed on: offsets are valid only while they are still current. */
  forEdits: Readonly<Record<string, string>>;
  namesAvailable: boolean;
  /** The engine's checks, for the findings panel's titles and order. */
  checks: CheckInfo[];
}

type Dialog = 'new' | 'export' | 'glossary' | 'settings' | 'shortcuts' | null;

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** What an editor is told after replacements: how many places in how many segments, and how to take them back. */
function replacedMessage(places: readonly { segment: string }[], detail: string): string {
  const segs = new Set(places.map((r) => r.segment)).size;
  return `Replaced ${places.length} ${places.length === 1 ? 'place' : 'places'} in ${segs} ${segs === 1 ? 'segment' : 'segments'}${detail}. Undo with ${isMac ? '⌘Z' : 'Ctrl+Z'}.`;
}

export function App() {
  const api = useMemo(() => getApiOrNull(), []);
  const engine = useMemo(() => new EngineClient(), []);
  useEffect(() => () => engine.dispose(), [engine]);

  const [review, setReview] = useState<Review | null>(null);
  const reviewOpen = useRef(false);
  reviewOpen.current = review !== null;
  const [session, setSession] = useState<EditSession | null>(null);
  const [analysis, setAnalysis] = useState<AnalysisState | null>(null);
  const [analysing, setAnalysing] = useState(false);
  const [options, setOptions] = useState<AnalyzeOptions>(defaultAnalyzeOptions);
  const { glossary, reload: loadGlossary } = useSharedGlossary(api, () => {
    // Called from a background look, after this render: review and say are current by then.
    if (reviewOpen.current) say('The glossary changed on disk (saved by another editor or window): the findings now follow it.');
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [newBusy, setNewBusy] = useState(false);
  const [newError, setNewError] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [showDiff, setShowDiff] = useState(true);
  const [rowFilter, setRowFilter] = useState<RowFilter>('all');
  const [flash, setFlash] = useState<string | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [activeOccurrence, setActiveOccurrence] = useState<Occurrence | null>(null);
  const [stopIndex, setStopIndex] = useState(-1);
  const [activeSegment, setActiveSegment] = useState<string | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [findQuery, setFindQuery] = useState('');
  const [findIndex, setFindIndex] = useState(0);
  const [replaceText, setReplaceText] = useState('');
  const [hover, setHover] = useState<MentionTarget | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [location, setLocation] = useState<ReviewLocation | null>(null);
  const [exportBusy, setExportBusy] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [zoom, setZoom] = useState(1);
  const [retranslatingId, setRetranslatingId] = useState<string | null>(null);
  /** A DeepL key is saved: only then does each row offer DeepL (an editor without DeepL sees no such buttons). */
  const [deeplKey, setDeeplKey] = useState(false);
  useEffect(() => {
    // CSS zoom (Chromium/Electron) scales the whole UI, px sizes included; row measuring follows it.
    document.documentElement.style.setProperty('zoom', String(zoom));
  }, [zoom]);

  const grid = useRef<ReviewGridHandle>(null);
  const mergeTyping = useRef(false);

  const segments = useMemo(() => review?.segments ?? [], [review?.segments]);
  const segmentIndex = useMemo(() => new Map(segments.map((s, i) => [s.id, i])), [segments]);
  const segmentById = useMemo(() => new Map(segments.map((s) => [s.id, s])), [segments]);
  const segmentNumber = useMemo(() => new Map(segments.map((s, i) => [s.id, i + 1])), [segments]);

  // ---- settings and glossary feed the analysis ----
  const loadSettings = useCallback(async () => {
    // Both asked at once: at start each answer is a round trip, and the house style decides the first check.
    const [status, s] = await Promise.allSettled([
      callIfAvailable<{ present: boolean }>(api, 'deepl.status', {}),
      callIfAvailable<Record<string, unknown>>(api, 'settings.get'),
    ]);
    setDeeplKey(status.status === 'fulfilled' && !!status.value?.present);
    // Defaults are fine until settings can be read.
    if (s.status !== 'fulfilled') return;
    const article = s.value?.houseStyleArticle ?? (s.value?.houseStyle as { article?: unknown } | undefined)?.article;
    // The same style again keeps the options object, so the article is not checked a second time for nothing.
    if (article === 'Al-' || article === 'al-' || article === 'as-is') setOptions((o) => (o.houseStyle.article === article ? o : { ...defaultAnalyzeOptions, houseStyle: { article } }));
  }, [api]);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);

  // What main had to tell the editor at start (e.g. a damaged settings file was kept aside and defaults used).
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    callIfAvailable<AppInfo>(api, 'app.info')
      .then((info) => {
        if (!info) return;
        setAppInfo(info);
        if (info.notices.length > 0) setError(info.notices.join(' '));
      })
      .catch(() => undefined);
  }, [api]);

  // ---- the names of reviews saved before: the worker checks this article against them ----
  const memory = useNameMemory(api, engine, review?.id ?? null, setError);
  // Every saved review's names, for the glossary panel's offer of the names the desk settled.
  const nameMemory = useMemo(() => ({ revision: memory.version, articles: memory.all }), [memory.version, memory.all]);
  // Worked out on the start screen too, where it says how many names wait for the glossary.
  const settled = useSettledNames(review ? null : nameMemory, glossary.terms, options.houseStyle);
  // The glossary opened from the start screen's hint unfolds the settled names.
  const [glossaryForNames, setGlossaryForNames] = useState(false);
  // A save teaches the memory the segments the editor vouched for (reviewed or exported); an export, all of them.
  const [toRemember, setToRemember] = useState<{ id: string; title: string; all: boolean } | null>(null);

  // ---- re-check whenever the English, the glossary or the options change ----
  // Decisions (ignore, preferred) do not change findings, so only segments, edits, glossary and options re-run the checks.
  const reviewSegments = review?.segments;
  useEffect(() => {
    if (!reviewSegments || !session) return;
    let live = true;
    const forEdits = session.edits;
    setAnalysing(true);
    engine
      .recheck(currentSegments(session, reviewSegments), glossary, options)
      .then((r) => {
        if (!live || !r) return;
        setAnalysis({ findings: r.findings, groups: r.groups, forEdits, namesAvailable: r.namesAvailable, checks: r.checks });
        setAnalysing(false);
      })
      .catch((err: unknown) => {
        if (live) {
          setError(messageOf(err));
          setAnalysing(false);
        }
      });
    return () => {
      live = false;
    };
  }, [engine, reviewSegments, session?.edits, glossary, options, memory.earlier]);

  const fresh = !!analysis && !!session && analysis.forEdits === session.edits;

  // After a save or an export, remember the names as they left: from the analysis of exactly that English, so wait for it.
  const rememberNames = memory.remember;
  useEffect(() => {
    if (!toRemember) return;
    // Another review opened before the analysis came: the saved one is remembered at its next save.
    if (!review || !session || review.id !== toRemember.id) return setToRemember(null);
    if (!fresh || !analysis) return;
    setToRemember(null);
    const vouched = toRemember.all ? null : vouchedSegments(review, (id) => currentTarget(session, id));
    // Nothing reviewed or exported yet: the machine translation is no spelling to learn, and what an earlier save
    // or export taught stays as it was.
    if (vouched && vouched.size === 0) return;
    const names = articleNameRecord({ id: '', title: '', recordedAt: '' }, vouched ? groupsWithin(analysis.groups, vouched) : analysis.groups).names;
    rememberNames(toRemember, names).catch((err: unknown) =>
      setError(`The names of this review could not be kept for checking later articles: ${messageOf(err)} The review itself is not affected.`),
    );
  }, [toRemember, fresh, analysis, review, session, rememberNames]);
  const ignored = useMemo(() => new Set(review?.decisions.ignored ?? []), [review?.decisions.ignored]);
  const findings = useMemo(() => analysis?.findings ?? [], [analysis]);
  const openFindings = useMemo(() => findings.filter((f) => !ignored.has(f.key)), [findings, ignored]);
  const stops = useMemo(() => findingStops(openFindings, segmentIndex), [openFindings, segmentIndex]);

  const textOf = useCallback((id: string) => (session ? currentTarget(session, id) : ''), [session]);
  const editedOf = useCallback((id: string) => (session ? isEdited(session, id) : false), [session]);
  const reviewedOf = useCallback((id: string) => (review && session ? isReviewed(review.decisions, id, currentTarget(session, id)) : false), [review, session]);
  const progress = useMemo(() => (review && session ? reviewProgress(review, (id) => currentTarget(session, id)) : { reviewed: 0, total: 0 }), [review, session]);

  /** A segment's text as the latest analysis saw it; highlights are drawn only where it still matches. */
  const analysedMatches = useCallback(
    (id: string) => {
      if (!analysis || !session) return false;
      const then = analysis.forEdits[id] ?? session.mt[id];
      return then === currentTarget(session, id);
    },
    [analysis, session],
  );

  const analysedTargetOf = useCallback(
    (id: string) => (analysis?.forEdits[id] ?? session?.mt[id] ?? ''),
    [analysis, session],
  );

  const mentionsBySegment = useMemo(() => {
    const map = new Map<string, RowMention[]>();
    for (const g of analysis?.groups ?? []) {
      const color = groupColor(g.key);
      const variant = g.forms.length > 1;
      g.mentions.forEach((m, index) => {
        if (!analysedMatches(m.segment)) return;
        const list = map.get(m.segment) ?? [];
        list.push({ start: m.start, end: m.end, groupKey: g.key, color, index, variant });
        map.set(m.segment, list);
      });
    }
    for (const list of map.values()) list.sort((a, b) => a.start - b.start);
    return map;
  }, [analysis, analysedMatches]);

  const findingCounts = useMemo(() => {
    const map = new Map<string, number>();
    for (const f of openFindings) for (const seg of new Set(f.occurrences.map((o) => o.segment))) map.set(seg, (map.get(seg) ?? 0) + 1);
    return map;
  }, [openFindings]);

  const rowCounts = useMemo(
    () => filterCounts(segments, { isReviewed: reviewedOf, isEdited: editedOf, findingCount: (id) => findingCounts.get(id) ?? 0 }),
    [segments, reviewedOf, editedOf, findingCounts],
  );

  const matches = useMemo(() => (findOpen && session ? findMatches(segments, textOf, findQuery) : []), [findOpen, session, segments, textOf, findQuery]);

  const { englishMarks, arabicMarks } = useMemo(() => {
    const en = new Map<string, Mark[]>();
    const ar = new Map<string, Mark[]>();
    const add = (map: Map<string, Mark[]>, seg: string, mark: Mark) => {
      const list = map.get(seg) ?? [];
      list.push(mark);
      map.set(seg, list);
    };
    matches.forEach((m, i) => add(m.side === 'source' ? ar : en, m.segment, { start: m.start, end: m.end, className: i === findIndex ? 'find-match find-current' : 'find-match' }));
    const active = openFindings.find((f) => f.key === activeKey);
    for (const o of active?.occurrences ?? []) {
      if (o.side === 'target' && !analysedMatches(o.segment)) continue;
      const current = activeOccurrence && o.segment === activeOccurrence.segment && o.start === activeOccurrence.start && o.side === activeOccurrence.side;
      add(o.side === 'source' ? ar : en, o.segment, { start: o.start, end: o.end, className: current ? 'occ-active occ-current' : 'occ-active' });
    }
    if (hover && analysis) {
      const g = analysis.groups.find((x) => x.key === hover.groupKey);
      g?.mentions.forEach((m, i) => {
        if (m.anchor) add(ar, m.anchor.segment ?? m.segment, { start: m.anchor.start, end: m.anchor.end, className: i === hover.mentionIndex ? 'anchor anchor-current' : 'anchor' });
      });
    }
    return { englishMarks: en, arabicMarks: ar };
  }, [matches, findIndex, openFindings, activeKey, activeOccurrence, hover, analysis, analysedMatches]);

  // ---- helpers ----
  const say = useCallback((text: string) => {
    setNotice('');
    requestAnimationFrame(() => setNotice(text));
  }, []);

  const flashSegment = useCallback((id: string) => {
    setFlash(null);
    requestAnimationFrame(() => setFlash(id));
    window.setTimeout(() => setFlash((f) => (f === id ? null : f)), 1400);
  }, []);

  const goToSegment = useCallback(
    async (id: string, focus: boolean) => {
      const index = segmentIndex.get(id);
      if (index === undefined) return;
      await grid.current?.scrollToIndex(index);
      flashSegment(id);
      setActiveSegment(id);
      if (focus) document.querySelector<HTMLElement>(`[data-segment-target="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
    },
    [segmentIndex, flashSegment],
  );

  const goToOccurrence = useCallback(
    (finding: Finding, o: Occurrence, focus: boolean) => {
      setActiveKey(finding.key);
      setActiveOccurrence(o);
      const i = stops.findIndex((s) => s.findingKey === finding.key && s.occurrence.segment === o.segment && s.occurrence.start === o.start && s.occurrence.side === o.side);
      setStopIndex(i);
      void goToSegment(o.segment, focus);
    },
    [stops, goToSegment],
  );

  const stepFinding = useCallback(
    (direction: 1 | -1) => {
      if (stops.length === 0) {
        say(findings.length === 0 ? 'No findings in this review.' : 'No open findings: everything is fixed or ignored.');
        return;
      }
      const from = activeSegment ? segmentIndex.get(activeSegment) : undefined;
      const i = stepStop(stops, stopIndex, direction, from);
      const stop = stops[i];
      if (!stop) return;
      const finding = openFindings.find((f) => f.key === stop.findingKey);
      if (!finding) return;
      goToOccurrence(finding, stop.occurrence, true);
      setStopIndex(i);
      say(`Finding ${i + 1} of ${stops.length}: ${finding.message}`);
    },
    [stops, stopIndex, activeSegment, segmentIndex, openFindings, goToOccurrence, say, findings.length],
  );

  const updateDecisions = useCallback((change: (d: Review['decisions']) => Review['decisions']) => {
    setReview((r) => (r ? { ...r, decisions: change(r.decisions) } : r));
    setDirty(true);
  }, []);

  // ---- opening and starting reviews ----
  const startReview = useCallback(
    (doc: Review, first?: { findings: Finding[]; groups: NameGroup[]; namesAvailable: boolean; checks: CheckInfo[] }) => {
      const s = createSession(doc.segments, doc.edits);
      setReview(doc);
      setSession(s);
      setAnalysis(first ? { ...first, forEdits: s.edits } : null);
      setEditingId(null);
      setActiveKey(null);
      setActiveOccurrence(null);
      setStopIndex(-1);
      setActiveSegment(null);
      setRetranslatingId(null);
      setHover(null);
      setError(null);
      setRowFilter('all');
    },
    [],
  );

  const onStartNew = useCallback(
    async (source: SideInput, target: SideInput, title: string) => {
      setNewBusy(true);
      setNewError(null);
      try {
        memory.prepareForNew();
        const r = await engine.create({ source, target, title: title || undefined, glossary, options });
        // A bilingual file may say which translations were already reviewed: those segments start marked.
        const carried = target.reviewedTargets ? marksFromReviewedTexts(r.review.segments, target.reviewedTargets) : {};
        const marked = Object.keys(carried).length;
        const doc = marked ? { ...r.review, decisions: { ...r.review.decisions, reviewed: carried } } : r.review;
        startReview(doc, r);
        setLocation(null);
        setDirty(true);
        // Close the New review dialog this started from; a pair opened at launch or by the system leaves alone
        // whatever the editor opened meanwhile (the glossary, settings).
        setDialog((d) => (d === 'new' ? null : d));
        say(`Review ready: ${doc.segments.length} segments, ${r.findings.length} findings.${marked ? ` ${marked} ${marked === 1 ? 'segment was' : 'segments were'} already reviewed in the file and ${marked === 1 ? 'is' : 'are'} marked so.` : ''}`);
      } catch (err) {
        setNewError(`The texts could not be aligned and checked: ${messageOf(err)}`);
      } finally {
        setNewBusy(false);
      }
    },
    [engine, glossary, options, startReview, say, memory.prepareForNew],
  );

  const confirmDiscard = useCallback(() => !dirty || !review || window.confirm('This review has unsaved changes. Discard them?'), [dirty, review]);

  const openReview = useCallback(async () => {
    if (!confirmDiscard()) return;
    try {
      const opened = await openReviewFile(api);
      if (!opened) return;
      startReview(opened.review);
      setLocation(opened.location);
      setDirty(false);
      say(`Opened “${opened.review.title}”.`);
    } catch (err) {
      setError(messageOf(err));
    }
  }, [api, confirmDiscard, startReview, say]);

  const currentDocument = useCallback((): Review | null => {
    if (!review || !session) return null;
    return { ...review, edits: { ...session.edits }, updatedAt: new Date().toISOString() };
  }, [review, session]);

  const save = useCallback(
    async (as: boolean) => {
      const doc = currentDocument();
      if (!doc) return;
      try {
        const outcome = await saveReviewFile(api, doc, location, as, (m) => window.confirm(m));
        if (outcome.kind === 'cancelled') return;
        setReview(doc);
        setDirty(false);
        setToRemember({ id: doc.id, title: doc.title, all: false });
        if (outcome.location) setLocation(outcome.location);
        say(outcome.kind === 'saved' ? `Saved to ${outcome.path}.` : `Saved as the download “${outcome.name}”.`);
      } catch (err) {
        setError(`The review was not saved: ${messageOf(err)} Your work is still open.`);
      }
    },
    [api, currentDocument, location, say],
  );

  const exportAs = useCallback(
    async (choice: ExportChoice, includeTargetOnly: boolean) => {
      const doc = currentDocument();
      if (!doc) return;
      setExportBusy(true);
      setExportError(null);
      try {
        const open = (analysis?.findings ?? []).filter((f) => !doc.decisions.ignored.includes(f.key));
        const outcome = await exportReview(api, doc, open, choice, includeTargetOnly);
        if (outcome.kind === 'cancelled') return;
        setDialog(null);
        // Exporting is publishing: the names as exported are the desk's spelling from now on, and the segments stay
        // vouched for (decisions.published) while they read as exported, for the next save to teach them again.
        setReview((r) => (r && r.id === doc.id ? { ...r, decisions: withPublished(r.decisions, r.segments, savedEnglish(doc)) } : r));
        setToRemember({ id: doc.id, title: doc.title, all: true });
        say(outcome.kind === 'saved' ? `Exported to ${outcome.path}.` : `Exported as the download “${outcome.name}”.`);
      } catch (err) {
        setExportError(`The export failed: ${messageOf(err)}`);
      } finally {
        setExportBusy(false);
      }
    },
    [api, currentDocument, analysis, say],
  );

  // Files handed to the app: at launch (`--open`, or ?open= from the web bridge), or later by the system (a
  // review double-clicked while Tadqiq is open, files dropped on its Dock icon). A saved review, or an article pair.
  const openPaths = useCallback(
    async (paths: readonly string[]) => {
      if (paths.length === 0 || !api) return;
      try {
        const reviewPath = paths.find(isReviewFileName);
        if (reviewPath) {
          const r = await openReviewAtPath(api, reviewPath);
          if (r) {
            startReview(r.review);
            setLocation(r.location);
            setDirty(false);
            say(`Opened “${r.review.title}”.`);
          }
          return;
        }
        const wrongCount = `Tadqiq opens a saved review (.tadqiq), a bilingual XLIFF, or an Arabic and an English file together; it was given ${paths.length} file${paths.length === 1 ? '' : 's'}. Use New review to pick the other side.`;
        if (paths.length > 2) return setError(wrongCount);
        const files = await Promise.all(paths.map((path) => callIfAvailable<{ name: string; path: string; bytesBase64: string }>(api, 'files.readPath', { path })));
        const read = await Promise.all(files.filter((f) => !!f).map((f) => importSide(base64ToBytes(f!.bytesBase64), f!.name)));
        // One bilingual file (XLIFF) is a whole review; otherwise exactly two files, the Arabic one being the source.
        const bilingual = read.length === 1 && read[0]!.kind === 'both' ? read[0] : null;
        if (bilingual?.kind === 'both') return void (await onStartNew(bilingual.source, bilingual.target, ''));
        const sides = read.flatMap((r) => (r.kind === 'one' ? [r.side] : []));
        if (sides.length !== 2) return setError(wrongCount);
        const arabicLetters = (t: string) => (t.match(/[\u0600-\u06FF]/g) ?? []).length;
        const [a, b] = sides as [SideInput, SideInput];
        const [source, target] = arabicLetters(a.text) >= arabicLetters(b.text) ? [a, b] : [b, a];
        await onStartNew(source, target, '');
      } catch (err) {
        setError(`${paths.map((p) => p.split(/[\\/]/).pop()).join(', ')} could not be opened: ${messageOf(err)}`);
      }
    },
    [api, startReview, onStartNew, say],
  );

  const openedAtStart = useRef(false);
  useEffect(() => {
    if (openedAtStart.current) return;
    openedAtStart.current = true;
    void openPaths(filesToOpenAtStart());
  }, [openPaths]);

  // The subscription outlives renders; the latest handler (and its view of unsaved changes) is read through a ref.
  const onFilesFromSystem = useRef<(paths: string[]) => void>(() => undefined);
  onFilesFromSystem.current = (paths) => {
    if (confirmDiscard()) void openPaths(paths);
  };
  useEffect(() => onOpenFiles((paths) => onFilesFromSystem.current(paths)), []);

  // ---- editing ----
  const onStartEdit = useCallback((id: string) => {
    mergeTyping.current = false;
    setEditingId(id);
    setActiveSegment(id);
  }, []);
  const onEdit = useCallback((id: string, text: string) => {
    setSession((s) => (s ? applyEdit(s, id, text, { merge: mergeTyping.current }) : s));
    mergeTyping.current = true;
    setDirty(true);
  }, []);
  const onStopEdit = useCallback((id: string, moveFocus: boolean) => {
    setEditingId((e) => (e === id ? null : e));
    mergeTyping.current = false;
    if (moveFocus) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-segment-target="${CSS.escape(id)}"]`)?.focus());
  }, []);

  const doUndo = useCallback(() => {
    if (!session || !canUndo(session)) return say('Nothing to undo.');
    const step = session.past[session.past.length - 1];
    mergeTyping.current = false;
    setSession(undo(session));
    setDirty(true);
    say(`Undone: ${step?.label ?? 'last change'}.`);
    const first = step?.changes[0]?.segment;
    if (first && !editingId) void goToSegment(first, false);
  }, [session, say, editingId, goToSegment]);

  const doRedo = useCallback(() => {
    if (!session || !canRedo(session)) return say('Nothing to redo.');
    const step = session.future[0];
    mergeTyping.current = false;
    setSession(redo(session));
    setDirty(true);
    say(`Redone: ${step?.label ?? 'change'}.`);
    const first = step?.changes[0]?.segment;
    if (first && !editingId) void goToSegment(first, false);
  }, [session, say, editingId, goToSegment]);

  // ---- DeepL for one segment: the new text is shown beside the old; choosing it is one undoable step ----
  const canRetranslate = hasChannel(api, 'deepl.retranslateSegment') && deeplKey;
  const onRetranslate = useCallback(
    (id: string) => {
      const s = segmentById.get(id);
      if (!s) return;
      if (s.source.trim() === '') return say(`Segment ${segmentNumber.get(id) ?? ''} has no Arabic behind it: there is nothing to translate.`);
      setEditingId((e) => (e === id ? null : e));
      setRetranslatingId(id);
    },
    [segmentById, segmentNumber, say],
  );
  const closeRetranslation = useCallback((id: string) => {
    setRetranslatingId((r) => (r === id ? null : r));
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-segment-target="${CSS.escape(id)}"]`)?.focus());
  }, []);
  const chooseRetranslation = useCallback(
    (id: string, text: string) => {
      const n = segmentNumber.get(id) ?? 0;
      mergeTyping.current = false;
      setSession((s) => (s ? applyEdit(s, id, text, { label: `retranslate segment ${n} with DeepL` }) : s));
      setDirty(true);
      closeRetranslation(id);
      say(`Segment ${n} now reads as DeepL translated it. Undo with ${isMac ? '⌘Z' : 'Ctrl+Z'}.`);
    },
    [segmentNumber, closeRetranslation, say],
  );
  const renderRetranslation = useCallback(
    (s: (typeof segments)[number], n: number) =>
      api ? (
        <RetranslateSegment
          key={s.id}
          api={api}
          number={n}
          source={s.source}
          context={retranslationContext(segments, segmentIndex.get(s.id) ?? -1)}
          current={session ? currentTarget(session, s.id) : s.target}
          onChoose={(text) => chooseRetranslation(s.id, text)}
          onClose={() => closeRetranslation(s.id)}
        />
      ) : null,
    [api, segments, segmentIndex, session, chooseRetranslation, closeRetranslation],
  );

  const onFixAll = useCallback(
    (finding: Finding, group: NameGroup | undefined, preferred: string) => {
      if (!session) return;
      if (!fresh) return say('Still checking your latest edit; try again in a moment.');
      const replacements = group
        ? replacementsForPreferred(group, preferred)
        : preferred
          ? replacementsFromOccurrences(finding, preferred)
          : finding.fix ?? [];
      if (replacements.length === 0) return say(`Every place already reads “${preferred}”.`);
      try {
        const next = applyFix(session, replacements, preferred ? `use “${preferred}” everywhere` : `fix “${finding.message}”`);
        setSession(next);
        setDirty(true);
        if (preferred) updateDecisions((d) => ({ ...d, preferred: { ...d.preferred, [finding.key]: preferred } }));
        say(replacedMessage(replacements, preferred ? ` with “${preferred}”` : ''));
      } catch (err) {
        setError(err instanceof InvalidFixError ? err.message : `The fix could not be applied: ${messageOf(err)}`);
      }
    },
    [session, fresh, say, updateDecisions],
  );

  const onToggleReviewed = useCallback(
    (id: string) => {
      if (!session) return;
      const text = currentTarget(session, id);
      updateDecisions((d) => withReviewed(d, id, text, !isReviewed(d, id, text)));
    },
    [session, updateDecisions],
  );

  const onIgnore = useCallback(
    (key: string) => {
      updateDecisions((d) => (d.ignored.includes(key) ? d : { ...d, ignored: [...d.ignored, key] }));
      if (activeKey === key) setActiveKey(null);
      say('Ignored for this review. Find it under “Ignored” to restore it.');
    },
    [updateDecisions, activeKey, say],
  );
  const onUnignore = useCallback((key: string) => updateDecisions((d) => ({ ...d, ignored: d.ignored.filter((k) => k !== key) })), [updateDecisions]);
  const onChoosePreferred = useCallback(
    (key: string, form: string) => updateDecisions((d) => ({ ...d, preferred: { ...d.preferred, [key]: form } })),
    [updateDecisions],
  );

  const onApprove = useCallback(
    async (finding: Finding, group: NameGroup | undefined, preferred: string, choice: RenderingChoice, variants: string[]) => {
      const source = choice.arabic;
      const others = formsForFinding(finding, group).map((f) => f.text).filter((t) => t !== preferred && !variants.includes(t));
      if (hasChannel(api, 'glossary.approveFromFinding')) {
        try {
          await callIfAvailable(api, 'glossary.approveFromFinding', { findingKey: finding.key, source, target: preferred, variants, forbidden: others, kind: choice.kind });
          await loadGlossary();
          say(`“${preferred}” is now the approved ${choice.noun} of ${source} in the glossary.`);
          updateDecisions((d) => d);
          return;
        } catch (err) {
          setError(`The glossary did not accept the approval: ${messageOf(err)}`);
          return;
        }
      }
      updateDecisions((d) => ({
        ...d,
        approvals: [...d.approvals.filter((a) => a.findingKey !== finding.key), { findingKey: finding.key, source, target: preferred, variants, forbidden: others, at: new Date().toISOString() }],
      }));
      say(`Approval of “${preferred}” kept in this review; it goes to the glossary when the glossary is available.`);
    },
    [api, loadGlossary, say, updateDecisions],
  );

  // ---- find ----
  const stepFind = useCallback(
    (direction: 1 | -1) => {
      if (matches.length === 0) return;
      const i = (findIndex + direction + matches.length) % matches.length;
      setFindIndex(i);
      const m = matches[i];
      if (m) void goToSegment(m.segment, false);
    },
    [matches, findIndex, goToSegment],
  );
  const replaceFound = useCallback(
    (all: boolean) => {
      if (!session) return;
      const current = matches[findIndex];
      const chosen = all ? matches.filter((m) => m.side === 'target') : current?.side === 'target' ? [current] : [];
      if (chosen.length === 0) return say(all ? 'No matches in the English to replace.' : 'This match is in the Arabic source, which is not edited.');
      const replacements = replacementsFor(chosen, textOf, replaceText);
      const what = `“${findQuery.trim()}” with “${replaceText}”`;
      try {
        setSession(applyFix(session, replacements, all ? `replace all ${what}` : `replace ${what}`));
        setDirty(true);
      } catch (err) {
        return setError(err instanceof InvalidFixError ? err.message : `The replacement could not be made: ${messageOf(err)}`);
      }
      if (all) {
        say(replacedMessage(chosen, ' of the English'));
      } else if (replaceText.toLocaleLowerCase().includes(findQuery.trim().toLocaleLowerCase())) {
        // The new text matches again where the old did: move past it, not onto it.
        setFindIndex((i) => i + 1);
      }
    },
    [session, matches, findIndex, textOf, replaceText, findQuery, say],
  );
  useEffect(() => setFindIndex(0), [findQuery]);
  // After a replacement the list is shorter: keep the index on a match.
  useEffect(() => {
    if (findIndex >= matches.length && matches.length > 0) setFindIndex(0);
  }, [findIndex, matches.length]);
  useEffect(() => {
    const m = matches[0];
    if (findOpen && findQuery && m) void grid.current?.scrollToIndex(m.segmentIndex);
  }, [findQuery]);

  // ---- commands: one table for the menu, the keyboard and the buttons ----
  const commands = useRef<Record<MenuCommand, () => void>>({} as Record<MenuCommand, () => void>);
  commands.current = {
    'review.new': () => {
      if (confirmDiscard()) {
        setNewError(null);
        setDialog('new');
      }
    },
    'review.open': () => void openReview(),
    'review.save': () => void save(false),
    'review.saveAs': () => void save(true),
    'review.export': () => {
      if (!review) return;
      setExportError(null);
      setDialog('export');
    },
    'edit.undo': doUndo,
    'edit.redo': doRedo,
    'edit.find': () => {
      if (!review) return;
      setFindOpen(true);
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('#find-input')?.select());
    },
    'finding.next': () => stepFinding(1),
    'finding.previous': () => stepFinding(-1),
    'segment.retranslate': () => {
      if (!review) return;
      if (!canRetranslate) return say('To retranslate a segment, add your DeepL API key in Settings.');
      const id = editingId ?? activeSegment;
      if (!id) return say('Click a segment first, then retranslate it with DeepL.');
      onRetranslate(id);
    },
    'segment.reviewed': () => {
      if (!review || !session || dialog) return;
      const id = editingId ?? activeSegment;
      if (!id) return say('Click a segment first, then mark it reviewed.');
      const text = currentTarget(session, id);
      const decisions = withReviewed(review.decisions, id, text, true);
      updateDecisions(() => decisions);
      const englishOf = (x: string) => currentTarget(session, x);
      const done = reviewProgress({ segments: review.segments, decisions }, englishOf);
      const next = nextUnreviewed({ segments: review.segments, decisions }, englishOf, id);
      const n = (segmentIndex.get(id) ?? 0) + 1;
      if (next) void goToSegment(next, true);
      say(`Segment ${n} reviewed; ${done.reviewed} of ${done.total} reviewed${next ? '' : ': every segment is reviewed'}.`);
    },
    'view.zoomIn': () => setZoom((z) => Math.min(2, Math.round((z + 0.1) * 10) / 10)),
    'view.zoomOut': () => setZoom((z) => Math.max(0.6, Math.round((z - 0.1) * 10) / 10)),
    'view.zoomReset': () => setZoom(1),
    'help.shortcuts': () => setDialog((d) => d ?? 'shortcuts'),
  };
  // Menu commands arrive from the Electron menu or, in a browser, from the transport's shortcut listener.
  const run = useCallback((name: MenuCommand) => commands.current[name](), []);

  useEffect(() => onMenuCommand(run), [run]);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty && review) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, review]);

  // Unsaved work is kept in the data folder a moment after each change, so a crash loses nothing.
  useEffect(() => {
    if (!dirty || !hasChannel(api, 'review.autosave')) return;
    const timer = window.setTimeout(() => {
      const doc = currentDocument();
      if (doc) void callIfAvailable(api, 'review.autosave', { review: doc, path: location?.path ?? null }).catch(() => undefined);
    }, 2000);
    return () => window.clearTimeout(timer);
  }, [api, dirty, currentDocument, location]);

  // Before any review is open, offer unsaved work from an earlier session.
  const [restorable, setRestorable] = useState<{ id: string; title: string; savedAt: string; path: string | null }[]>([]);
  const [recent, setRecent] = useState<RecentItem[]>([]);
  const loadStartLists = useCallback(() => {
    callIfAvailable<{ id: string; title: string; savedAt: string; path: string | null }[]>(api, 'review.listRestorable')
      .then((list) => setRestorable(list ?? []))
      .catch(() => setRestorable([]));
    callIfAvailable<RecentItem[]>(api, 'review.recent')
      .then((list) => setRecent(list ?? []))
      .catch(() => setRecent([]));
  }, [api]);
  useEffect(() => {
    if (!review) loadStartLists();
  }, [review, loadStartLists]);
  const discardRestorable = useCallback(
    async (item: RestorableItem) => {
      if (!window.confirm(`Throw away the unsaved work on “${item.title}”? This cannot be undone.`)) return;
      try {
        await callIfAvailable(api, 'review.discardRestorable', { id: item.id });
        say(`Discarded the unsaved work on “${item.title}”.`);
      } catch (err) {
        setError(messageOf(err));
      }
      loadStartLists();
    },
    [api, say, loadStartLists],
  );
  const restore = useCallback(
    async (id: string) => {
      try {
        const r = await callIfAvailable<{ review: Review; path: string | null }>(api, 'review.restore', { id });
        if (!r) return;
        startReview(r.review);
        setLocation({ path: r.path, stamp: null });
        setDirty(true);
        say(`Restored your unsaved work on “${r.review.title}”. Save it to keep it.`);
      } catch (err) {
        setError(messageOf(err));
      }
    },
    [api, startReview, say],
  );

  const hoverGroup = hover && analysis ? analysis.groups.find((g) => g.key === hover.groupKey) : undefined;
  const approvedKeys = useMemo(() => new Set(review?.decisions.approvals.map((a) => a.findingKey) ?? []), [review?.decisions.approvals]);
  const occurrenceCounts = useMemo(() => {
    const out: Record<string, number> = {};
    for (const g of analysis?.groups ?? []) if (g.arabic) out[g.arabic] = (out[g.arabic] ?? 0) + g.mentions.length;
    return out;
  }, [analysis]);
  const shortcut = (k: string) => (isMac ? `⌘${k}` : `Ctrl+${k}`);

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          Tadqiq <bdi lang="ar" dir="rtl">تدقيق</bdi>
        </h1>
        <nav className="toolbar" aria-label="Review">
          <button type="button" onClick={() => run('review.new')}>New review</button>
          <button type="button" onClick={() => run('review.open')} title={shortcut('O')}>Open…</button>
          <button type="button" onClick={() => run('review.save')} disabled={!review} title={shortcut('S')}>Save</button>
          <button type="button" onClick={() => run('review.export')} disabled={!review} title={shortcut('E')}>Export</button>
          <span className="separator" aria-hidden="true" />
          <button type="button" onClick={() => run('edit.undo')} disabled={!session || !canUndo(session)} title={`${shortcut('Z')}`}>Undo</button>
          <button type="button" onClick={() => run('edit.redo')} disabled={!session || !canRedo(session)} title={isMac ? '⇧⌘Z' : 'Ctrl+Y'}>Redo</button>
          <button type="button" onClick={() => run('edit.find')} disabled={!review} title={shortcut('F')}>Find</button>
          <label className="row-filter">
            <span className="visually-hidden">Show</span>
            <select value={rowFilter} title="Which segments to show" onChange={(e) => setRowFilter(e.target.value as RowFilter)} disabled={!review} data-testid="row-filter">
              {ROW_FILTERS.map((f) => (
                <option key={f.id} value={f.id}>{review ? `${f.label} (${rowCounts[f.id]})` : f.label}</option>
              ))}
            </select>
          </label>
          <label className="toggle">
            <input type="checkbox" checked={showDiff} onChange={(e) => setShowDiff(e.target.checked)} /> Show changes
          </label>
          <span className="separator" aria-hidden="true" />
          {GlossaryPanel && api ? (
            <button
              type="button"
              onClick={() => {
                setGlossaryForNames(false);
                setDialog('glossary');
              }}
            >
              Glossary
            </button>
          ) : null}
          {SettingsDialog && api ? <button type="button" onClick={() => setDialog('settings')}>Settings</button> : null}
          <button type="button" onClick={() => run('help.shortcuts')} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (F1)">?</button>
        </nav>
        {review ? (
          <p className="doc-title">
            <bdi>{review.title}</bdi>
            {dirty ? <span className="unsaved"> · unsaved changes</span> : null}
          </p>
        ) : null}
      </header>

      {error ? (
        <div className="error-banner" role="alert">
          <span>{error}</span>
          <button type="button" className="link" onClick={() => setError(null)}>Dismiss</button>
        </div>
      ) : null}

      {findOpen && review ? (
        <FindBar
          query={findQuery}
          count={matches.length}
          index={findIndex}
          currentInEnglish={matches[findIndex]?.side === 'target'}
          englishCount={matches.filter((m) => m.side === 'target').length}
          replacement={replaceText}
          onQuery={setFindQuery}
          onReplacement={setReplaceText}
          onReplace={replaceFound}
          onStep={stepFind}
          onClose={() => {
            setFindOpen(false);
            setFindQuery('');
          }}
        />
      ) : null}

      {review && session ? (
        <main className="workspace">
          <ReviewGrid
            ref={grid}
            segments={segments}
            filter={rowFilter}
            onShowAll={() => setRowFilter('all')}
            textOf={textOf}
            isEdited={editedOf}
            isReviewed={reviewedOf}
            onToggleReviewed={onToggleReviewed}
            editingId={editingId}
            showDiff={showDiff}
            mentionsBySegment={mentionsBySegment}
            englishMarks={englishMarks}
            arabicMarks={arabicMarks}
            findingCounts={findingCounts}
            flashId={flash}
            onStartEdit={onStartEdit}
            onEdit={onEdit}
            onStopEdit={onStopEdit}
            onMention={setHover}
            onActivate={setActiveSegment}
            {...(canRetranslate ? { onRetranslate, retranslatingId, renderRetranslation } : {})}
          />
          <div className="side">
            <div className="finding-nav">
              <button type="button" onClick={() => run('finding.previous')} title="Shift+F8">◂ Previous</button>
              <span className="stop-position" aria-live="off">
                {stops.length === 0 ? 'No open findings' : stopIndex >= 0 ? `Place ${stopIndex + 1} of ${stops.length}` : `${stops.length} places · F8`}
              </span>
              <button type="button" onClick={() => run('finding.next')} title="F8">Next ▸</button>
            </div>
            <FindingsPanel
              findings={findings}
              groups={analysis?.groups ?? []}
              checks={analysis?.checks ?? []}
              ignored={ignored}
              preferred={review.decisions.preferred}
              approvedKeys={approvedKeys}
              segmentNumber={segmentNumber}
              segments={segmentById}
              targetOf={analysedTargetOf}
              activeKey={activeKey}
              busy={!fresh}
              analysing={analysing || !analysis}
              onOccurrence={(f, o) => goToOccurrence(f, o, false)}
              onChoosePreferred={onChoosePreferred}
              onFixAll={onFixAll}
              onIgnore={onIgnore}
              onUnignore={onUnignore}
              onApprove={(f, g, p, c, v) => void onApprove(f, g, p, c, v)}
            />
          </div>
        </main>
      ) : (
        <EmptyState
          onNew={() => run('review.new')}
          onOpen={() => run('review.open')}
          isMac={isMac}
          restorable={restorable}
          onRestore={(id) => void restore(id)}
          onDiscard={(item) => void discardRestorable(item)}
          recent={recent}
          onOpenRecent={(path) => void openPaths([path])}
          settledNames={GlossaryPanel && api ? settled.candidates.length : 0}
          onOpenGlossary={() => {
            setGlossaryForNames(true);
            setDialog('glossary');
          }}
        />
      )}

      {hover && hoverGroup ? <NameCard group={hoverGroup} anchorElement={hover.element} mentionIndex={hover.mentionIndex} /> : null}

      <footer className="statusbar">
        <p className="status" role="status" aria-live="polite" data-testid="status">{notice}</p>
        {review && progress.total > 0 ? (
          <p className="progress" data-testid="review-progress" title={`Mark a segment reviewed with its ✓ or ${acceleratorLabel(menuAccelerators['segment.reviewed'], isMac)}`}>
            {progress.reviewed} of {progress.total} segments reviewed
          </p>
        ) : null}
      </footer>

      {dialog === 'new' ? <NewReviewDialog api={api} busy={newBusy} error={newError} onCancel={() => setDialog(null)} onStart={(s, t, title) => void onStartNew(s, t, title)} /> : null}
      {dialog === 'export' ? (
        <ExportDialog busy={exportBusy} error={exportError} onCancel={() => setDialog(null)} onExport={(c, t) => void exportAs(c, t)} />
      ) : null}
      {dialog === 'glossary' && GlossaryPanel && api ? (
        <Modal title="Glossary" onClose={() => setDialog(null)} className="glossary-modal">
          <GlossaryPanel api={api} occurrenceCounts={occurrenceCounts} onChanged={() => void loadGlossary()} showDeskNames={glossaryForNames} nameMemory={nameMemory} houseStyle={options.houseStyle} />
          <div className="dialog-actions">
            <button type="button" onClick={() => setDialog(null)}>Close</button>
          </div>
        </Modal>
      ) : null}
      {dialog === 'shortcuts' ? <ShortcutsDialog mac={isMac} inBrowser={transport() === 'web'} version={appInfo?.version ?? null} onClose={() => setDialog(null)} /> : null}
      {dialog === 'settings' && SettingsDialog && api ? (
        <SettingsDialog
          api={api}
          onClose={() => {
            setDialog(null);
            void loadSettings();
            // The glossary file may have changed, and the names of earlier reviews with it (they are kept beside it).
            void loadGlossary();
            void memory.reload();
          }}
        />
      ) : null}
    </div>
  );
}


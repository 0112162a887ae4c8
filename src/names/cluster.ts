/**
 * Grouping English spellings into names without the source. Spellings are compared only inside
 * blocks that share their first coarse consonants (so the cost grows with the number of spellings,
 * not its square), linked when their Arabic-aware distance is small, and a link that would join two
 * groups is refused when the groups as a whole are too far apart (so Hamid—Hamed—Hamad cannot chain
 * Hamid into Hamad).
 */
import { blockingKeys, codeDistance, foldSpelling, soundUnits, unitCodes, type DistanceWeights, defaultWeights, type Unit } from './spelling.js';
import { splitArticle, withoutInnerArticle } from './article.js';
import { arabicSkeleton, vowelClassSkeleton } from './skeleton.js';
import { cognatePair, romanizes } from './cognate-pairs.js';
import { isPlace } from './place-names.js';
import { consonantShape, partedCores } from './parted.js';
import { listedIn } from './cognates.js';
import { writtenOut } from './abbreviations.js';
import { pairFeatures, rescueReach, ruleScore, scoreRange, shippedPairModel, type PairModel, type PairSignals } from './pair-model.js';

export interface ClusterOptions {
  /** Largest distance at which two spellings are one name, for a short name (≤ 4 units). */
  threshold: number;
  /** Extra distance allowed per unit beyond `longFrom`, for long names. */
  perUnit: number;
  /** Names longer than this many sound units get `perUnit` more per unit. */
  longFrom: number;
  /** Largest average distance between two groups that may merge. */
  groupThreshold: number;
  /** How far beyond the pair threshold any two members of a merged group may be. */
  spread: number;
  /**
   * Names of at most this many sound units that differ in vowel quality (a/i, a/u, i/u) by at least
   * `contrastVeto` of their distance are different names, whatever the threshold: Hamid/Hamad, Hassan/Hussein.
   */
  shortUnits: number;
  contrastVeto: number;
  /**
   * Largest distance for two spellings with one Arabic consonant skeleton (see skeleton.ts) and no
   * vowel contrast (their distance drops by less than `skeletonContrast` when vowel contrasts are softened).
   */
  skeletonThreshold: number;
  skeletonContrast: number;
  /**
   * With one Arabic skeleton, the vowel contrast a short name may show within the pair threshold before it
   * is vetoed (instead of `contrastVeto`): one a/o or a/u slip between the same consonants is a spelling
   * (Obaid/Abeid, Massad/Mosaad, Zahra/Zohra), a full a/i contrast still is not (Hamid/Hamad).
   */
  skeletonVeto: number;
  /** The learned second opinion (pair-model.ts); null for the hand rules alone. */
  model: PairModel | null;
  weights: DistanceWeights;
}

export const defaultClusterOptions: ClusterOptions = { threshold: 1.2, perUnit: 0.2, longFrom: 5, groupThreshold: 0.75, spread: 0, shortUnits: 5, contrastVeto: 0.6, skeletonThreshold: 2, skeletonContrast: 0.15, skeletonVeto: 0.63, model: shippedPairModel, weights: defaultWeights };

/** The key a spelling is compared by: lower-case core without the article, a short form written out (Mohd). */
export function comparableCore(spelling: string): string {
  return writtenOut(withoutInnerArticle(splitArticle(spelling.trim()).core.toLowerCase()));
}

const softCache = new WeakMap<DistanceWeights, DistanceWeights>();
/** The weights with vowel contrasts softened: the distance they lose is the pair's vowel contrast. */
export function soft(w: DistanceWeights): DistanceWeights {
  let s = softCache.get(w);
  if (!s) softCache.set(w, (s = { ...w, vowelContrast: 0.25 }));
  return s;
}

/** What the pair decision reads of one spelling, computed once per spelling. */
export interface Compared {
  units: readonly Unit[];
  codes: Uint8Array;
  /** arabicSkeleton of the units. */
  skeleton: string;
  /** vowelClassSkeleton of the units. */
  vowelClasses: string;
  /** consonantShape of the units (parted.ts). */
  consonants: readonly Unit[];
  vowels: string;
  strongConsonants: number;
}

export function compared(units: readonly Unit[]): Compared {
  return { units, codes: unitCodes(units), skeleton: arabicSkeleton(units), vowelClasses: vowelClassSkeleton(units), ...consonantShape(units) };
}

const hardCache = new WeakMap<DistanceWeights, readonly [DistanceWeights, DistanceWeights]>();
/** The weights with unrelated consonant substitutions, then insertions, made prohibitive: does the cheapest alignment need one? */
function hard(w: DistanceWeights): readonly [DistanceWeights, DistanceWeights] {
  let h = hardCache.get(w);
  if (!h) hardCache.set(w, (h = [{ ...w, consonantSub: 3 }, { ...w, consonantIndel: 3 }]));
  return h;
}

/** The model's signals for a pair at distance d with the given contrast (see pair-model.ts). */
export function pairSignals(x: Compared, y: Compared, d: number, contrast: number, w: DistanceWeights, alignment = true): PairSignals {
  const s: PairSignals = {
    distance: d,
    contrast,
    unrelatedSub: false,
    unrelatedIndel: false,
    sameSkeleton: x.skeleton === y.skeleton,
    sameVowelClasses: x.vowelClasses === y.vowelClasses,
    lengthA: x.units.length,
    lengthB: y.units.length,
    lastA: x.units[x.units.length - 1],
    lastB: y.units[y.units.length - 1],
  };
  return alignment ? withAlignment(s, x, y, w) : s;
}

/** The signals with the two alignment ones measured: does the cheapest alignment need an unrelated consonant? */
function withAlignment(s: PairSignals, x: Compared, y: Compared, w: DistanceWeights): PairSignals {
  const [sub, indel] = hard(w);
  const d = s.distance;
  return { ...s, unrelatedSub: codeDistance(x.codes, y.codes, sub, d + 0.01) > d + 0.01, unrelatedIndel: codeDistance(x.codes, y.codes, indel, d + 0.01) > d + 0.01 };
}

/**
 * The pair decision on sound codes: within the threshold, and not a short name's vowel contrast; or,
 * for two spellings with one Arabic skeleton, within the skeleton threshold with no vowel contrast at
 * all. Then, with a model in the options, the learned rescue and veto of pair-model.ts. Returns the
 * distance of a pair judged one name, null otherwise.
 */
export function closeEnough(x: Compared, y: Compared, o: ClusterOptions): number | null {
  const limit = pairThreshold(x.units, y.units, o);
  const sameSkeleton = x.skeleton === y.skeleton;
  const ruleMax = sameSkeleton ? Math.max(o.skeletonThreshold, limit) : limit;
  const model = o.model;
  const reach = model ? rescueReach(model, pairFeatures(pairSignals(x, y, 0, 0, o.weights, false)), (x.units.length + y.units.length) / 2) : 0;
  const max = Math.max(ruleMax, reach);
  const d = codeDistance(x.codes, y.codes, o.weights, max);
  if (d > max) return null;
  let contrast = -1;
  const contrastOf = (): number => (contrast >= 0 ? contrast : (contrast = Math.max(0, d - codeDistance(x.codes, y.codes, soft(o.weights)))));
  let joined: boolean;
  if (d > ruleMax) joined = false;
  else if (d <= limit && Math.min(x.units.length, y.units.length) > o.shortUnits) joined = true;
  else if (d > limit) joined = contrastOf() < o.skeletonContrast;
  else joined = contrastOf() < (sameSkeleton ? o.skeletonVeto : o.contrastVeto);
  if (!model) return joined ? d : null;
  if (!joined && (d > reach || !rescuable(x, y))) return null;
  const rule = joined ? model.veto : model.rescue;
  // The contrast and the two alignment signals cost a distance each: first try whether their range settles it.
  const known = contrast >= 0;
  const bare = pairFeatures(pairSignals(x, y, d, 0, o.weights, false));
  const settled = (lowContrast: number, highContrast: number): boolean | null => {
    const [low, high] = scoreRange(rule, bare, lowContrast, highContrast);
    return low > rule.threshold ? true : high <= rule.threshold ? false : null;
  };
  let fires = known ? settled(contrast, contrast) : settled(0, joined ? d : model.rescueContrast);
  if (fires === null) {
    // Vowel contrasts are the rules' call: the rescue never sees them.
    if (!joined && contrastOf() >= model.rescueContrast) return null;
    fires = settled(contrastOf(), contrastOf()) ?? ruleScore(rule, pairFeatures(pairSignals(x, y, d, contrastOf(), o.weights))) > rule.threshold;
  }
  if (fires && !joined && contrastOf() >= model.rescueContrast) return null;
  return fires ? d : null;
}

/**
 * Whether the learned rescue may look at a pair the rules left apart: only when both begin with one Arabic
 * consonant (skeleton.ts) and write as many consonants besides h, w and y. Spellings of one name begin alike;
 * two long words that share their middle do not make one name (University/Riverside), however much the
 * model trusts long words; a consonant more is a letter more in Arabic (Kamara/Kara, Yacine/Yasmin, Ri/York);
 * and a word without a vowel is an initial or an abbreviation (J, Jr, Mohd), not a spelling to rescue.
 */
export function rescuable(x: Compared, y: Compared): boolean {
  return x.skeleton[0] === y.skeleton[0] && x.strongConsonants === y.strongConsonants && x.vowels !== '' && y.vowels !== '';
}

export function pairThreshold(a: readonly Unit[], b: readonly Unit[], o: ClusterOptions): number {
  const len = Math.min(a.length, b.length);
  return o.threshold + Math.max(0, len - o.longFrom) * o.perUnit;
}

/** True when two spellings are judged to write one Arabic name. */
interface Spelled extends Compared {
  core: string;
  /** The core folded to ASCII (foldSpelling), as the cognate and place tables are keyed. */
  folded: string;
  /** A one-word country or capital name (place-names.ts): never a spelling of another one. */
  place: boolean;
  /** The cognate groups this spelling is a listed form of (cognates.ts listedIn). */
  listed: readonly number[];
}

/** A spelling's comparable core, sound units and codes, computed once per spelling. */
const spelledCache = new Map<string, Spelled>();
function spelled(spelling: string): Spelled {
  let x = spelledCache.get(spelling);
  if (!x) {
    if (spelledCache.size > 50_000) spelledCache.clear();
    const core = comparableCore(spelling);
    const folded = foldSpelling(core);
    const units = soundUnits(core);
    x = { core, folded, place: isPlace(folded), listed: listedIn(folded, units), ...compared(units) };
    spelledCache.set(spelling, x);
  }
  return x;
}

/** partedCores for two spellings as written. */
export function partedByRule(a: string, b: string): boolean {
  return partedCores(spelled(a), spelled(b));
}

/**
 * Two spellings of one name by their sounds alone, without the cognate and exonym tables: Kadhimi and Kazemi,
 * but not Greece and Yunnan (اليونان is listed as Greece, and Yunnan romanizes it). For evidence from other
 * articles, where one Arabic word may be another place or person, a listed equivalence is no spelling.
 */
export function sameSpelledName(a: string, b: string, o: ClusterOptions = defaultClusterOptions): boolean {
  const x = spelled(a);
  const y = spelled(b);
  return !partedCores(x, y) && closeEnough(x, y, o) !== null;
}

export function sameName(a: string, b: string, o: ClusterOptions = defaultClusterOptions): boolean {
  const x = spelled(a);
  const y = spelled(b);
  if (partedCores(x, y)) return false;
  return closeEnough(x, y, o) !== null || cognatePair(x.folded, y.folded);
}

/** At most 6 members, spread over the group (its earliest members are its core). */
function sample(g: readonly number[]): readonly number[] {
  if (g.length <= 6) return g;
  const out: number[] = [];
  for (let k = 0; k < 6; k++) out.push(g[Math.floor((k * g.length) / 6)]!);
  return out;
}

interface Item extends Compared {
  /** The comparable core (comparableCore): partedCores reads it as `core`. */
  key: string;
  core: string;
  folded: string;
  place: boolean;
  /** The cognate groups this spelling is a listed form of (cognates.ts listedIn). */
  listed: readonly number[];
  blocks: string[];
  /** Sound units joined: the order of a large block's sorted neighbourhood. */
  sortKey: string;
}

function makeItem(key: string): Item {
  const units = soundUnits(key);
  const c = compared(units);
  // Consonants first, so spellings that differ only in vowels sort next to each other.
  const sortKey = `${c.consonants.join('')}|${units.join('')}`;
  const folded = foldSpelling(key);
  return { key, core: key, folded, place: isPlace(folded), listed: listedIn(folded, units), ...c, blocks: blockingKeys(units, 3), sortKey };
}

/**
 * Largest block compared all-pairs. A bigger block (a short, common consonant key shared by thousands
 * of spellings) is sorted by its spellings' sound units and each spelling is compared only with the
 * BLOCK_CAP spellings after it: the sorted-neighbourhood method, so the number of compared pairs grows
 * linearly with the number of spellings instead of quadratically.
 */
export const BLOCK_CAP = 16;

/** Candidate pairs from blocking, each pair once per way it is found (see BLOCK_CAP). */
function candidatePairs(items: readonly Item[], visit: (i: number, j: number) => void): void {
  const blocks = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const k of it.blocks) {
      let b = blocks.get(k);
      if (!b) blocks.set(k, (b = []));
      b.push(i);
    }
  });
  const small = (k: string): boolean => blocks.get(k)!.length <= BLOCK_CAP;
  // The first block of each item's keys that is compared all-pairs: a pair is visited there only.
  const firstSmall = (i: number, j: number): string | undefined => {
    const kj = items[j]!.blocks;
    return items[i]!.blocks.find((k) => small(k) && kj.includes(k));
  };
  for (const [key, b] of blocks) {
    if (b.length <= BLOCK_CAP) {
      for (let x = 0; x < b.length; x++) {
        const i = b[x]!;
        const several = items[i]!.blocks.length > 1;
        for (let y = x + 1; y < b.length; y++) {
          const j = b[y]!;
          if (several && items[j]!.blocks.length > 1 && firstSmall(i, j) !== key) continue;
          visit(i, j);
        }
      }
      continue;
    }
    const sorted = [...b].sort((i, j) => (items[i]!.sortKey < items[j]!.sortKey ? -1 : items[i]!.sortKey > items[j]!.sortKey ? 1 : i - j));
    for (let x = 0; x < sorted.length; x++) {
      const i = sorted[x]!;
      const end = Math.min(sorted.length, x + 1 + BLOCK_CAP);
      for (let y = x + 1; y < end; y++) {
        const j = sorted[y]!;
        // Pairs that also share a small block are compared there.
        if (items[i]!.blocks.length > 1 && items[j]!.blocks.length > 1 && firstSmall(i, j) !== undefined) continue;
        visit(i < j ? i : j, i < j ? j : i);
      }
    }
  }
}

/** How many pairs blocking leaves to compare among these spellings (for the benchmark's growth figure). */
export function candidatePairCount(spellings: readonly string[]): number {
  const items = [...new Set(spellings.map(comparableCore))].map(makeItem);
  let n = 0;
  candidatePairs(items, () => void n++);
  return n;
}

/**
 * Cluster distinct items by linking close pairs, closest first, with a group-level check against chaining.
 * Returns a group id per item.
 */
function clusterItems(items: readonly Item[], o: ClusterOptions, allPairs: boolean): number[] {
  const n = items.length;
  const pairs: Array<[number, number, number]> = [];
  const consider = (i: number, j: number): void => {
    const a = items[i]!.units;
    const b = items[j]!.units;
    // Lengths far apart cannot be within the threshold: skip the DP.
    if (Math.abs(a.length - b.length) > 4) return;
    if (partedCores(items[i]!, items[j]!)) return;
    const d = closeEnough(items[i]!, items[j]!, o);
    if (d !== null) pairs.push([i, j, d]);
  };
  if (allPairs) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) consider(i, j);
  } else {
    candidatePairs(items, consider);
  }
  pairs.sort((p, q) => p[2] - q[2] || p[0] - q[0] || p[1] - q[1]);
  const parent = Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // Not cached: a merge compares at most 6×6 members, and a cache keyed by pair costs more than it saves at 100k spellings.
  const dist = (i: number, j: number): number => codeDistance(items[i]!.codes, items[j]!.codes, o.weights);
  const vetoed = (i: number, j: number): boolean => {
    const a = items[i]!;
    const b = items[j]!;
    const veto = a.skeleton === b.skeleton ? o.skeletonVeto : o.contrastVeto;
    return Math.min(a.units.length, b.units.length) <= o.shortUnits && dist(i, j) - codeDistance(a.codes, b.codes, soft(o.weights)) >= veto;
  };
  for (const [i, j] of pairs) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const gi = members[ri]!;
    const gj = members[rj]!;
    if (gi.length > 1 || gj.length > 1) {
      // Average distance between the two groups: a chain of near neighbours must not join far ends.
      let sum = 0;
      let count = 0;
      let tooFar = false;
      // Compare a bounded sample of each group so big groups stay cheap.
      const sj = sample(gj);
      outer: for (const x of sample(gi)) {
        for (const y of sj) {
          const d = dist(x, y);
          sum += d;
          count++;
          if (d > pairThreshold(items[x]!.units, items[y]!.units, o) + o.spread || vetoed(x, y)) {
            // One member pair too far refuses the merge: the rest need not be measured.
            tooFar = true;
            break outer;
          }
        }
      }
      if (tooFar || sum / count > o.groupThreshold) continue;
    }
    const [big, small] = gi.length >= gj.length ? [ri, rj] : [rj, ri];
    parent[small] = big;
    members[big]!.push(...members[small]!);
    members[small] = [];
  }
  return items.map((_, i) => find(i));
}

/**
 * Joins the group of a biblical or Hebrew form (Moses) with the groups of the spellings that romanize
 * its Arabic (Musa, Moussa): no distance links them, so blocking never compares them. Only the few
 * listed forms present are compared with every other spelling.
 */
function joinCognates(items: readonly Item[], root: number[]): number[] {
  // Listed forms present, by group: usually none, at most a few dozen distinct ones.
  const byGroup = new Map<number, number[]>();
  items.forEach(({ listed }, i) => {
    for (const g of listed) byGroup.set(g, [...(byGroup.get(g) ?? []), i]);
  });
  if (byGroup.size === 0) return root;
  const parent = new Map<number, number>();
  const find = (r: number): number => {
    let p = parent.get(r) ?? r;
    while (p !== r) {
      r = p;
      p = parent.get(r) ?? r;
    }
    return r;
  };
  const join = (i: number, j: number): void => {
    const a = find(root[i]!);
    const b = find(root[j]!);
    if (a !== b) parent.set(b, a);
  };
  for (const [group, listed] of byGroup) {
    const first = listed[0]!;
    for (const i of listed) join(first, i);
    // A romanization of the group's Arabic that is not itself a listed form (two listed forms meet only in one group).
    items.forEach(({ folded: f, listed }, j) => {
      if (listed.length === 0 && romanizes(f, group)) join(first, j);
    });
  }
  return root.map((r) => find(r));
}

/**
 * Groups of spellings that write one name. Every input appears in exactly one group, in input
 * order inside a group; groups are ordered by their first member's position.
 */
export function clusterSpellings(spellings: readonly string[], options: Partial<ClusterOptions> = {}, allPairs = false): string[][] {
  const o = { ...defaultClusterOptions, ...options };
  const byKey = new Map<string, number>();
  const items: Item[] = [];
  const itemOf: number[] = [];
  for (const s of spellings) {
    const key = comparableCore(s);
    let idx = byKey.get(key);
    if (idx === undefined) {
      idx = items.length;
      byKey.set(key, idx);
      items.push(makeItem(key));
    }
    itemOf.push(idx);
  }
  const root = joinCognates(items, clusterItems(items, o, allPairs));
  const groups = new Map<number, string[]>();
  spellings.forEach((s, k) => {
    const r = root[itemOf[k]!]!;
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(s);
  });
  return [...groups.values()];
}

/**
 * A second opinion on the hand rules of cluster.ts, learned from data: two small logistic models over
 * signals the rules already compute. The rescue model may join a pair the rules left apart when the
 * pair has no vowel contrast and writes the same consonants' count from the same first one (cluster.ts
 * rescuable: Johanna/Joana, Coelho/Cuello, spellings the single threshold misses);
 * the veto model may part a pair the rules joined when its signals look like two names (Basem/Bassel:
 * one unrelated consonant). Vowel contrasts stay the rules' call, so the traps (Hamid/Hamad,
 * Hassan/Hussein) cannot be learned away.
 */
import type { Unit } from './spelling.js';

/** What the two models see of a pair: all from the sound units and the distances cluster.ts computes. */
export interface PairSignals {
  /** Weighted edit distance (spelling.ts codeDistance). */
  distance: number;
  /** How much of the distance is vowel-quality contrast (distance minus the distance with contrasts softened). */
  contrast: number;
  /** The cheapest alignment substitutes a consonant for an unrelated one (Basem/Bassel). */
  unrelatedSub: boolean;
  /** The cheapest alignment inserts or deletes a consonant other than h, w, y. */
  unrelatedIndel: boolean;
  /** One Arabic consonant skeleton (skeleton.ts arabicSkeleton). */
  sameSkeleton: boolean;
  /** One vowel-class skeleton (skeleton.ts vowelClassSkeleton). */
  sameVowelClasses: boolean;
  lengthA: number;
  lengthB: number;
  lastA: Unit | undefined;
  lastB: Unit | undefined;
}

/** Feature names in the order of a model's weights (after the bias). */
export const PAIR_FEATURES = ['distance', 'distance per unit', 'contrast', 'unrelated consonant', 'inserted consonant', 'same skeleton',
  'shorter length', 'length gap', 'same last sound', 'same vowel classes', 'very short'] as const;

export function pairFeatures(s: PairSignals): number[] {
  const short = Math.min(s.lengthA, s.lengthB);
  const d = Math.min(s.distance, 9);
  return [
    d,
    d / Math.max(1, (s.lengthA + s.lengthB) / 2),
    s.contrast,
    s.unrelatedSub ? 1 : 0,
    s.unrelatedIndel ? 1 : 0,
    s.sameSkeleton ? 1 : 0,
    Math.min(short, 8),
    Math.abs(s.lengthA - s.lengthB),
    s.lastA === s.lastB ? 1 : 0,
    s.sameVowelClasses ? 1 : 0,
    short <= 3 ? 1 : 0,
  ];
}

/** Positions in pairFeatures of the three signals that cost a distance each to measure. */
const CONTRAST = 2;
const UNRELATED_SUB = 3;
const UNRELATED_INDEL = 4;

/**
 * The lowest and highest score a rule can give a pair whose other features are known, over a contrast
 * range and both values of each alignment signal (the score is linear in each), so most pairs are
 * decided without measuring them. `features` must hold contrast 0 and both alignment signals false.
 */
export function scoreRange(rule: LogisticRule, features: readonly number[], lowContrast: number, highContrast: number): readonly [number, number] {
  const base = ruleScore(rule, features);
  const w = rule.weights;
  const c = w[CONTRAST + 1]!;
  const s = w[UNRELATED_SUB + 1]!;
  const i = w[UNRELATED_INDEL + 1]!;
  const low = base + Math.min(c * lowContrast, c * highContrast) + Math.min(0, s) + Math.min(0, i);
  const high = base + Math.max(c * lowContrast, c * highContrast) + Math.max(0, s) + Math.max(0, i);
  return [low, high];
}

/**
 * The largest distance at which the rescue could still fire for a pair, from its features at distance 0
 * (the score is linear in the distance given the lengths): lets the caller stop the distance early.
 */
export function rescueReach(model: PairModel, featuresAtZero: readonly number[], meanLength: number): number {
  const w = model.rescue.weights;
  const slope = w[1]! + w[2]! / Math.max(1, meanLength);
  if (slope >= 0) return model.rescueDistance;
  const [, high] = scoreRange(model.rescue, featuresAtZero, 0, model.rescueContrast);
  return Math.min(model.rescueDistance, (high - model.rescue.threshold) / -slope);
}

export interface LogisticRule {
  /** Bias first, then one weight per PAIR_FEATURES entry. */
  weights: readonly number[];
  /** The rule fires when the weighted sum exceeds this. */
  threshold: number;
}

export interface PairModel {
  /** Joins a pair the rules left apart; only for pairs within `rescueDistance` whose contrast is below `rescueContrast`. */
  rescue: LogisticRule;
  rescueDistance: number;
  rescueContrast: number;
  /** Parts a pair the rules joined: fires when the pair's same-name score is at or below the threshold. */
  veto: LogisticRule;
}

export function ruleScore(rule: LogisticRule, features: readonly number[]): number {
  let s = rule.weights[0]!;
  for (let k = 0; k < features.length; k++) s += rule.weights[k + 1]! * features[k]!;
  return s;
}

/**
 * Fitted by bench/names-fit.ts on the data set's dev rows only (Newton's method on the logistic loss
 * with a small L2 penalty; rescue on the dev pairs the rules left apart, veto on those they joined),
 * thresholds chosen for the best dev F1 (all rows plus Arabic-origin rows) at dev precision ≥ 97.5,
 * refusing any threshold that joins a trap (Hamid/Hamad, Hassan/Hussein, Khamenei/Khomeini ...) or
 * parts a pair the unit tests require to meet. Re-run with `npm run bench -- names <path>`.
 */
export const shippedPairModel: PairModel = {
  // bias, distance, per unit, contrast, unrelated consonant, inserted consonant, same skeleton, shorter length, length gap, same last, same vowel classes, very short
  rescue: { weights: [10.02, -2.1, 7.37, -0.02, -8.54, -4.93, 0, -2.72, 0.27, 4.29, 0, -4.33], threshold: -1 },
  rescueDistance: 3,
  rescueContrast: 0.16,
  veto: { weights: [-0.77, -3.15, 1.49, 1.18, -3.43, -0.47, 1.03, 1.25, 0.51, -0.01, 1.58, 1.09], threshold: -1.2 },
};

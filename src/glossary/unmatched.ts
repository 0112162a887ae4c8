/**
 * Which source occurrences of a term went without a rendering, when a segment holds the term more often in
 * the Arabic than its English holds the approved form. Translation keeps the order of mentions far more often
 * than not, so renderings are paired with source occurrences in order, by relative position in the segment,
 * at the least total displacement; the source occurrences left over are the ones reported.
 */
export function unpairedSources(sourcePos: readonly number[], targetPos: readonly number[]): number[] {
  const n = sourcePos.length;
  const m = targetPos.length;
  if (m >= n) return [];
  if (m === 0) return sourcePos.map((_, i) => i);
  // cost[i][j]: best cost pairing the first j targets within the first i sources.
  const INF = Number.POSITIVE_INFINITY;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
  cost[0]![0] = 0;
  for (let i = 1; i <= n; i++) {
    cost[i]![0] = 0;
    for (let j = 1; j <= Math.min(i, m); j++) {
      const skip = cost[i - 1]![j]!;
      const pair = cost[i - 1]![j - 1]! + Math.abs(sourcePos[i - 1]! - targetPos[j - 1]!);
      cost[i]![j] = Math.min(skip, pair);
    }
  }
  const unpaired: number[] = [];
  let j = m;
  for (let i = n; i >= 1; i--) {
    if (j > 0 && cost[i]![j] === cost[i - 1]![j - 1]! + Math.abs(sourcePos[i - 1]! - targetPos[j - 1]!)) j--;
    else unpaired.push(i - 1);
  }
  return unpaired.reverse();
}

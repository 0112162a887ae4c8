/** The names engine's public surface: what checks, CLI and UI import. */
export { nameGroups, ANCHOR_MIN } from './groups.js';
export { clusterSpellings, sameName, defaultClusterOptions, type ClusterOptions } from './cluster.js';
export { anchorScore, anchorCost } from './anchor-score.js';
export { spellingDistance, soundUnits } from './spelling.js';
export { splitArticle, articleStyle, withArticle, type ArticleStyle } from './article.js';
export { findEnglishMentions, type EnglishMention } from './english-mentions.js';
export { findArabicCandidates, type ArabicCandidate } from './arabic-candidates.js';
export { rewriteMention } from './rewrite.js';
export { isPlaceName } from './cognates.js';
export type { NameGroup, NameMention, NameAnchor, NameForm } from './types.js';

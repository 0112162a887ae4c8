/** The glossary engine's public surface. */
export { GlossaryMatcher, matchSource, matchTarget, type SourceMatch, type TargetMatch, type FormRole } from './match.js';
export { loadGlossaryFile, detectGlossaryFormat, type LoadedGlossary, type GlossaryFileFormat } from './load.js';
export { parseCsv, formatCsv } from './csv.js';
export { parseTbx, formatTbx } from './tbx.js';
export { GlossaryFormatError, type ImportProblem } from './problems.js';
export { makeTerm, sourceKey, sameContent, termKinds, termStatuses, type TermInput } from './term.js';
export { parseGlossaryDocument, formatGlossaryDocument, emptyGlossaryDocument, GLOSSARY_SCHEMA_VERSION, type GlossaryDocument } from './storeFormat.js';

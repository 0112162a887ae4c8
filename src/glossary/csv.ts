/**
 * CSV and TSV glossaries. Two shapes are read:
 * - with a header row naming the columns: source,target[,variants,forbidden,kind,note,status] (order free;
 *   variants and forbidden hold several forms separated by ";" or "|");
 * - the plain two-column form DeepL and OmegaT use: source,target (DeepL may add language columns, OmegaT a
 *   comment column), no header.
 * A byte-order mark is tolerated. If a plain file has the English first and the Arabic second, the columns
 * are swapped (and reported once). Line numbers in problems are lines of the file as an editor opens it.
 */
import Papa from 'papaparse';
import type { Term, TermKind, TermStatus } from '../model.js';
import { GlossaryFormatError, type ImportProblem } from './problems.js';
import { makeTerm, termKinds, termStatuses } from './term.js';
import { dedupe, type Lined } from './dedupe.js';

export type Delimiter = ',' | '\t';

const ARABIC = /[\u0600-\u06FF]/u;
const COLUMNS = ['source', 'target', 'variants', 'forbidden', 'kind', 'note', 'status'] as const;
type Column = (typeof COLUMNS)[number];
const ALIASES: Record<string, Column> = {
  source: 'source', arabic: 'source', ar: 'source', 'source term': 'source', term: 'source',
  target: 'target', english: 'target', en: 'target', 'target term': 'target', translation: 'target',
  variants: 'variants', variant: 'variants', 'accepted variants': 'variants',
  forbidden: 'forbidden', 'forbidden renderings': 'forbidden', deprecated: 'forbidden',
  kind: 'kind', type: 'kind', note: 'note', notes: 'note', comment: 'note', status: 'status',
};

interface Row {
  cells: string[];
  line: number;
}

function parseRows(text: string, delimiter: Delimiter, fileName: string): Row[] {
  const rows: Row[] = [];
  let rowStart = 0;
  let fatal: GlossaryFormatError | undefined;
  const lineAt = (offset: number) => 1 + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
  Papa.parse<string[]>(text, {
    delimiter,
    step(result, parser) {
      const line = lineAt(rowStart);
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        fatal = new GlossaryFormatError(fileName, 'a quotation mark opens a field that is never closed; fix the quoting and import again.', line);
        parser.abort();
        return;
      }
      rows.push({ cells: result.data.map((c) => c.trim().replace(/^'(?=[=+\-@\t\r])/, '')), line });
      rowStart = result.meta.cursor;
    },
  });
  if (fatal) throw fatal;
  return rows;
}

function splitForms(cell: string | undefined): string[] {
  return (cell ?? '').split(/[;|]/).map((s) => s.trim()).filter(Boolean);
}

function headerColumns(cells: string[]): Map<Column, number> | null {
  // A header names columns; a row with Arabic in it is data (DeepL's "…,ar,en" rows would otherwise look like one).
  if (cells.some((c) => ARABIC.test(c))) return null;
  const map = new Map<Column, number>();
  cells.forEach((c, i) => {
    const col = ALIASES[c.replace(/^\uFEFF/, '').trim().toLowerCase()];
    if (col && !map.has(col)) map.set(col, i);
  });
  return map.has('source') || map.has('target') ? map : null;
}

const isBlank = (r: Row) => r.cells.every((c) => c === '');

export interface CsvImport {
  terms: Term[];
  problems: ImportProblem[];
}

export function parseCsv(text: string, fileName: string, delimiter: Delimiter): CsvImport {
  const rows = parseRows(text.replace(/^\uFEFF/, ''), delimiter, fileName);
  // A final newline leaves one empty row that is not a line of the file.
  while (rows.length > 0 && isBlank(rows[rows.length - 1]!)) rows.pop();
  if (rows.length === 0) throw new GlossaryFormatError(fileName, 'the file is empty.');
  const problems: ImportProblem[] = [];
  const header = headerColumns(rows[0]!.cells);
  if (header && !(header.has('source') && header.has('target'))) {
    throw new GlossaryFormatError(fileName, `the header row must name both a "source" (Arabic) and a "target" (English) column; it has: ${rows[0]!.cells.join(', ')}.`, 1);
  }
  let columns = header ?? new Map<Column, number>([['source', 0], ['target', 1]]);
  const body = header ? rows.slice(1) : rows;
  if (!header) {
    if (body.every((r) => isBlank(r) || r.cells.length < 2)) {
      throw new GlossaryFormatError(fileName, `no row has two columns; a glossary needs the Arabic and the English separated by ${delimiter === '\t' ? 'a tab' : 'a comma'}.`);
    }
    const swapped = body.filter((r) => !ARABIC.test(r.cells[0] ?? '') && ARABIC.test(r.cells[1] ?? '')).length;
    if (swapped * 2 > body.length) {
      columns = new Map([['source', 1], ['target', 0]]);
      problems.push({ line: 0, message: 'The first column is English and the second Arabic; they were read the other way round.' });
    }
    // OmegaT's third column is a comment; DeepL's third and fourth are language codes.
    if (body.some((r) => (r.cells[2] ?? '') !== '' && !/^[a-z]{2}(-[A-Za-z]{2})?$/.test(r.cells[2] ?? ''))) columns.set('note', 2);
  }
  const cell = (r: Row, c: Column) => {
    const i = columns.get(c);
    return i === undefined ? '' : (r.cells[i] ?? '');
  };
  const lined: Lined[] = [];
  for (const r of body) {
    if (isBlank(r)) {
      problems.push({ line: r.line, message: 'Empty row; skipped.' });
      continue;
    }
    const source = cell(r, 'source');
    const target = cell(r, 'target');
    if (!source || !target) {
      problems.push({ line: r.line, message: `Row has no ${!source ? 'Arabic source' : 'English target'}; skipped.` });
      continue;
    }
    const kindCell = cell(r, 'kind').toLowerCase();
    const statusCell = cell(r, 'status').toLowerCase();
    let kind: TermKind = 'term';
    if (kindCell) {
      if ((termKinds as string[]).includes(kindCell)) kind = kindCell as TermKind;
      else problems.push({ line: r.line, message: `Unknown kind "${cell(r, 'kind')}" (use ${termKinds.join(', ')}); read as "term".` });
    }
    // A file without a status column is an approved word list (DeepL, OmegaT): that is what its owner uses.
    let status: TermStatus = 'approved';
    if (statusCell && (termStatuses as string[]).includes(statusCell)) status = statusCell as TermStatus;
    else if (statusCell) {
      status = 'proposed';
      problems.push({ line: r.line, message: `Unknown status "${cell(r, 'status')}" (use ${termStatuses.join(', ')}); read as "proposed".` });
    }
    lined.push({
      line: r.line,
      term: makeTerm({
        source,
        target,
        variants: splitForms(cell(r, 'variants')),
        forbidden: splitForms(cell(r, 'forbidden')),
        kind,
        note: cell(r, 'note'),
        status,
      }),
    });
  }
  return { terms: dedupe(lined, problems), problems: problems.sort((a, b) => a.line - b.line) };
}

/** Full header form; "\uFEFF" first so Excel opens the Arabic as UTF-8. */
export function formatCsv(terms: readonly Term[], delimiter: Delimiter): string {
  const rows = terms.map((t) => [t.source, t.target, t.variants.join('; '), t.forbidden.join('; '), t.kind, t.note ?? '', t.status]);
  // escapeFormulae: a cell starting with = + - @ gets a leading ' so a spreadsheet shows it instead of running
  // it (a shared glossary must not carry formulas to every editor's Excel); import strips that ' again.
  return '\uFEFF' + Papa.unparse({ fields: [...COLUMNS], data: rows }, { delimiter, newline: '\r\n', quotes: false, escapeFormulae: true }) + '\r\n';
}

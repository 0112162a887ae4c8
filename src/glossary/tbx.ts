/**
 * TBX-Basic (ISO 30042) glossaries. Reads both the widely exported TBX 2 shape (martif / termEntry / langSet /
 * tig or ntig) and TBX 3 (tbx / conceptEntry / langSec / termSec). Writes TBX-Basic 2, which every CAT tool
 * imports.
 *
 * Status mapping (termNote type="administrativeStatus"): the approved English is preferredTerm-admn-sts,
 * accepted variants admittedTerm-admn-sts, forbidden renderings deprecatedTerm-admn-sts (supersededTerm-admn-sts
 * reads as forbidden too). A term still proposed has no preferred term: its English is written as admitted.
 * Tadqiq's kind and status also ride in an entry-level note "tadqiq: kind=…; status=…" so a round trip is exact;
 * files from other tools do without it.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Term, TermKind, TermStatus } from '../model.js';
import { GlossaryFormatError, type ImportProblem } from './problems.js';
import { makeTerm, termKinds, termStatuses } from './term.js';
import { dedupe, type Lined } from './dedupe.js';

type XNode = Record<string, unknown>;

const ARRAYS = new Set(['termEntry', 'conceptEntry', 'langSet', 'langSec', 'tig', 'ntig', 'termSec', 'termGrp', 'termNote', 'note', 'descrip', 'descripGrp', 'transacGrp', 'admin']);

const STATUS_PREFERRED = 'preferredTerm-admn-sts';
const STATUS_ADMITTED = 'admittedTerm-admn-sts';
const STATUS_DEPRECATED = 'deprecatedTerm-admn-sts';
const STATUS_SUPERSEDED = 'supersededTerm-admn-sts';

function list(node: unknown, name: string): XNode[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as XNode)[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'object' && x !== null ? (x as XNode) : { '#text': String(x) }));
}

function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node !== 'object') return String(node).trim();
  if (Array.isArray(node)) return node.map(text).join(' ').trim();
  const n = node as XNode;
  // A term may hold inline markup (<hi>): keep all the text in it.
  return Object.entries(n)
    .filter(([k]) => !k.startsWith('@_'))
    .map(([, v]) => text(v))
    .join('')
    .trim();
}

const attr = (n: XNode, name: string): string => String(n[`@_${name}`] ?? '');

interface Held {
  term: string;
  status: string;
}

/** The terms of one language: tig (TBX 2), ntig/termGrp (MultiTerm style), termSec (TBX 3). */
function termsOf(langSet: XNode): Held[] {
  const out: Held[] = [];
  const holders = [...list(langSet, 'tig'), ...list(langSet, 'termSec'), ...list(langSet, 'ntig').flatMap((n) => list(n, 'termGrp'))];
  for (const h of holders) {
    const term = text(h['term']);
    if (!term) continue;
    const grp = list(h, 'termGrp');
    const notes = [...list(h, 'termNote'), ...grp.flatMap((g) => list(g, 'termNote'))];
    const status = notes.find((n) => attr(n, 'type') === 'administrativeStatus');
    out.push({ term, status: status ? text(status) : '' });
  }
  return out;
}

function langOf(n: XNode): string {
  return (attr(n, 'xml:lang') || attr(n, 'lang')).toLowerCase();
}

function lineOf(xml: string, index: number | undefined): number {
  if (index === undefined) return 0;
  return 1 + (xml.slice(0, index).match(/\n/g)?.length ?? 0);
}

export interface TbxImport {
  terms: Term[];
  problems: ImportProblem[];
}

export function parseTbx(xml: string, fileName: string): TbxImport {
  const source = xml.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new GlossaryFormatError(fileName, `the XML is broken (${valid.err.msg}).`, valid.err.line);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    captureMetaData: true,
    isArray: (name) => ARRAYS.has(name),
  });
  const doc = parser.parse(source) as XNode;
  const root = (doc['martif'] ?? doc['tbx']) as XNode | undefined;
  if (!root) throw new GlossaryFormatError(fileName, 'it is XML but not TBX (no <martif> or <tbx> root element).');
  const body = (root['text'] as XNode | undefined)?.['body'] as XNode | undefined;
  const entries = [...list(body, 'termEntry'), ...list(body, 'conceptEntry')];
  const meta = XMLParser.getMetaDataSymbol() as unknown as string;
  const problems: ImportProblem[] = [];
  const lined: Lined[] = [];
  for (const entry of entries) {
    const line = lineOf(source, (entry[meta] as { startIndex?: number } | undefined)?.startIndex);
    const langs = [...list(entry, 'langSet'), ...list(entry, 'langSec')];
    const ar = langs.filter((l) => langOf(l).startsWith('ar')).flatMap(termsOf);
    const en = langs.filter((l) => langOf(l).startsWith('en')).flatMap(termsOf);
    if (ar.length === 0 || en.length === 0) {
      problems.push({ line, message: `Entry${attr(entry, 'id') ? ` "${attr(entry, 'id')}"` : ''} has no ${ar.length === 0 ? 'Arabic' : 'English'} term; skipped.` });
      continue;
    }
    if (ar.length > 1) problems.push({ line, message: `Entry has ${ar.length} Arabic terms; "${ar[0]!.term}" was used, the others were left out.` });
    const preferred = en.filter((t) => t.status === STATUS_PREFERRED);
    const forbidden = en.filter((t) => t.status === STATUS_DEPRECATED || t.status === STATUS_SUPERSEDED);
    const accepted = en.filter((t) => !forbidden.includes(t) && !preferred.includes(t));
    if (preferred.length > 1) problems.push({ line, message: `Entry has ${preferred.length} preferred English terms; "${preferred[0]!.term}" was used, the others became variants.` });
    const notes = list(entry, 'note').map(text);
    const tadqiq = notes.find((n) => n.startsWith('tadqiq:'));
    const fields = new Map((tadqiq ?? '').replace(/^tadqiq:/, '').split(';').map((kv) => kv.split('=').map((s) => s.trim()) as [string, string]));
    let status: TermStatus = preferred.length > 0 ? 'approved' : accepted.length > 0 ? 'proposed' : 'rejected';
    const wantedStatus = fields.get('status');
    if (wantedStatus && (termStatuses as string[]).includes(wantedStatus)) status = wantedStatus as TermStatus;
    const wantedKind = fields.get('kind');
    const kind: TermKind = wantedKind && (termKinds as string[]).includes(wantedKind) ? (wantedKind as TermKind) : guessKind(entry);
    const targetHeld = (status === 'rejected' && !preferred[0] ? forbidden[0] : undefined) ?? preferred[0] ?? accepted[0] ?? forbidden[0]!;
    const all = [...preferred, ...accepted, ...forbidden].filter((t) => t !== targetHeld);
    lined.push({
      line,
      term: makeTerm({
        source: ar[0]!.term,
        target: targetHeld.term,
        variants: all.filter((t) => !forbidden.includes(t)).map((t) => t.term),
        forbidden: forbidden.filter((t) => t !== targetHeld).map((t) => t.term),
        kind,
        note: notes.filter((n) => !n.startsWith('tadqiq:')).join('\n'),
        status,
      }),
    });
  }
  if (entries.length === 0) problems.push({ line: 0, message: 'The file holds no term entries.' });
  return { terms: dedupe(lined, problems), problems: problems.sort((a, b) => a.line - b.line) };
}

/** Other tools say what an entry is in a subject field or a part of speech; take a hint where there is one. */
function guessKind(entry: XNode): TermKind {
  const subject = list(entry, 'descrip')
    .filter((d) => attr(d, 'type') === 'subjectField')
    .map(text)
    .join(' ')
    .toLowerCase();
  if (/person|people|name/.test(subject)) return 'person';
  if (/place|geograph|location/.test(subject)) return 'place';
  if (/organi[sz]ation|institution|party|militia/.test(subject)) return 'organization';
  return 'term';
}

function tig(term: string, status: string): XNode {
  return { term, termNote: [{ '@_type': 'administrativeStatus', '#text': status }] };
}

export function formatTbx(terms: readonly Term[], title = 'Tadqiq glossary'): string {
  const termEntry = terms.map((t) => {
    const targetStatus = t.status === 'approved' ? STATUS_PREFERRED : t.status === 'rejected' ? STATUS_DEPRECATED : STATUS_ADMITTED;
    const notes = [...(t.note ? [t.note] : []), `tadqiq: kind=${t.kind}; status=${t.status}`];
    return {
      '@_id': t.id,
      note: notes,
      langSet: [
        { '@_xml:lang': 'ar', tig: [{ term: t.source }] },
        {
          '@_xml:lang': 'en',
          tig: [tig(t.target, targetStatus), ...t.variants.map((v) => tig(v, STATUS_ADMITTED)), ...t.forbidden.map((f) => tig(f, STATUS_DEPRECATED))],
        },
      ],
    };
  });
  const doc = {
    martif: {
      '@_type': 'TBX-Basic',
      '@_xml:lang': 'en',
      martifHeader: {
        fileDesc: { titleStmt: { title }, sourceDesc: { p: 'Exported by Tadqiq' } },
        encodingDesc: { p: { '@_type': 'XCSURI', '#text': 'TBXBasicXCSV02.xcs' } },
      },
      text: { body: { termEntry } },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n${builder.build(doc) as string}`;
}

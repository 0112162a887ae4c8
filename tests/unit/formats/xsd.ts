/** Validate XML against the OASIS XLIFF schemas kept in tests/fixtures/formats/xsd (no network). */
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const dir = new URL('../../fixtures/formats/xsd/', import.meta.url);
const xmlXsd = readFileSync(new URL('xml.xsd', dir), 'utf8');

function schema(name: 'xliff-core-1.2-strict.xsd' | 'xliff-core-2.0.xsd'): string {
  // Point the schema's import of the XML namespace at our local copy instead of a URL.
  return readFileSync(new URL(name, dir), 'utf8').replace(/(<(?:xsd|xs):import[^>]*schemaLocation=")[^"]*(")/, '$1xml.xsd$2');
}

export async function validateXliff(xml: string, version: '1.2' | '2'): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.xlf', contents: xml }],
    schema: [schema(version === '1.2' ? 'xliff-core-1.2-strict.xsd' : 'xliff-core-2.0.xsd')],
    preload: [{ fileName: 'xml.xsd', contents: xmlXsd }],
  });
  return result.valid ? [] : result.errors.map((e) => e.message);
}

/** Escaping for the text formats we write. Every piece of editor or document text goes through here. */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Characters XML 1.0 cannot carry at all (C0 controls except tab/newline/CR, lone surrogates, U+FFFE/FFFF). */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content and attribute values for XML; characters XML cannot hold are dropped. */
export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/** A file name with the extension replaced: "article.en.txt" + ".corrected.docx" → "article.en.corrected.docx". */
export function replaceExtension(name: string, suffix: string): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return `${base || 'review'}${suffix}`;
}

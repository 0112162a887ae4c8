/** The export format ids, on their own so the API contract can name them without loading any writer. */
export const exportFormats = ['txt', 'md', 'html', 'docx', 'xliff', 'xliff12', 'report-html', 'report-csv', 'changes-html'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (exportFormats as readonly string[]).includes(value);
}

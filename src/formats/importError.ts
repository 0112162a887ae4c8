/** A file Tadqiq will not import, with a message that tells the editor what to do instead. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly fileName: string,
    readonly problem: 'too-large' | 'unknown-kind' | 'unreadable' | 'empty',
    message: string,
  ) {
    super(message);
  }
}

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

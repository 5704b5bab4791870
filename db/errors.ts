/** A database written by a newer Politely. It is refused and never written to. */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data file was written by a newer version of Politely (data version ${found}; this version understands up to ${supported}). ` +
        'Update Politely to open it. The file has not been changed.',
    );
  }
}

/**
 * Where one page of a board column ended: the last card's stage_changed_at and its row number, the
 * board's order (latest move first, then the later-added card first). Written as plain text, so the
 * contract can check a cursor a caller sends before any query sees it.
 */
export interface BoardCursor {
  /** When the last card of the page entered its stage, exactly as stored. */
  at: string;
  /** Its row number, which breaks ties between cards moved in the same millisecond. */
  row: number;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))~(\d{1,15})$/;

export function encodeBoardCursor(cursor: BoardCursor): string {
  return `${cursor.at}~${cursor.row}`;
}

/** The cursor a page gave, or undefined when the text is not one. */
export function parseBoardCursor(text: string): BoardCursor | undefined {
  const match = CURSOR.exec(text);
  if (!match || !Number.isFinite(Date.parse(match[1]!))) return undefined;
  const row = Number(match[2]);
  return Number.isSafeInteger(row) && row > 0 ? { at: match[1]!, row } : undefined;
}

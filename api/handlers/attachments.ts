import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MIME,
  ATTACHMENTS_PER_PERSON_MAX,
  attachmentName,
  EMPTY_FILE,
  sniffAttachment,
  WRONG_TYPE,
} from '../../core/attachments';
import {
  addAttachment,
  attachmentWithBytes,
  countAttachments,
  listAttachments,
  removeAttachment,
} from '../../db/attachments';
import { inTransaction } from '../../db/connection';
import { getPerson } from '../../db/people';
import { extractText, READING_LIMITS } from '../attachmentText';
import { isoNow } from '../context';
import { found, invalidField } from '../errors';
import { readChosen } from '../files';
import type { HandlersOf } from './types';

const TOO_MANY = `A person can keep at most ${ATTACHMENTS_PER_PERSON_MAX} documents. Remove one they no longer need first.`;

export const attachmentHandlers: HandlersOf<'attachments'> = {
  /**
   * Keeps a document the recruiter chose with a person. Only a handle Politely issued is read, no more than the
   * limit of it; what it is comes from its bytes. Its text is read for search before anything is stored, so a
   * document that cannot be read leaves nothing behind.
   */
  'attachments.add': async (ctx, { personId, path, name }) => {
    found(getPerson(ctx.db, personId), 'person');
    if (countAttachments(ctx.db, personId) >= ATTACHMENTS_PER_PERSON_MAX) throw invalidField(['path'], TOO_MANY);
    let bytes: Buffer;
    try {
      bytes = await readChosen(ctx.files, path, ATTACHMENT_MAX_BYTES);
    } finally {
      // An upload lasts one use, whether or not the document is kept.
      ctx.files?.release(path);
    }
    if (bytes.length === 0) throw invalidField(['path'], EMPTY_FILE);
    const type = sniffAttachment(bytes);
    if (!type) throw invalidField(['path'], WRONG_TYPE);
    // The reader hands the bytes back with their words: they were lent to its thread, not copied.
    const read = await extractText(type, bytes, { ...READING_LIMITS, ...ctx.documentReading });
    return inTransaction(ctx.db, () => {
      // Checked again: the person may have been erased, or given other documents, while this one was read.
      found(getPerson(ctx.db, personId), 'person');
      if (countAttachments(ctx.db, personId) >= ATTACHMENTS_PER_PERSON_MAX) throw invalidField(['path'], TOO_MANY);
      return addAttachment(
        ctx.db,
        { personId, name: attachmentName(name ?? '', type), type, bytes: read.bytes, text: read.text },
        isoNow(ctx),
      );
    });
  },

  'attachments.list': (ctx, { personId }) => {
    found(getPerson(ctx.db, personId), 'person');
    return listAttachments(ctx.db, personId);
  },

  /** The document itself, for the page to save or open as it does any export. */
  'attachments.get': (ctx, { id }) => {
    const attachment = found(attachmentWithBytes(ctx.db, id), 'document');
    return {
      fileName: attachment.name,
      mime: ATTACHMENT_MIME[attachment.type],
      encoding: 'base64',
      content: attachment.bytes.toString('base64'),
    };
  },

  'attachments.remove': (ctx, { id }) => {
    found(
      inTransaction(ctx.db, () => removeAttachment(ctx.db, id, isoNow(ctx))),
      'document',
    );
    return { removed: true };
  },
};

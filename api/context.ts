import { DEFAULT_LOCALE } from '../core/dates';
import type { Db } from '../db/connection';
import type { ReadingLimits } from './attachmentText';
import type { FileHandles } from './files';

/** Everything a handler may use. Tests pass their own database and clock. */
export interface Context {
  db: Db;
  now(): Date;
  dataDir: string;
  version: string;
  /** The desktop app prints HTML to PDF; browser mode cannot, and says so. */
  printToPdf?: ((html: string) => Promise<Buffer>) | undefined;
  /**
   * Browser mode's way to the same PDF: keeps a document for one visit and answers its address, where the browser
   * shows it with its own styles, to print (the app's page would block them).
   */
  printPage?: ((html: string) => string) | undefined;
  /** True while no profile is unlocked: every channel but profiles.* answers `locked`. */
  isLocked?(): boolean;
  /** The recruiter's time zone, for the daily digest; the computer's when not given. */
  zone?: string;
  /** The recruiter's locale (a tag readLocale accepted), for the dates in the sentences the backend writes. */
  locale?: string | undefined;
  /**
   * The only files a channel may read: those this host issued as handles (browser mode's uploads, the desktop app's
   * open dialog). Without it, every file channel answers "Choose the file again."
   */
  files?: FileHandles | undefined;
  /** The open profile: its name stands in for the recruiter's until they give one. */
  readonly profile?: { name: string } | null;
  /** More than one profile lives on this computer: notifications keep names private unless told otherwise. */
  sharedComputer?(): boolean;
  /** Hears that a call was answered: the backend's idle lock counts it as use. */
  answered?(): void;
  /** How long and how much memory reading an attached document's words may take; tests shorten them. */
  documentReading?: Partial<ReadingLimits> | undefined;
}

export const isoNow = (ctx: Context): string => ctx.now().toISOString();

/** The locale the backend writes dates in: the recruiter's, once known; 'en-US' until then. */
export const localeOf = (ctx: Context): string => ctx.locale ?? DEFAULT_LOCALE;

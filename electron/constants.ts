// Shared by main and the sandboxed preload, so it imports nothing.
export const INVOKE_CHANNEL = 'politely:invoke';
/** The main process's open dialog: answers an opaque handle for the chosen file, never its path. */
export const OPEN_FILE_CHANNEL = 'politely:open-file';
/** The main process's save dialog: writes an exported file where the recruiter chooses. */
export const SAVE_FILE_CHANNEL = 'politely:save-file';
/** Sent to the window when the profile locks on its own (suspend, screen lock). */
export const LOCKED_EVENT = 'politely:locked';
/** Sent to the window with a screen to open: a reminder was clicked. */
export const NAVIGATE_EVENT = 'politely:navigate';
export const APP_SCHEME = 'politely';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

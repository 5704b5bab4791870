// Shared by main and the sandboxed preload, so it imports nothing.
export const INVOKE_CHANNEL = 'politely:invoke';
/** Sent to the window when the profile locks on its own (suspend, screen lock). */
export const LOCKED_EVENT = 'politely:locked';
/** Sent to the window with a screen to open: a reminder was clicked. */
export const NAVIGATE_EVENT = 'politely:navigate';
export const APP_SCHEME = 'politely';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

import fs from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { mimeOf, RENDERER_CSP, resolveStaticFile } from '../host/static';
import { APP_HOST, APP_SCHEME } from './constants';

/** Must run before the app is ready: our scheme behaves like https (origin, fetch, storage). */
export function registerSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `politely://app/`, with the CSP, instead of file://. */
export async function rendererResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  const file = resolveStaticFile(rendererDir, url.pathname);
  if (!file) return new Response('The Politely interface is missing from this installation.', { status: 500 });
  return new Response(await fs.readFile(file), {
    headers: {
      'content-type': mimeOf(file),
      'content-security-policy': RENDERER_CSP,
      'x-content-type-options': 'nosniff',
    },
  });
}

export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
}

import os from 'node:os';
import path from 'node:path';

/** The platform's per-user data folder for Politely (the same one Electron's userData uses). */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = os.homedir(),
): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Politely');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Politely');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Politely');
}

/** `--data-dir DIR` (or `--data-dir=DIR`) wins, then POLITELY_DATA_DIR, then the platform folder. */
export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  fallback: () => string = () => defaultDataDir(),
): string {
  const flag = readFlag(argv, '--data-dir');
  const chosen = flag ?? env.POLITELY_DATA_DIR;
  return path.resolve(chosen && chosen.trim() !== '' ? chosen : fallback());
}

export function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

export const DATABASE_FILE = 'politely.db';

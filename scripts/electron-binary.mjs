import fs from 'node:fs';
import path from 'node:path';

/** The installed Electron binary under `root`, or null when it has not been (or cannot be) downloaded. */
export function installedElectron(root) {
  const dir = path.join(root, 'node_modules', 'electron');
  try {
    const binary = path.join(dir, 'dist', fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

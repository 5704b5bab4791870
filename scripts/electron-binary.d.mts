export function installedElectron(root: string): string | null;

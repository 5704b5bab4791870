import { useEffect, useState } from 'react';
import type { SystemInfo } from '../../api/contract';
import { LoadError, PageHeader } from '../components/ui';
import { call } from '../api';

export function SettingsScreen() {
  const [info, setInfo] = useState<SystemInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    setError(null);
    const result = await call('system.info', {});
    if (result.ok) setInfo(result.value);
    else setError(result.error.message);
  }
  useEffect(() => {
    void load();
  }, []);

  return (
    <div className="screen">
      <PageHeader title="Settings" subtitle="About this copy of Politely and where it keeps your data." />
      {error && <LoadError message={error} onRetry={() => void load()} />}
      {info && (
        <section className="panel">
          <h2>This installation</h2>
          <dl className="facts">
            <dt>Version</dt>
            <dd>{info.version}</dd>
            <dt>Data folder</dt>
            <dd>
              <code>{info.dataDir}</code>
            </dd>
            <dt>Data version</dt>
            <dd>{info.schemaVersion}</dd>
            <dt>SQLite</dt>
            <dd>{info.sqliteVersion}</dd>
          </dl>
          <p className="muted">Everything stays on this computer. Politely never sends your data anywhere.</p>
        </section>
      )}
    </div>
  );
}

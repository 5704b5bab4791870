import { useEffect, useState } from 'react';
import type { SystemInfo } from '../../api/contract';
import { LoadError, PageHeader } from '../components/ui';
import { call } from '../api';
import { PolicySettingsForm } from './PolicySettings';
import { DataSettings } from './DataSettings';
import { ProfileSettings } from './ProfileSettings';
import { RecruiterSettings } from './RecruiterSettings';
import { ReminderSettings } from './ReminderSettings';

export function SettingsScreen() {
  const [info, setInfo] = useState<SystemInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void call('system.info', {}).then((result) => {
      if (!current) return;
      setInfo(result.ok ? result.value : null);
      setError(result.ok ? null : result.error.message);
    });
    return () => {
      current = false;
    };
  }, [attempt]);

  return (
    <div className="screen">
      <PageHeader title="Settings" subtitle="The follow-up rules, your details for prep packets, reminders, and where Politely keeps your data." />
      <PolicySettingsForm />
      <RecruiterSettings />
      <ReminderSettings />
      <ProfileSettings />
      <DataSettings />
      {error && <LoadError message={error} onRetry={() => setAttempt((n) => n + 1)} />}
      {info && (
        <section className="panel settings-about">
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

import { LoadError, PageHeader } from '../components/ui';
import { useRpc } from '../useRpc';
import { PolicySettingsForm } from './PolicySettings';
import { DataSettings } from './DataSettings';
import { ProfileSettings } from './ProfileSettings';
import { ReadingSettings } from './ReadingSettings';
import { RecruiterSettings } from './RecruiterSettings';
import { ReminderSettings } from './ReminderSettings';
import { TemplateSettings } from './TemplateSettings';

export function SettingsScreen() {
  const { data: info, status, error, reload } = useRpc('system.info', {});

  return (
    <div className="screen">
      <PageHeader
        title="Settings"
        subtitle="The follow-up rules, your details for prep packets, reminders, how replies are read, and where Politely keeps your data."
      />
      <PolicySettingsForm />
      <RecruiterSettings />
      <TemplateSettings />
      <ReminderSettings />
      <ReadingSettings />
      <ProfileSettings />
      <DataSettings />
      {status === 'error' && <LoadError message={error} onRetry={reload} />}
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

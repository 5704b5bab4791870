import { useEffect } from 'react';
import { Icon } from './components/Icon';
import { Toasts } from './components/Toasts';
import { InterviewScreen } from './interviews/InterviewPage';
import { ReportsScreen } from './reports/ReportsScreen';
import { href, useRoute, type Screen } from './router';
import { CompaniesScreen } from './screens/CompaniesScreen';
import { PeopleScreen } from './screens/PeopleScreen';
import { PipelineScreen } from './screens/PipelineScreen';
import { PositionsScreen } from './screens/PositionsScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { TodayScreen } from './screens/TodayScreen';

const NAV: { screen: Screen; label: string }[] = [
  { screen: 'today', label: 'Today' },
  { screen: 'pipeline', label: 'Pipeline' },
  { screen: 'people', label: 'People' },
  { screen: 'companies', label: 'Companies' },
  { screen: 'positions', label: 'Positions' },
  { screen: 'reports', label: 'Reports' },
  { screen: 'settings', label: 'Settings' },
];

const SCREEN_TITLES: Record<Screen, string> = {
  today: 'Today',
  pipeline: 'Pipeline',
  people: 'People',
  companies: 'Companies',
  positions: 'Positions',
  reports: 'Reports',
  settings: 'Settings',
  interviews: 'Interview',
};

function InterviewRoute() {
  const { id, params } = useRoute();
  if (!id) return <TodayScreen />;
  return <InterviewScreen key={id} id={id} debrief={params.get('debrief') === '1'} />;
}

function CurrentScreen({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'today':
      return <TodayScreen />;
    case 'pipeline':
      return <PipelineScreen />;
    case 'people':
      return <PeopleScreen />;
    case 'companies':
      return <CompaniesScreen />;
    case 'positions':
      return <PositionsScreen />;
    case 'reports':
      return <ReportsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'interviews':
      return <InterviewRoute />;
  }
}

export function App() {
  const screen = useRoute((r) => r.screen);
  useEffect(() => {
    document.title = `${SCREEN_TITLES[screen]} · Politely`;
  }, [screen]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          <span className="brand-name">Politely</span>
        </div>
        <ul>
          {NAV.map((item) => (
            <li key={item.screen}>
              <a href={href(item.screen)} className="nav-link" aria-current={item.screen === screen ? 'page' : undefined}>
                <span className="nav-icon">
                  <Icon name={item.screen} />
                </span>
                <span className="nav-label">{item.label}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <CurrentScreen screen={screen} />
      </main>
      <Toasts />
    </div>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureToken } from './api';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
// One file per area, in this order: a later file may override an earlier one's rule of equal weight
// (the shell's lock button restyles a button; the palette, reminders and shortcuts restyle a dialog).
import './styles/base.css';
import './styles/controls.css';
import './styles/forms.css';
import './styles/components.css';
import './styles/lists.css';
import './styles/feedback.css';
import './styles/dialog.css';
import './styles/shell.css';
import './styles/board.css';
import './styles/person.css';
import './styles/today.css';
import './styles/reports.css';
import './styles/interviews.css';
import './styles/personRecord.css';
import './styles/profiles.css';
import './styles/settings.css';
import './styles/import.css';
import './styles/palette.css';
import './styles/reminders.css';
import './styles/shortcuts.css';
import './styles/tags.css';

captureToken();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The last resort, for the profile picker and the dialogs; each screen has its own boundary in App. */}
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

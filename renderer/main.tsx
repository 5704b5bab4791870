import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureToken } from './api';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles.css';

captureToken();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The last resort, for the profile picker and the dialogs; each screen has its own boundary in App. */}
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

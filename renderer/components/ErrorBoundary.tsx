import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** When this changes (the recruiter went somewhere else), the boundary tries its screen again. */
  resetKey?: unknown;
  /** Where "Go to Today" leads; without it only Reload is offered. */
  onHome?: (reset: () => void) => void;
}

interface State {
  error: Error | null;
}

/** The message and where it happened; a stack usually starts with the message already. */
const describe = (error: Error) =>
  error.stack?.includes(error.message) ? error.stack : `${error.message}\n${error.stack ?? ''}`;

/**
 * One exception while drawing a screen must not blank the whole app: the screen is replaced by a
 * plain message with a way back, and the rest of the window (the sidebar, Lock) keeps working.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console too, with the components it happened in, for whoever looks into it.
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.reset();
  }

  reset = (): void => this.setState({ error: null });

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { onHome } = this.props;
    return (
      <div className="screen crash" role="alert">
        <h1>This screen stopped working</h1>
        <p>
          Something went wrong while showing it. What you saved is safe.{' '}
          {onHome ? 'Go to Today, or reload Politely to start afresh.' : 'Reload Politely to start afresh.'}
        </p>
        <div className="button-row">
          {onHome && (
            <button type="button" className="button button-primary" onClick={() => onHome(this.reset)}>
              Go to Today
            </button>
          )}
          <button
            type="button"
            className={onHome ? 'button' : 'button button-primary'}
            onClick={() => window.location.reload()}
          >
            Reload
          </button>
        </div>
        <details className="crash-details">
          <summary>What went wrong</summary>
          <pre>{describe(error)}</pre>
        </details>
      </div>
    );
  }
}

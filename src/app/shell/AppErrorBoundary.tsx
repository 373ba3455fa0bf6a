import { Component, type ErrorInfo, type ReactNode } from 'react';
import { clearLinkFragment } from '../share/clearLinkFragment.ts';

interface State {
  readonly error: Error | null;
}

/**
 * Whatever a render throws (a hostile link, a crash file nobody foresaw), the
 * page keeps a message and a way back instead of going blank. The link is
 * dropped from the address bar so a reload does not throw again; the draft is
 * in localStorage, so reloading loses no edits.
 */
export class AppErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    clearLinkFragment();
    console.error('Siglab stopped on an error', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="app-error" role="alert">
        <h1>Siglab hit an error</h1>
        <p>{error.message.slice(0, 500)}</p>
        <p>Your siglist edits are kept as a draft in this browser.</p>
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}

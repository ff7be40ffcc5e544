// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ErrorBoundary } from '../../src/ui/app/ErrorBoundary';

describe('error boundary', () => {
  it('says which part failed, keeps the rest of the page, and shows the part again on Try again', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    const Ideas = () => {
      if (broken) throw new TypeError("Cannot read properties of undefined (reading 'map')");
      return <h1>Ideas</h1>;
    };
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <>
          <nav aria-label="Board sections">Team · Ideas · Projects</nav>
          <main>
            <ErrorBoundary area="The Ideas view">
              <Ideas />
            </ErrorBoundary>
          </main>
        </>,
        root,
      ),
    );
    const alert = root.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('The Ideas view could not be shown.');
    expect(alert.textContent).toContain("Cannot read properties of undefined (reading 'map')");
    expect(alert.textContent).toContain('Nothing was changed.');
    expect(root.querySelector('nav')?.textContent).toBe('Team · Ideas · Projects');
    expect(quiet).toHaveBeenCalled();

    broken = false;
    act(() => (alert.querySelector('button') as HTMLButtonElement).click());
    expect(root.querySelector('[role=alert]')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('Ideas');
    quiet.mockRestore();
  });
});

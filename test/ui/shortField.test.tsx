// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ShortField } from '../../src/ui/fields/Inputs';

describe('a short field', () => {
  it('commits what was typed when it loses focus before the typing was drawn', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const committed: string[] = [];
    render(<ShortField label="Date of the next meeting" type="date" value="" onCommit={(v) => committed.push(v)} />, host);
    const input = host.querySelector('input')!;
    input.focus();
    input.value = '2026-12-11';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The view moves focus to its heading in the same task, before the field's draft is drawn again.
    input.dispatchEvent(new FocusEvent('blur'));
    expect(committed).toEqual(['2026-12-11']);
    render(null, host);
    host.remove();
  });

  it('commits on Enter what the field holds, once', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const committed: string[] = [];
    render(<ShortField label="Team name" value="ED Triage" onCommit={(v) => committed.push(v)} />, host);
    const input = host.querySelector('input')!;
    input.value = 'Urgencias · Triaje';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(committed).toEqual(['Urgencias · Triaje']);
    render(null, host);
    host.remove();
  });

  it('keeps what is typed into it straight after it appears, before its first effects have run', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const committed: string[] = [];
    render(<ShortField label="Date of the next meeting" type="date" value="" onCommit={(v) => committed.push(v)} />, host);
    const input = host.querySelector('input')!;
    // Focus and a value in one task, as a date is filled in at once (Playwright's fill of a date field does).
    input.focus();
    input.value = '2026-12-11';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    // The frame ends: every effect waiting for it runs.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(input.value).toBe('2026-12-11');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(committed).toEqual(['2026-12-11']);
    render(null, host);
    host.remove();
  });
});

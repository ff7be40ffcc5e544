import { computed } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { KIND_NAMES, type NeedsAttention } from '../../core';
import type { BoardSession } from '../model/session';
import { t } from '../i18n';

/** Enough of the raw content to recognise the item; a megabyte field would stall the page. */
const RAW_SHOWN = 4000;
const rawShown = (raw: unknown): string => {
  const json = JSON.stringify(raw, null, 2) ?? '';
  return json.length <= RAW_SHOWN ? json : `${json.slice(0, RAW_SHOWN)}${t('attention.more', { count: json.length - RAW_SHOWN })}`;
};

/**
 * True once the browser is first idle after the board opened (at most two seconds later). Finding what needs
 * attention reads every item of every kind: on a large board's Measures view that was a quarter of a second
 * before the charts could be drawn (bench: open-large-board, profiled), so the view comes first.
 */
const useIdleAfterOpening = (): boolean => {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, []);
  return idle;
};

/**
 * Entities that did not pass their schema (written by an older or newer version, or damaged): listed with
 * their raw content so nobody loses them. They are never deleted automatically.
 */
export function NeedsAttentionPanel({ session }: { session: BoardSession }) {
  const idle = useIdleAfterOpening();
  const issues = useMemo(
    () =>
      computed(() => {
        const out: NeedsAttention[] = [...session.teamIssues.value];
        for (const kind of KIND_NAMES) for (const result of session.collections[kind].all.value) if (!result.ok) out.push(result.issue);
        return out;
      }),
    [session],
  );
  if (!idle || issues.value.length === 0) return null;
  return (
    <details class="banner warning needs-attention">
      <summary>{t('attention.summary', { count: issues.value.length })}</summary>
      <ul>
        {issues.value.map((issue) => (
          <li key={`${issue.kind}/${issue.id}`}>
            <strong>
              {issue.kind} {issue.id}
            </strong>
            : {issue.problem}
            <pre>{rawShown(issue.raw)}</pre>
          </li>
        ))}
      </ul>
    </details>
  );
}

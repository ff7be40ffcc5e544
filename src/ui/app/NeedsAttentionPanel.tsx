import { useEffect, useState } from 'preact/hooks';
import type { NeedsAttention } from '../../core';
import type { BoardSession } from '../model/session';
import { t } from '../i18n';
import { scanForAttention } from './attentionScan';

/** Enough of the raw content to recognise the item; a megabyte field would stall the page. */
const RAW_SHOWN = 4000;
const rawShown = (raw: unknown): string => {
  const json = JSON.stringify(raw, null, 2) ?? '';
  return json.length <= RAW_SHOWN ? json : `${json.slice(0, RAW_SHOWN)}${t('attention.more', { count: json.length - RAW_SHOWN })}`;
};

/**
 * Entities that did not pass their schema (written by an older or newer version, or damaged): listed with
 * their raw content so nobody loses them. They are never deleted automatically.
 */
export function NeedsAttentionPanel({ session }: { session: BoardSession }) {
  const [issues, setIssues] = useState<NeedsAttention[]>([]);
  useEffect(() => scanForAttention(session, setIssues), [session]);
  if (issues.length === 0) return null;
  return (
    <details class="banner warning needs-attention">
      <summary>{t('attention.summary', { count: issues.length })}</summary>
      <ul>
        {issues.map((issue) => (
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

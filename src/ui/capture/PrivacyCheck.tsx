import { type IdentifierKind, redact, redactAll, type Finding } from '../../core';
import { t } from '../i18n';

/**
 * Shows each likely patient identifier in the captured text, highlighted in place, with one-click removal.
 * The text is rendered as text nodes and <mark> elements only: nothing from the page is treated as HTML.
 */
export function PrivacyCheck({
  text,
  findings,
  onChange,
  confirmed,
  onConfirm,
}: {
  text: string;
  findings: Finding[];
  onChange: (text: string) => void;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}) {
  if (findings.length === 0) return null;
  const parts: (string | Finding)[] = [];
  let at = 0;
  for (const finding of findings) {
    parts.push(text.slice(at, finding.start), finding);
    at = finding.end;
  }
  parts.push(text.slice(at));
  return (
    <section class="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacy.title')}</h2>
      <p>{t('privacy.intro')}</p>
      <p class="privacy-preview">
        <span class="visually-hidden">{t('privacy.preview')} </span>
        {parts.map((part, i) =>
          typeof part === 'string' ? (
            part
          ) : (
            <mark key={i} title={kindName(part.kind)}>
              {part.match}
            </mark>
          ),
        )}
      </p>
      <ul class="findings">
        {findings.map((finding) => (
          <li key={`${finding.start}-${finding.kind}`} class="row wrap">
            <span class="grow">
              <strong>{capitalise(kindName(finding.kind))}</strong>: <mark>{finding.match}</mark>
            </span>
            <button
              type="button"
              onClick={() => onChange(redact(text, finding, removedMarker))}
              aria-label={t('privacy.removeOne', { kind: kindName(finding.kind), match: finding.match })}
            >
              {t('privacy.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div class="row wrap">
        {findings.length > 1 && (
          <button type="button" class="primary" onClick={() => onChange(redactAll(text, findings, removedMarker))}>
            {t('privacy.removeAll', { count: findings.length })}
          </button>
        )}
        <label class="check">
          <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.currentTarget.checked)} />
          <span>{t('privacy.confirm')}</span>
        </label>
      </div>
    </section>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const kindName = (kind: IdentifierKind): string => t(`privacy.kind.${kind}`);
const removedMarker = (kind: IdentifierKind): string => t('privacy.removed', { kind: kindName(kind) });

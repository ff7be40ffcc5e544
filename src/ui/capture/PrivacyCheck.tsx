import { IDENTIFIER_LABELS, redact, redactAll, type Finding } from '../../core';

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
      <h2 id="privacy-title">This may contain patient details</h2>
      <p>Boards are shared with your team and are not a place for patient information. Remove these before saving:</p>
      <p class="privacy-preview">
        <span class="visually-hidden">Captured text with possible patient details highlighted: </span>
        {parts.map((part, i) =>
          typeof part === 'string' ? (
            part
          ) : (
            <mark key={i} title={IDENTIFIER_LABELS[part.kind]}>
              {part.match}
            </mark>
          ),
        )}
      </p>
      <ul class="findings">
        {findings.map((finding) => (
          <li key={`${finding.start}-${finding.kind}`} class="row wrap">
            <span class="grow">
              <strong>{capitalise(IDENTIFIER_LABELS[finding.kind])}</strong>: <mark>{finding.match}</mark>
            </span>
            <button type="button" onClick={() => onChange(redact(text, finding))} aria-label={`Remove ${IDENTIFIER_LABELS[finding.kind]} ${finding.match}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div class="row wrap">
        {findings.length > 1 && (
          <button type="button" class="primary" onClick={() => onChange(redactAll(text, findings))}>
            Remove all {findings.length}
          </button>
        )}
        <label class="check">
          <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.currentTarget.checked)} />
          <span>I checked: this is not patient information. Save it as it is.</span>
        </label>
      </div>
    </section>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

import { CHARTER_LABELS, CHARTER_SECTIONS, isCoLead, ROLE_LABELS, setCharterAgreement, type CharterSection, isolate } from '../../core';
import type { BoardSession } from '../model/session';
import { TextField } from '../fields/TextField';
import { Checkbox } from '../fields/Inputs';

const HINTS: Record<CharterSection, string> = {
  purpose: 'Why this team exists and whom it serves.',
  goals: 'What the team wants to achieve this year, tied to the Value Compass.',
  scope: 'What the team works on, and what it routes elsewhere.',
  decisionMaking: 'How the team decides: consensus, and what happens when it cannot agree.',
  groundRules: 'How members treat each other in meetings and between them.',
};

/** The team charter, section by section, each agreed by every co-lead. */
export function Charter({ session }: { session: BoardSession }) {
  const coLeads = session.collections.people.live.value.filter((p) => isCoLead(p.role));
  return (
    <section class="card" aria-labelledby="charter-title">
      <h2 id="charter-title">Team charter</h2>
      {coLeads.length === 0 && <p class="hint">Add co-leads under People so they can mark each section as agreed.</p>}
      {CHARTER_SECTIONS.map((section) => {
        const entry = session.collections.charter.entity(section).value;
        const agreed = entry.ok ? entry.value.agreed : {};
        const all = coLeads.length > 0 && coLeads.every((p) => agreed[p.id]);
        return (
          <div class="charter-section" key={section}>
            <TextField session={session} kind="charter" id={section} field="text" label={CHARTER_LABELS[section]} hint={HINTS[section]} rows={3} />
            <fieldset class="agreement">
              <legend>Agreed by co-leads {all && <span class="badge good">All agreed</span>}</legend>
              {coLeads.map((person) => (
                <Checkbox
                  key={person.id}
                  label={`${isolate(person.name)} (${ROLE_LABELS[person.role]})`}
                  checked={agreed[person.id] === true}
                  disabled={session.readOnly.value}
                  onChange={(on) => session.run(setCharterAgreement, { section, personId: person.id, agreed: on })}
                />
              ))}
            </fieldset>
          </div>
        );
      })}
    </section>
  );
}

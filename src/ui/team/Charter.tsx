import { CHARTER_LABELS, CHARTER_SECTIONS, isCoLead, setCharterAgreement, type CharterSection } from '../../core';
import type { BoardSession } from '../model/session';
import { TextField } from '../fields/TextField';
import { Agreements } from '../fields/Agreements';
import { useMe } from '../app/context';

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
  const { userId } = useMe();
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
              <Agreements
                coLeads={coLeads}
                agreed={agreed}
                userId={userId}
                what={`the ${CHARTER_LABELS[section]} section of the charter`}
                disabled={session.readOnly.value}
                onChange={(personId, on) => session.run(setCharterAgreement, { section, personId, agreed: on })}
              />
            </fieldset>
          </div>
        );
      })}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { addPerson, defaultContext, initBoard, OperationError, randomId, ROLES, type RoleChoice } from '../../core';
import { openBoardDocument } from '../../sync/replica';
import type { BoardListModel } from '../app/boardList';
import { navigate } from '../app/route';
import { SelectField } from '../fields/Inputs';
import { t, tError } from '../i18n';

const FIELDS = [
  ['name', 'create.name', 'create.namePlaceholder'],
  ['department', 'create.department', 'create.departmentPlaceholder'],
  ['facility', 'create.facility', 'create.facilityPlaceholder'],
  ['region', 'create.region', 'create.regionPlaceholder'],
] as const;

/** Creates a new board: the team, and the person creating it as its first member. */
export function CreateBoard({ boardList, onDone }: { boardList: BoardListModel; onDone?: () => void }) {
  const [team, setTeam] = useState({ name: '', department: '', facility: '', region: '' });
  const settings = boardList.settings.value;
  const [myName, setMyName] = useState(settings.displayName);
  const [myRole, setMyRole] = useState<RoleChoice>(settings.role === 'member' || settings.role === 'sponsor' ? 'manager-co-lead' : settings.role);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const boardId = randomId();
    const { doc, replica, release } = openBoardDocument(boardId);
    try {
      await replica.whenLoaded;
      const ctx = defaultContext({ create: true });
      initBoard(doc, { boardId, team }, ctx);
      if (myName.trim()) addPerson(doc, { name: myName, role: myRole, userId: boardList.settings.peek().userId }, ctx);
      boardList.saveSettings({ ...boardList.settings.peek(), displayName: myName.trim(), role: myRole });
      boardList.register(boardId, team.name.trim());
      onDone?.();
      navigate({ boardId, view: 'team' });
    } catch (caught) {
      setError(caught instanceof OperationError ? tError(caught) : t('create.failed', { reason: String(caught) }));
      await replica.deleteLocalCopy();
    } finally {
      release();
      setBusy(false);
    }
  };

  return (
    <form class="card create-board" onSubmit={submit} aria-labelledby="create-board-title">
      <h2 id="create-board-title">{t('create.title')}</h2>
      {error && (
        <p role="alert" class="banner error">
          {error}
        </p>
      )}
      <div class="grid-2">
        {FIELDS.map(([key, label, placeholder]) => (
          <div class="field" key={key}>
            <label for={`new-${key}`}>{key === 'name' ? t('create.required', { label: t(label) }) : t(label)}</label>
            <input
              id={`new-${key}`}
              required={key === 'name'}
              placeholder={t(placeholder)}
              value={team[key]}
              onInput={(e) => setTeam({ ...team, [key]: e.currentTarget.value })}
            />
          </div>
        ))}
        <div class="field">
          <label for="new-me">{t('create.me')}</label>
          <input id="new-me" value={myName} placeholder={t('create.mePlaceholder')} onInput={(e) => setMyName(e.currentTarget.value)} />
        </div>
        <SelectField label={t('create.role')} value={myRole} options={ROLES} labels={(role) => t(`role.${role}`)} onChange={setMyRole} />
      </div>
      <button type="submit" class="primary" disabled={busy}>
        {t('create.submit')}
      </button>
    </form>
  );
}

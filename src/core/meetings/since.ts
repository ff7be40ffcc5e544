import type * as Y from 'yjs';
import { collection, KIND_LABELS, type Kind } from '../doc/layout';
import { readEntity } from '../read/entity';
import { shortTitle } from './agenda';
import type { Language } from '../i18n/language';
import { translator } from '../i18n/translate';

/** One thing that changed on the board: what, how, when and by whom (when the editor's name is known). */
export interface BoardChange {
  readonly kind: ChangeKind;
  readonly id: string;
  readonly title: string;
  readonly what: 'added' | 'changed' | 'deleted';
  readonly at: number;
  readonly by: string;
}

/** The kinds a team reviews at a meeting; meetings' own records are not "changes to the board". */
export const CHANGE_KINDS = ['ideas', 'projects', 'cycles', 'measures', 'points', 'actions', 'people', 'annotations'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = KIND_LABELS;

type Stamped = { id: string; createdAt: number; deleted: boolean; updatedAt?: number; createdBy?: string; updatedBy?: string };

/**
 * What changed on the board after `since` (ms): entities added, changed (any field, a status among them)
 * or deleted, newest first, with the name stamped by whoever last changed them. Reads the document, so
 * deleted entities count too.
 */
export const changesSince = (doc: Y.Doc, since: number, language: Language = 'en'): BoardChange[] => {
  const aMeasure = translator(language).t('since.aMeasure');
  const measureNames = new Map<string, string>();
  collection(doc, 'measures').forEach((value, id) => {
    const read = readEntity('measures', id, value);
    if (read.ok) measureNames.set(id, read.value.name);
  });
  const out: BoardChange[] = [];
  for (const kind of CHANGE_KINDS) {
    collection(doc, kind as Kind).forEach((value, id) => {
      const read = readEntity(kind, id, value);
      if (!read.ok) return;
      const entity = read.value as Stamped & Record<string, unknown>;
      const updated = entity.updatedAt ?? entity.createdAt;
      if (updated <= since && entity.createdAt <= since) return;
      const what = entity.deleted ? 'deleted' : entity.createdAt > since ? 'added' : 'changed';
      const by = (what === 'added' ? (entity.createdBy ?? entity.updatedBy) : entity.updatedBy) ?? (typeof entity.author === 'string' ? entity.author : '');
      out.push({ kind, id, title: titleOf(kind, entity, measureNames, aMeasure), what, at: Math.max(updated, entity.createdAt), by });
    });
  }
  return out.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
};

const titleOf = (kind: ChangeKind, entity: Record<string, unknown>, measureNames: Map<string, string>, aMeasure: string): string => {
  const text = (key: string) => (typeof entity[key] === 'string' ? (entity[key] as string) : '');
  switch (kind) {
    case 'ideas':
    case 'actions':
    case 'annotations':
      return shortTitle(text('text'));
    case 'measures':
    case 'people':
      return text('name');
    case 'points':
      return `${measureNames.get(text('measureId')) ?? aMeasure}, ${text('date')}: ${String(entity.value)}`;
    default:
      return text('title');
  }
};

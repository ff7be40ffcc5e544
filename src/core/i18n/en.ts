import { common } from './en/common';
import { frame } from './en/frame';
import { start } from './en/start';
import { capture } from './en/capture';
import { options } from './en/options';
import { printed } from './en/printed';
import { labels } from './en/labels';
import { charts } from './en/charts';
import { report } from './en/report';
import { meeting } from './en/meeting';
import { backup } from './en/backup';
import { ideas } from './en/ideas';
import { projects } from './en/projects';
import { measures } from './en/measures';
import { team } from './en/team';
import { shell } from './en/shell';
import { library } from './en/library';
import { refusals } from './en/refusals';

/**
 * Every word the product shows, in English: the source catalogue, one file per part of the product in en/.
 * Keys name where a message is used (`capture.…` is the quick-add popup). A `{name}` is filled in when the
 * message is shown; a plural gives one text per plural category. Spanish is in es/, and the words of the
 * partnership in glossary.md.
 */
export const en = {
  ...common,
  ...frame,
  ...start,
  ...capture,
  ...options,
  ...printed,
  ...labels,
  ...charts,
  ...report,
  ...meeting,
  ...backup,
  ...ideas,
  ...projects,
  ...measures,
  ...team,
  ...shell,
  ...library,
  ...refusals,
} as const;

export type English = typeof en;
export type MessageKey = keyof English;

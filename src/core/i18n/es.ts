import type { Translation } from './catalogue';
import type { English } from './en';
import { common } from './es/common';
import { frame } from './es/frame';
import { start } from './es/start';
import { capture } from './es/capture';
import { options } from './es/options';
import { printed } from './es/printed';
import { labels } from './es/labels';
import { charts } from './es/charts';
import { report } from './es/report';
import { meeting } from './es/meeting';
import { backup } from './es/backup';
import { ideas } from './es/ideas';
import { projects } from './es/projects';
import { measures } from './es/measures';
import { team } from './es/team';
import { shell } from './es/shell';
import { library } from './es/library';
import { refusals } from './es/refusals';

/**
 * Every word the product shows, in Spanish: plain Spanish for staff who read it first, with the partnership's
 * terms as glossary.md gives them. Same parts, keys and placeholders as en/; the compiler and
 * test/core/i18n/catalogue.test.ts hold it to that.
 */
export const es: Translation<English> = {
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
};

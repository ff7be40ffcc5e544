import type { Measure, Project } from '../schema/entities';
import { byOrder } from './entity';

/**
 * The measure a project is judged by: the one chosen as its main measure while it is still on the board,
 * otherwise its first linked measure in board order, otherwise none. One rule for the Value Compass, the
 * project page and a practice shared to the library.
 */
export const mainMeasureOf = (project: Project, measures: readonly Measure[]): Measure | null =>
  measures.find((m) => m.id === project.mainMeasureId) ??
  measures
    .filter((m) => project.measureIds[m.id] === true)
    .sort(byOrder)
    .at(0) ??
  null;

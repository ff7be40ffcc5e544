/** The pure domain core of UBT Board: schemas, operations on a board's Y.Doc, and reads. No DOM, no browser APIs. */
export * from './schema/enums';
export * from './schema/entities';
export { isWebAddress, MAX_PROSE, MAX_SHORT } from './schema/inputs';
export * from './doc/layout';
export { toPlain, replaceText } from './doc/entity';
export * from './ops/index';
export * from './read/entity';
export * from './read/board';
export * from './read/compass';
export * from './library';
export * from './invite';
export * from './settings';
export * from './capture/capture';
export * from './capture/privacy';
export * from './capture/similarity';
export * from './measures/dates';
export * from './measures/importRows';

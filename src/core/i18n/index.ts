export * from './catalogue';
export * from './language';
export * from './translate';
export { en, type English, type MessageKey } from './en';
export { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoText } from './pseudo';

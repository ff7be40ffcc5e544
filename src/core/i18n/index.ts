export * from './catalogue';
export * from './language';
export * from './translate';
export { en, type English, type MessageKey } from './en';

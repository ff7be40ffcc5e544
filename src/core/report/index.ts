export { buildReport, type ReportModel, type ReportScope, type ProjectReport } from './model';
export { renderReportHtml } from './html';
export { REPORT_CSP, esc, cssString } from './document';
export { renderReportMarkdown } from './markdown';
export { mdEscape, mdEscapeSentence } from './mdText';
export { renderMeasuresCsv } from './csv';
export { renderInvitePosterHtml, inviteQrSvg } from './poster';

export { buildReport, type ReportModel, type ReportScope, type ProjectReport } from './model';
export { renderReportHtml, REPORT_CSP, esc, cssString } from './html';
export { renderReportMarkdown, mdEscape, mdEscapeSentence } from './markdown';
export { renderMeasuresCsv } from './csv';
export { renderInvitePosterHtml, inviteQrSvg } from './poster';

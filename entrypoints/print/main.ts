import { showPrintableReport } from '../../src/ui/report/printPage';

void showPrintableReport(new URLSearchParams(location.hash.slice(1)));

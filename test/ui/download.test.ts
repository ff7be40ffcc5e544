import { describe, expect, it } from 'vitest';
import { fileStem } from '../../src/ui/report/download';

describe('file names from a team name', () => {
  const day = new Date(Date.UTC(2026, 10, 25));
  it('keeps letters of any script and turns the rest into dashes', () => {
    expect(fileStem('Med-Surg 4 West', day)).toBe('med-surg-4-west-2026-11-25');
    expect(fileStem('Médico-Quirúrgica', day)).toBe('médico-quirúrgica-2026-11-25');
    expect(fileStem('', day)).toBe('board-2026-11-25');
  });
  it('lets no override, path or extension trick into the name, and stays short', () => {
    expect(fileStem('Ward 4\u202Elmth.exe', day)).toBe('ward-4-lmth-exe-2026-11-25');
    expect(fileStem('../../etc/passwd', day)).toBe('etc-passwd-2026-11-25');
    expect(fileStem('W'.repeat(200), day)).toBe(`${'w'.repeat(60)}-2026-11-25`);
    expect(fileStem('\u202E\u202E', day)).toBe('board-2026-11-25');
  });
});

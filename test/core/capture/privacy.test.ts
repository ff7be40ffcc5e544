import { describe, expect, it } from 'vitest';
import { findIdentifiers, redact, redactAll, validNhs, type IdentifierKind } from '../../../src/core/capture/privacy';

/**
 * Invented examples only: no real patient data. NHS numbers are made-up ten-digit numbers whose modulus-11
 * check digit was worked out by hand; SSNs use ranges that are valid in form only.
 */
const POSITIVE: [string, IdentifierKind, string][] = [
  ['Pt seen today, MRN: 00482913, needs follow-up', 'mrn', 'MRN: 00482913'],
  ['medical record number 7731245 was mis-filed', 'mrn', 'medical record number 7731245'],
  ['Chart # A-1188231 missing', 'mrn', 'Chart # A-1188231'],
  ['DOB: 03/14/1952 on the wristband', 'dob', 'DOB: 03/14/1952'],
  ['date of birth 1948-11-02', 'dob', 'date of birth 1948-11-02'],
  ['born on 3 March 1950 in Leeds', 'dob', 'born on 3 March 1950'],
  ['SSN 123-45-6789 written on the form', 'ssn', '123-45-6789'],
  ['social security number: 123456789', 'ssn', 'social security number: 123456789'],
  ['NHS number 943 476 5919 on the letter', 'nhs', '943 476 5919'],
  ['nhs no 4010232137', 'nhs', '4010232137'],
  ['Call the daughter at (415) 555-0134 tonight', 'phone', '(415) 555-0134'],
  ['mobile 415.555.0199', 'phone', '415.555.0199'],
  ['ring 07700 900461 after 5', 'phone', '07700 900461'],
  ['+44 20 7946 0958 is the ward', 'phone', '+44 20 7946 0958'],
  ['email jane.doe@example.com about it', 'email', 'jane.doe@example.com'],
  ['lives at 42 Wallaby Way, second floor', 'address', '42 Wallaby Way'],
  ['1600 Pennsylvania Avenue', 'address', '1600 Pennsylvania Avenue'],
  ['Oakland, CA 94612', 'address', 'CA 94612'],
  ['postcode SW1A 1AA', 'address', 'SW1A 1AA'],
  ['Patient: John Smith fell twice', 'label', 'Patient: John Smith fell twice'],
  ['name: Maria Lopez', 'label', 'name: Maria Lopez'],
  ["Patient's name: R. Okafor", 'label', "Patient's name: R. Okafor"],
];

const NEGATIVE = [
  'wait time 15 minutes',
  'room 12',
  '3 falls in May',
  'bed 4 and bed 12 were blocked',
  'discharge before 11am on 2026-03-02',
  'ext. 4521 for the charge nurse',
  'Press Ganey score rose from 82 to 87',
  '10 patients waited more than 4 hours',
  'Unit 4 West huddle at 7:30',
  'Cycle 2 starts 3 March 2026',
  'we saw 1,250 visits in Q1',
  'target 95% by 30 June 2026',
  'HCAHPS 72.5 percentile',
  'Policy 12.4 section 3',
];

describe('privacy detector', () => {
  it.each(POSITIVE)('flags %j as %s', (text, kind, match) => {
    const findings = findIdentifiers(text);
    expect(findings.map((f) => [f.kind, f.match])).toEqual([[kind, match]]);
    const redacted = redact(text, findings[0]!);
    expect(redacted).not.toContain(match);
    expect(redacted).toMatch(/\[.+ removed\]/);
    expect(findIdentifiers(redacted)).toEqual([]);
  });

  it.each(NEGATIVE)('leaves ordinary operations text alone: %j', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });

  it('finds several identifiers in one capture, in order, and redacts them all', () => {
    const text = 'Patient: Ann Lee, DOB 01/02/1940, MRN 5512345, call (415) 555-0134';
    expect(findIdentifiers(text).map((f) => f.kind)).toEqual(['label', 'dob', 'mrn', 'phone']);
    const clean = redactAll(text);
    expect(findIdentifiers(clean)).toEqual([]);
    expect(clean).toContain('[date of birth removed]');
  });

  it('checks NHS numbers with the modulus-11 check digit', () => {
    // 943 476 5919: 9×10+4×9+3×8+4×7+7×6+6×5+5×4+9×3+1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9 ✓
    expect(validNhs('9434765919')).toBe(true);
    expect(validNhs('9434765918')).toBe(false);
    expect(findIdentifiers('reference 9434765918')).toEqual([]);
  });

  it('does not treat an invalid social security number as one', () => {
    expect(findIdentifiers('order 000-12-3456 and 666-12-3456')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findIdentifiers, redact, redactAll, type IdentifierKind } from '../../../src/core/capture/privacy';

/** Spanish labels and formats (issue 26). Invented examples only: no real patient data. */
const POSITIVE: [string, IdentifierKind, string][] = [
  ['Paciente: María José Hernández se cayó dos veces', 'label', 'Paciente: María José Hernández se cayó dos veces'],
  ['nombre del paciente: R. Gutiérrez', 'label', 'nombre del paciente: R. Gutiérrez'],
  ['Nombre completo: Ana Lucía Ramírez', 'label', 'Nombre completo: Ana Lucía Ramírez'],
  ['fecha de nacimiento: 14/03/1952 en la pulsera', 'dob', 'fecha de nacimiento: 14/03/1952'],
  ['Fecha de nacimiento 3 de mayo de 1948', 'dob', 'Fecha de nacimiento 3 de mayo de 1948'],
  ['nacido el 2 de noviembre de 1950 en Oaxaca', 'dob', 'nacido el 2 de noviembre de 1950'],
  ['nacida el 7 sept. 1961', 'dob', 'nacida el 7 sept. 1961'],
  ['F. nac.: 21-ene-1939', 'dob', 'F. nac.: 21-ene-1939'],
  ['FDN 1948-11-02', 'dob', 'FDN 1948-11-02'],
  ['expediente 00482913 traspapelado', 'mrn', 'expediente 00482913'],
  ['n.º de expediente: 7731245', 'mrn', 'n.º de expediente: 7731245'],
  ['número de historia clínica 1188231', 'mrn', 'número de historia clínica 1188231'],
  ['HC: A-5512345 sin firmar', 'mrn', 'HC: A-5512345'],
  ['NSS 12345678901 en el formulario', 'ssn', 'NSS 12345678901'],
  ['número de seguro social: 123 45 6789', 'ssn', 'número de seguro social: 123 45 6789'],
  ['Llamar a la hija al 612 34 56 78 esta noche', 'phone', '612 34 56 78'],
  ['la planta: 91 123 45 67', 'phone', '91 123 45 67'],
  ['móvil 612 345 678', 'phone', 'móvil 612 345 678'],
  ['+34 612 345 678 es de la familia', 'phone', '+34 612 345 678'],
  ['+52 55 1234 5678 (Ciudad de México)', 'phone', '+52 55 1234 5678'],
  ['tel.: 5512345678 del esposo', 'phone', 'tel.: 5512345678'],
  ['celular 33 1234 5678', 'phone', 'celular 33 1234 5678'],
];

const NEGATIVE = [
  'tiempo de espera 15 minutos',
  'sala 12',
  '3 caídas en mayo',
  'las camas 4 y 12 estaban bloqueadas',
  'alta antes de las 11 h el 2026-03-02',
  'ext. 4521 para la enfermera a cargo',
  'El ciclo 2 empieza el 3 de marzo de 2026',
  'meta: 95 % para el 30 de junio de 2026',
  'atendimos 1.250 visitas en el primer trimestre',
  'turno de 7 a 15 h, 23 camas, 12 enfermeras',
  'de 700 800 900 llamadas al mes bajamos a 650',
  'Política 12.4, sección 3',
  'La puntuación de Press Ganey subió de 82 a 87',
  '10 pacientes esperaron más de 4 horas',
  'Unidad 4 Oeste, reunión a las 7:30',
  'Nombre del proyecto: Menos caídas de noche',
];

describe('privacy detector in Spanish', () => {
  it.each(POSITIVE)('flags %j as %s', (text, kind, match) => {
    const findings = findIdentifiers(text);
    expect(findings.map((f) => [f.kind, f.match])).toEqual([[kind, match]]);
    const redacted = redact(text, findings[0]!);
    expect(redacted).not.toContain(match);
    expect(findIdentifiers(redacted)).toEqual([]);
  });

  it.each(NEGATIVE)('leaves ordinary operations text alone: %j', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });

  it('finds several identifiers in one Spanish capture, in order, and removes them all', () => {
    const text = 'Paciente: Ana Ruiz, nacida el 1 de febrero de 1940, expediente 5512345, tel. 612 34 56 78';
    expect(findIdentifiers(text).map((f) => f.kind)).toEqual(['label', 'dob', 'mrn', 'phone']);
    expect(findIdentifiers(redactAll(text))).toEqual([]);
  });
});

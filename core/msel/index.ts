/**
 * MSEL interchange: reading spreadsheets of other tools' master scenario event lists into scenario documents,
 * with their column synonyms and time grammar, and writing a scenario back out as an MSEL.
 */
export * from './msel-time';
export * from './msel-columns';
export * from './msel-import';
export * from './spreadsheet-reader';
export * from './msel-export';
export * from './msel-report';

export * from './ui-store';
export * from './opened-documents';
export * from './language-scope';

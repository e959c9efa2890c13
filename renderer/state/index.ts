export * from './ui-store';
export * from './opened-documents';

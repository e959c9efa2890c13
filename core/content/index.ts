export * from './classify-documents';
export * from './validate-content';
export * from './json-schemas';
export * from './playbook-catalogue';

/** The shared model: zod schemas and types used by scripts/ and src/. */
export * from './ids.ts';
export * from './id-schemas.ts';
export * from './registry.ts';
export * from './document.ts';
export * from './measure.ts';
export * from './lineage.ts';
export * from './cited-id.ts';
export * from './note.ts';

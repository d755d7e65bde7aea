/**
 * Size limits of one source, checked by the ingest so that a document the site cannot build gets a
 * message before the build starts instead of a build that never finishes.
 *
 * Why these numbers: the real sources are 11–37 KB with at most about 80 units, and a long
 * provincial plan rarely exceeds 150 KB. The site renders one page per unit, and each unit page walks
 * its document's units (previous/next, ancestors), so the build grows with the square of a single
 * document's units: 10,000 units (the large document of scripts/ingest/hostile.test.ts) still
 * builds, while a 20 MB source of 98,000 units did not build in 9 minutes. The limits leave two
 * orders of magnitude above real documents and stay above that large test document.
 */

/** Bytes of a source file; larger files are not read (checked before decoding). */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Units of one document. */
export const MAX_DOCUMENT_UNITS = 12_000;

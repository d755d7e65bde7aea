/**
 * `npm run build`'s entry; the build itself is ./build/run.ts.
 *
 * JavaScript, so that it can turn Node's compile cache on before any TypeScript is loaded: Node
 * strips a module's types with a WebAssembly compiler that takes about 0.1 s to start, and a module
 * found in the cache is not stripped again. NODE_COMPILE_CACHE hands the cache to worker threads
 * (the ingest's), which would otherwise start that compiler too. The cache also keeps V8's compiled
 * code of Astro, Vite and the rest, as Astro's own CLI does; not in CI, where it would be written
 * and never read.
 */
import module from 'node:module';
import process from 'node:process';

if (!process.env.CI) {
  const { directory } = module.enableCompileCache?.() ?? {};
  if (directory) process.env.NODE_COMPILE_CACHE = directory;
}
await import('./build/run.ts');

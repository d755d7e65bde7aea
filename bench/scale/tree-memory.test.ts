import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sampleTreePeak, treeResidentBytes } from './tree-memory.ts';

describe('treeResidentBytes', () => {
  it('counts a process’s children with it', async () => {
    // A shell whose child holds 64 MiB: the tree is larger than the shell by about that much.
    const child = spawn(
      process.execPath,
      ['-e', 'const b = Buffer.alloc(64 * 2 ** 20, 1); setTimeout(() => b, 60_000)'],
      {
        stdio: 'ignore',
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const own = treeResidentBytes(child.pid!);
    const withParent = treeResidentBytes(process.pid);
    const sampler = sampleTreePeak(process.pid, 50);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const peak = sampler.stop();
    child.kill();
    expect(own).toBeGreaterThan(64 * 2 ** 20);
    expect(withParent).toBeGreaterThan(own + 10 * 2 ** 20);
    expect(peak).toBeGreaterThanOrEqual(own);
  });
});

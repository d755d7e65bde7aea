/**
 * The resident memory of a process and all its descendants, summed, sampled while it runs: what the
 * machine must hold at once. `/usr/bin/time` reports one process's peak, and a build's Pagefind
 * service is a child process that runs beside it (at 10,000 documents 7 GB, beside the build's 5).
 * Linux (/proc) only; elsewhere the peak is 0, and the report says so.
 */
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Every process's parent, from /proc/<pid>/stat (the name may hold spaces and parentheses). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(name), ppid);
    } catch {
      // The process ended while the table was read.
    }
  }
  return parentOf;
}

/** Resident bytes of `root` and its descendants now. */
export function treeResidentBytes(root: number): number {
  const parentOf = parents();
  const inTree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parentOf)
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid);
        grew = true;
      }
  }
  let bytes = 0;
  for (const pid of inTree) {
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      // Ended meanwhile.
    }
  }
  return bytes;
}

/** Samples the tree of `root` every `everyMs` until stopped; `stop()` returns the largest sum seen. */
export function sampleTreePeak(root: number, everyMs = 250): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, treeResidentBytes(root));
    } catch {
      // No /proc: no figure.
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

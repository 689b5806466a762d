import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const CPU_READABLE = existsSync('/proc/self/stat');

/**
 * CPU time used so far, user and system, in ms: by the machine's Chromium processes, and by this
 * process (the demo server and Playwright). On CI's two cores a cold launch keeps both busy, so its
 * time follows the work it gives the machine: this says how much, and where. Linux only (/proc):
 * elsewhere it reads zero, and the benchmark leaves the CPU rows out.
 */
export function cpuMs(): { browser: number; server: number } {
  if (!CPU_READABLE) return { browser: 0, server: 0 };
  let browser = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (/chrom(e|ium)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) browser += ticks(pid);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return { browser: browser * TICK_MS, server: ticks('self') * TICK_MS };
}

// The kernel counts in USER_HZ, 100 per second on Linux.
const TICK_MS = 10;
/** utime + stime: fields 14 and 15 of /proc/<pid>/stat, counted after the command name's ')'. */
function ticks(pid: string): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

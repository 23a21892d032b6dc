/**
 * Loaded into a command a bench runs (`node --import .../usage-on-exit.mjs`): when the process
 * exits, writes what it used to the file named by BENCH_USAGE_FILE: CPU time of all its threads,
 * peak resident memory, and how long it ran.
 */
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_USAGE_FILE;
if (file)
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
        maxRssBytes: usage.maxRSS * 1024,
        seconds: process.uptime(),
      }),
    );
  });

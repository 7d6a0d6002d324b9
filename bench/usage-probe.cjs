'use strict';
// Preloaded (`node -r`) into each timed Node process of the bench: at exit it appends the process's own
// kernel-measured peak RSS (getrusage ru_maxrss) and CPU times to the file named by JIXIAO_BENCH_PROBE.
// The CLI and the bare exceljs load get the same probe, so their figures compare like for like.
const { appendFileSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  const line = {
    maxRssBytes: usage.maxRSS * 1024,
    userMs: usage.userCPUTime / 1000,
    systemMs: usage.systemCPUTime / 1000,
  };
  appendFileSync(process.env.JIXIAO_BENCH_PROBE, `${JSON.stringify(line)}\n`);
});

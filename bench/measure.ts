/**
 * Measuring helpers for bench/run.ts: medians, timed subprocesses with the peak RSS of their whole process
 * tree (sampled from /proc, so parallel batch workers are summed), and the machine description.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds of one call of `action`. */
export async function timeIt(action: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

const PROC_AVAILABLE = process.platform === 'linux' && existsSync('/proc/self/status');

/** Sum of VmRSS (bytes) over `rootPid` and all its descendants; 0 when /proc is unavailable. */
export function processTreeRss(rootPid: number): number {
  if (!PROC_AVAILABLE) return 0;
  const childrenOf = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = childrenOf.get(ppid) ?? [];
      list.push(Number(entry));
      childrenOf.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // Gone already.
    }
    queue.push(...(childrenOf.get(pid) ?? []));
  }
  return total;
}

export interface RunResult {
  code: number | null;
  ms: number;
  stdout: string;
  stderr: string;
  /** Peak of the summed RSS of the process tree (bytes), sampled every `sampleMs`; 0 without /proc. */
  peakTreeRss: number;
}

/** What a Node process reports about itself at exit (bench/usage-probe.cjs): exact, not sampled. */
export interface ProcessUsage {
  /** getrusage's ru_maxrss: the process's peak resident set, in bytes. */
  maxRssBytes: number;
  userMs: number;
  systemMs: number;
}

const USAGE_PROBE = path.join(__dirname, 'usage-probe.cjs');

/**
 * Run `node <args>` with the usage probe preloaded: wall time from here, peak RSS and CPU time from the
 * kernel. CPU time is the steadier figure on a shared machine (waiting for a core adds wall time only).
 */
export async function runNodeMeasured(
  args: readonly string[],
  options: { cwd?: string } = {},
): Promise<RunResult & { usage: ProcessUsage }> {
  const probeFile = path.join(os.tmpdir(), `jixiao-bench-probe-${process.pid}-${Date.now()}.jsonl`);
  const previous = process.env.JIXIAO_BENCH_PROBE;
  process.env.JIXIAO_BENCH_PROBE = probeFile;
  try {
    const result = await runTimed(process.execPath, ['-r', USAGE_PROBE, ...args], options);
    const lines = existsSync(probeFile) ? readFileSync(probeFile, 'utf8').trim().split('\n') : [];
    if (lines.length === 0 || !lines[0]) throw new Error(`no usage reported by node ${args.join(' ')}`);
    return { ...result, usage: JSON.parse(lines[lines.length - 1]) as ProcessUsage };
  } finally {
    if (previous === undefined) delete process.env.JIXIAO_BENCH_PROBE;
    else process.env.JIXIAO_BENCH_PROBE = previous;
    rmSync(probeFile, { force: true });
  }
}

/** Run a command, timing it and sampling the RSS of its process tree. */
export function runTimed(
  command: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number; sampleMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakTreeRss = 0;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const sample = () => {
      if (child.pid) peakTreeRss = Math.max(peakTreeRss, processTreeRss(child.pid));
    };
    const sampler = setInterval(sample, options.sampleMs ?? 100);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} timed out after ${options.timeoutMs} ms`));
    }, options.timeoutMs ?? 300_000);
    child.on('error', (error) => {
      clearInterval(sampler);
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      clearTimeout(timer);
      resolve({ code, ms: performance.now() - start, stdout, stderr, peakTreeRss });
    });
  });
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

/**
 * The page ↔ worker protocol end to end, in one thread: the page's client (createWorkerJob) over a fake Worker
 * whose messages reach serveJob running a real WorkbookJob (exceljs and the engine) — progress, results,
 * user-facing file errors and the order of requests.
 */
import * as ExcelJS from 'exceljs';
import type { Progress } from '../../src/host/contract';
import { WorkbookFileError, WorkbookJob } from '../../src/web/workbookJob';
import { createWorkerJob, type WorkerLike } from '../../src/web/workerJob';
import { serveJob, type JobRequest, type JobResponse } from '../../src/web/workerProtocol';
import { workbookFromSnapshot } from '../support/exceljs';
import { seedWorkbook } from '../fixtures/seed';

function connectedJob() {
  const worker: WorkerLike & { requests: JobRequest[] } = {
    requests: [],
    onmessage: null,
    postMessage(message) {
      const request = structuredClone(message) as JobRequest;
      this.requests.push(request);
      void serve(request);
    },
  };
  const serve = serveJob(new WorkbookJob(), (message: JobResponse) =>
    // Messages arrive later and as copies, as from a real worker.
    setTimeout(() => worker.onmessage?.({ data: structuredClone(message) } as MessageEvent<JobResponse>), 0),
  );
  return { job: createWorkerJob(worker), worker };
}

async function seedBytes(): Promise<ArrayBuffer> {
  const bytes = new Uint8Array((await workbookFromSnapshot(ExcelJS, seedWorkbook()).xlsx.writeBuffer()) as ArrayBuffer);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe('the workbook worker protocol', () => {
  it('loads, evaluates with progress in step order, fixes, undoes and exports', async () => {
    const { job, worker } = connectedJob();
    await job.load(await seedBytes(), 'zh-CN');
    const steps: Progress[] = [];
    const view = await job.evaluate('national', (progress) => steps.push(progress));
    expect(steps.map((step) => step.step)).toEqual(['read', 'evaluate', 'write', 'write']);
    expect(steps.map((step) => step.fraction)).toEqual([...steps.map((step) => step.fraction)].sort((a, b) => a - b));
    expect(view.evaluation.tables.some((table) => table.grade === '优')).toBe(true);
    expect(view.written?.added).toEqual(['自评报告', '评估结果']);

    const fix = view.evaluation.findings.find((finding) => finding.code === 'score-mismatch')!.fix!;
    const fixed = await job.applyFixes([fix]);
    expect(fixed.written?.cells.map((cell) => cell.cell)).toEqual(['J6', 'J32']);
    expect(fixed.evaluation.findings.some((finding) => finding.code === 'total-mismatch')).toBe(false);
    await expect(job.canUndo()).resolves.toBe(true);
    expect((await job.exportBytes()).byteLength).toBeGreaterThan(1000);

    const restored = await job.undo();
    expect(restored?.evaluation.findings.map((finding) => finding.code)).toEqual(
      view.evaluation.findings.map((finding) => finding.code),
    );
    expect(worker.requests.map((request) => request.method)).toEqual([
      'load',
      'evaluate',
      'applyFixes',
      'canUndo',
      'exportBytes',
      'undo',
    ]);
  });

  it('turns a bad file into a WorkbookFileError with its reason', async () => {
    const { job } = connectedJob();
    const error = await job
      .load(new TextEncoder().encode('not a workbook').buffer as ArrayBuffer, 'zh-CN')
      .catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).problem).toBe('notZip');
  });
});

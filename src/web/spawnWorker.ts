/** The page's workbook worker (a chunk of our own origin, so the CSP's script-src 'self' covers it). */
export function spawnWorkbookWorker(): Worker {
  return new Worker(new URL(/* webpackChunkName: "workbook-worker" */ './workbook.worker.ts', import.meta.url));
}

/**
 * The standalone page's worker: holds the workbook and runs the WorkbookJob, so reading, evaluating and writing
 * never block the page. Requests are handled one at a time, in order (src/web/workerProtocol).
 */
import { WorkbookJob } from './workbookJob';
import { serveJob, type JobRequest, type JobResponse } from './workerProtocol';

const scope = self as unknown as {
  postMessage(message: JobResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
};
const serve = serveJob(new WorkbookJob(), (message, transfer) => scope.postMessage(message, transfer ?? []));

scope.onmessage = (event) => {
  void serve(event.data);
};

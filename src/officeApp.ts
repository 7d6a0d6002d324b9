/** The add-in's lazily loaded part, as one chunk: the pane, the Excel host and the engine they share. */
export { TaskpaneApp, enginePresenter } from './taskpane/pane';
export { createExcelHost } from './excel';

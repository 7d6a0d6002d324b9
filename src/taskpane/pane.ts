/** The task pane as one lazily loaded chunk (src/main.tsx loads it while office.js loads). */
export { TaskpaneApp } from './components/App';
export { enginePresenter } from './enginePresenter';

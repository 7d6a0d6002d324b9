/**
 * Ribbon commands (FunctionFile). The 评估 button uses ShowTaskpane, so nothing runs here yet; `action` is
 * registered so an ExecuteFunction button can be added to the manifest without touching this page.
 * Kept free of React/Fluent UI (an ESLint rule enforces it) so the function file stays tiny.
 */
export function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  // Office.actions is missing on old hosts (before SharedRuntime/ribbon API); the button still works there.
  if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
    Office.actions.associate('action', action);
  }
});

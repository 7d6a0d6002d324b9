/**
 * Messages next to the action that caused them: each action group has its own inline Fluent Toaster.
 * Confirmations time out; errors stay until dismissed and are announced (role=alert).
 */
import * as React from 'react';
import { Button, Toast, ToastBody, ToastTitle, Toaster, useId, useToastController } from '@fluentui/react-components';

export type NoticeIntent = 'error' | 'warning' | 'success' | 'info';

/** How long a confirmation stays (ms); errors stay until dismissed. */
export const TOAST_TIMEOUT_MS: Record<NoticeIntent, number> = { success: 4000, info: 6000, warning: 8000, error: -1 };

export interface ActionToasts {
  notify(intent: NoticeIntent, text: string, title?: string): void;
  dismissAll(): void;
  /** Place where the messages of this action group appear. */
  toaster: React.ReactElement;
}

export function useActionToasts(dismissLabel: string, name: string): ActionToasts {
  const toasterId = useId(`jx-toaster-${name}`);
  const { dispatchToast, dismissAllToasts, dismissToast } = useToastController(toasterId);
  const nextId = React.useRef(1);
  const notify = React.useCallback(
    (intent: NoticeIntent, text: string, title?: string) => {
      const toastId = `${toasterId}-${nextId.current++}`;
      dispatchToast(
        <Toast data-intent={intent} role={intent === 'error' ? 'alert' : 'status'}>
          {title ? (
            <ToastTitle
              action={
                intent === 'error' ? (
                  <Button appearance="transparent" size="small" onClick={() => dismissToast(toastId)}>
                    {dismissLabel}
                  </Button>
                ) : undefined
              }
            >
              {title}
            </ToastTitle>
          ) : null}
          <ToastBody>{text}</ToastBody>
        </Toast>,
        { intent, timeout: TOAST_TIMEOUT_MS[intent], toastId, politeness: intent === 'error' ? 'assertive' : 'polite' },
      );
    },
    [dispatchToast, dismissToast, dismissLabel, toasterId],
  );
  const dismissAll = React.useCallback(() => dismissAllToasts(), [dismissAllToasts]);
  const toaster = <Toaster toasterId={toasterId} inline position="bottom-start" limit={3} />;
  return { notify, dismissAll, toaster };
}

import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export type NoticeIntent = 'error' | 'warning' | 'success' | 'info';

export interface Notice {
  id: number;
  intent: NoticeIntent;
  title?: string;
  text: string;
}

export interface NoticesProps {
  notices: Notice[];
  dismissLabel: string;
  onDismiss(id: number): void;
}

/** Every error and confirmation reaches the user here; errors are announced (role=alert). */
export function Notices({ notices, dismissLabel, onDismiss }: NoticesProps): React.ReactElement | null {
  if (notices.length === 0) return null;
  return (
    <div className="jx-notices">
      {notices.map((notice) => (
        <MessageBar
          key={notice.id}
          intent={notice.intent}
          role={notice.intent === 'error' ? 'alert' : 'status'}
          data-intent={notice.intent}
        >
          <MessageBarBody>
            {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
            {notice.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={dismissLabel}
                onClick={() => onDismiss(notice.id)}
              >
                ×
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}

/** State helper: a list of notices with unique ids. */
export function useNotices(): {
  notices: Notice[];
  push(intent: NoticeIntent, text: string, title?: string): void;
  dismiss(id: number): void;
  clear(): void;
} {
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const nextId = React.useRef(1);
  const push = React.useCallback((intent: NoticeIntent, text: string, title?: string) => {
    const id = nextId.current++;
    setNotices((current) => [...current, { id, intent, text, title }]);
  }, []);
  const dismiss = React.useCallback((id: number) => setNotices((current) => current.filter((n) => n.id !== id)), []);
  const clear = React.useCallback(() => setNotices([]), []);
  return { notices, push, dismiss, clear };
}

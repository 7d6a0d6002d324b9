import * as React from 'react';
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { copyText, type CopyEnvironment } from '../clipboard';
import { fillTemplate } from '../../engine/template';
import { errorDetail, type Messages } from '../messages';
import type { NoticeIntent } from './Notices';

const useStyles = makeStyles({
  text: {
    whiteSpace: 'pre-wrap',
    maxHeight: '320px',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    margin: `${tokens.spacingVerticalS} 0`,
  },
});

export interface NarrativePanelProps {
  text: string;
  messages: Messages;
  notify(intent: NoticeIntent, text: string): void;
  /** Tests inject the clipboard and document; the app uses the page's. */
  copyEnvironment?: CopyEnvironment;
}

export function NarrativePanel({ text, messages, notify, copyEnvironment }: NarrativePanelProps): React.ReactElement {
  const styles = useStyles();
  const [manual, setManual] = React.useState(false);
  const manualBox = React.useRef<HTMLTextAreaElement>(null);

  React.useEffect(() => {
    if (manual && manualBox.current) {
      manualBox.current.focus();
      manualBox.current.select();
    }
  }, [manual]);

  const copy = async () => {
    try {
      const outcome = await copyText(text, copyEnvironment);
      if (outcome === 'manual') {
        setManual(true);
        notify('warning', messages.copyManualHint);
      } else {
        setManual(false);
        notify('success', messages.copied);
      }
    } catch (error) {
      notify('error', fillTemplate(messages.copyFailed, { detail: errorDetail(error, messages) }));
    }
  };

  return (
    <div>
      <Button appearance="secondary" onClick={copy}>
        {messages.copyAll}
      </Button>
      {manual ? (
        <Field label={messages.narrativeBoxLabel} hint={messages.copyManualHint}>
          <Textarea
            readOnly
            value={text}
            rows={10}
            resize="vertical"
            textarea={{ ref: manualBox }}
            data-testid="manual-copy-box"
          />
        </Field>
      ) : null}
      <div className={styles.text} data-testid="narrative-text" tabIndex={0} aria-label={messages.narrativeBoxLabel}>
        {text}
      </div>
    </div>
  );
}

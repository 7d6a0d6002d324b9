/**
 * The standalone page: choose or drop an .xlsx, then the same 评估 workflow as the task pane, plus
 * 下载评估结果. Everything happens in this browser tab.
 */
import * as React from 'react';
import { Button, Spinner, Text, Title2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HostView } from '../host/contract';
import { Shell } from '../taskpane/components/StartupScreen';
import { EvaluationPanel } from '../taskpane/components/EvaluationPanel';
import { useActionToasts } from '../taskpane/components/Toasts';
import { saveBytes, XLSX_TYPE } from '../taskpane/download';
import type { Presenter } from '../taskpane/components/presenter';
import type { CopyEnvironment } from '../taskpane/clipboard';
import { fillTemplate } from '../engine/template';
import { errorDetail, type Locale, messagesFor } from '../taskpane/messages';
import { standaloneHostMessages } from './messages';
import type { BrowserHost } from './browserHost';

const useStyles = makeStyles({
  dropZone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dragging: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface StandaloneAppProps {
  host: BrowserHost;
  locale: Locale;
  presenter: Presenter;
  /** A start-up note (e.g. "not running inside Excel"). */
  startupNotice?: string;
  /** Tests replace the browser download. */
  saveFile?(name: string, bytes: ArrayBuffer): void;
  copyEnvironment?: CopyEnvironment;
}

/** Hand bytes to the browser as a download (a blob: URL — nothing leaves the machine). */
export function saveWithAnchor(name: string, bytes: ArrayBuffer): void {
  saveBytes(name, bytes, XLSX_TYPE);
}

/** The file's bytes (FileReader where Blob.arrayBuffer is missing: older WebViews, jsdom). */
export function readFileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

export function StandaloneApp(props: StandaloneAppProps): React.ReactElement {
  const { host, locale, presenter, startupNotice, copyEnvironment } = props;
  const saveFile = props.saveFile ?? saveWithAnchor;
  const messages = messagesFor(locale);
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const toasts = useActionToasts(messages.dismiss, 'file');
  const push = toasts.notify;
  const [loading, setLoading] = React.useState(false);
  const [dragging, setDragging] = React.useState(false);
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [loadCount, setLoadCount] = React.useState(0);
  const [downloading, setDownloading] = React.useState(false);

  React.useEffect(() => {
    if (startupNotice) push('info', startupNotice);
  }, [startupNotice, push]);

  const openFile = async (file: File) => {
    toasts.dismissAll();
    setLoading(true);
    try {
      const bytes = await readFileBytes(file);
      await host.loadFile(file.name, bytes);
      setFileName(file.name);
      setLoadCount((count) => count + 1);
    } catch (error) {
      // The previous workbook (if any) stays loaded and usable.
      push('error', errorDetail(error, messages), messages.errorTitle);
    } finally {
      setLoading(false);
    }
  };

  const onInputChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (file) void openFile(file);
  };

  const onDrop = (event: React.DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files?.[0];
    if (file) void openFile(file);
  };

  const download = async () => {
    setDownloading(true);
    try {
      const { name, bytes } = await host.exportWorkbook();
      saveFile(name, bytes);
    } catch (error) {
      push(
        'error',
        fillTemplate(messages.downloadFailed, { detail: errorDetail(error, messages) }),
        messages.errorTitle,
      );
    } finally {
      setDownloading(false);
    }
  };

  const renderExtraActions = (view: HostView | null, busy: boolean) => (
    <Button disabled={!view || busy || downloading} onClick={download}>
      {messages.download}
    </Button>
  );

  return (
    <Shell locale={locale}>
      <Title2 as="h1">{messages.standaloneTitle}</Title2>
      <Text>{messages.standaloneIntro}</Text>
      <Text className={styles.note}>{messages.privacyNote}</Text>
      <div
        className={mergeClasses(styles.dropZone, dragging && styles.dragging)}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          ref={fileInput}
          id="jx-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.hiddenInput}
          tabIndex={-1}
          aria-hidden="true"
          onChange={onInputChange}
          data-testid="file-input"
        />
        <Button appearance="secondary" disabled={loading} onClick={() => fileInput.current?.click()}>
          {messages.chooseFile}
        </Button>
        <Text>{messages.dropHere}</Text>
        {loading ? <Spinner size="tiny" label={messages.loadingFile} /> : null}
        {fileName && !loading ? (
          <Text weight="semibold" data-testid="loaded-file">
            {fillTemplate(messages.fileLoaded, { name: fileName })}
          </Text>
        ) : null}
      </div>
      {toasts.toaster}
      {/* A new file remounts the panel: results of the previous workbook never linger. */}
      <EvaluationPanel
        key={loadCount}
        host={host}
        locale={locale}
        presenter={presenter}
        evaluateDisabled={!fileName || loading}
        disabledHint={!fileName ? standaloneHostMessages(locale).chooseFileFirst : undefined}
        renderExtraActions={renderExtraActions}
        copyEnvironment={copyEnvironment}
      />
    </Shell>
  );
}

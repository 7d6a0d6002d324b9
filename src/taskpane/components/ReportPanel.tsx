/**
 * The 自评报告 for review (loaded lazily: not needed at first paint): headings as headings, the 一级指标
 * table as a table, every marker (【待填写：…】/【待核实：…】) highlighted and counted with previous/next,
 * 复制全文 as HTML and text, 下载 Word.
 */
import * as React from 'react';
import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Narrative } from '../../engine/model';
import type { ViewText } from '../../host/contract';
import { headingLevel, narrativeBlocks } from '../../engine/narrative/blocks';
import { markerSegments } from '../../engine/narrative/markers';
import { fillTemplate } from '../../engine/template';
import { copyRich, type CopyEnvironment } from '../clipboard';
import { DOCX_TYPE, saveBytes } from '../download';
import { errorDetail, type Messages } from '../messages';
import type { Presenter } from './presenter';
import { useActionToasts } from './Toasts';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  report: {
    maxHeight: '70vh',
    overflowY: 'auto',
    padding: `0 ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    lineHeight: tokens.lineHeightBase400,
    '& mark': { backgroundColor: tokens.colorPaletteYellowBackground2, borderRadius: '2px' },
    '& mark[aria-current]': {
      outline: `2px solid ${tokens.colorBrandStroke1}`,
      backgroundColor: tokens.colorPaletteYellowBackground3,
    },
  },
  title: { fontSize: tokens.fontSizeBase500, textAlign: 'center' },
  h1: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  h2: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  body: { margin: `${tokens.spacingVerticalXS} 0`, textIndent: '2em' },
  table: { borderCollapse: 'collapse', margin: `${tokens.spacingVerticalS} 0` },
  td: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: `2px ${tokens.spacingHorizontalS}` },
});

export interface ReportPanelProps {
  narrative: Narrative;
  /** The report's text, HTML and markers (the view's text, rendered where the engine runs). */
  report: ViewText['report'];
  messages: Messages;
  presenter: Presenter;
  /** Tests inject the clipboard and document; the app uses the page's. */
  copyEnvironment?: CopyEnvironment;
}

/** A text with its markers as <mark> (the panel numbers them in document order when it navigates). */
function Marked({ text }: { text: string }) {
  return (
    <>
      {markerSegments(text).map((segment, index) =>
        segment.marker ? (
          <mark key={index} tabIndex={-1} data-testid="report-marker">
            {segment.text}
          </mark>
        ) : (
          <React.Fragment key={index}>{segment.text}</React.Fragment>
        ),
      )}
    </>
  );
}

const HEADING_TAGS = { 0: 'h3', 1: 'h4', 2: 'h5', 3: 'h6' } as const;

/** The report laid out from the engine's blocks (as the sheet, the HTML copy and the Word file are). */
function ReportBody({ narrative, bodyRef }: { narrative: Narrative; bodyRef: React.RefObject<HTMLDivElement> }) {
  const styles = useStyles();
  const headingClass = { 0: styles.title, 1: styles.h1, 2: styles.h2, 3: styles.h2 } as const;
  return (
    <div ref={bodyRef} className={styles.report} data-testid="narrative-text" tabIndex={0}>
      {narrativeBlocks(narrative).map((block) => {
        if (block.kind === 'table') {
          return (
            <table key={block.index} className={styles.table}>
              <tbody>
                {[block.header, ...block.rows].map((cells, r) => (
                  <tr key={r}>
                    {cells.map((cell, c) => {
                      const Cell = r === 0 ? 'th' : 'td';
                      return (
                        <Cell key={c} className={styles.td}>
                          <Marked text={cell} />
                        </Cell>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }
        const level = headingLevel(block.paragraph);
        if (level === null) {
          return (
            <p key={block.index} className={styles.body}>
              <Marked text={block.paragraph.text} />
            </p>
          );
        }
        const Heading = HEADING_TAGS[level];
        return (
          <Heading key={block.index} className={headingClass[level]}>
            <Marked text={block.paragraph.text} />
          </Heading>
        );
      })}
    </div>
  );
}

export function ReportPanel(props: ReportPanelProps): React.ReactElement {
  const { narrative, report, messages, presenter, copyEnvironment } = props;
  const styles = useStyles();
  const toasts = useActionToasts(messages.dismiss, 'report');
  const { markers, text } = report;
  const [current, setCurrent] = React.useState(-1);
  const [manual, setManual] = React.useState(false);
  const bodyRef = React.useRef<HTMLDivElement>(null);
  const manualBox = React.useRef<HTMLTextAreaElement>(null);
  React.useEffect(() => {
    if (manual && manualBox.current) {
      manualBox.current.focus();
      manualBox.current.select();
    }
  }, [manual]);
  const fill = markers.filter((marker) => marker.kind === '待填写').length;

  const marks = () => [...(bodyRef.current?.querySelectorAll<HTMLElement>('mark') ?? [])];
  const go = (step: 1 | -1) => {
    const all = marks();
    if (all.length === 0) return;
    const next = current < 0 ? (step > 0 ? 0 : all.length - 1) : (current + step + all.length) % all.length;
    setCurrent(next);
    all.forEach((mark, index) => mark.toggleAttribute('aria-current', index === next));
    all[next].scrollIntoView?.({ block: 'center' });
    all[next].focus({ preventScroll: true });
  };

  const copy = async () => {
    try {
      const html = report.html;
      const outcome = await copyRich(html, text, copyEnvironment);
      setManual(outcome === 'manual');
      if (outcome === 'manual') toasts.notify('warning', messages.copyManualHint);
      else toasts.notify('success', messages.copied);
    } catch (error) {
      toasts.notify(
        'error',
        fillTemplate(messages.copyFailed, { detail: errorDetail(error, messages) }),
        messages.errorTitle,
      );
    }
  };

  const downloadWord = async () => {
    try {
      const toDocx = await presenter.loadWordExport!();
      saveBytes(`${narrative.sheet}.docx`, await toDocx(narrative), DOCX_TYPE);
    } catch (error) {
      toasts.notify(
        'error',
        fillTemplate(messages.wordFailed, { detail: errorDetail(error, messages) }),
        messages.errorTitle,
      );
    }
  };

  return (
    <div>
      <div className={styles.bar}>
        <Button appearance="secondary" onClick={copy}>
          {messages.copyAll}
        </Button>
        {presenter.loadWordExport ? <Button onClick={downloadWord}>{messages.downloadWord}</Button> : null}
      </div>
      {toasts.toaster}
      <div className={styles.bar} data-testid="marker-bar">
        <Text role="status" data-testid="marker-count">
          {markers.length > 0
            ? fillTemplate(messages.markersCount, { count: markers.length, fill, check: markers.length - fill })
            : messages.noMarkers}
        </Text>
        {markers.length > 0 ? (
          <>
            <Button size="small" onClick={() => go(-1)}>
              {messages.previousMarker}
            </Button>
            <Button size="small" onClick={() => go(1)}>
              {messages.nextMarker}
            </Button>
            {current >= 0 ? (
              <Text size={200}>
                {fillTemplate(messages.markerPosition, { index: current + 1, count: markers.length })}
              </Text>
            ) : null}
          </>
        ) : null}
      </div>
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
      <ReportBody narrative={narrative} bodyRef={bodyRef} />
    </div>
  );
}

export default ReportPanel;

/**
 * The 自评报告 for review (loaded lazily: not needed at first paint): headings as headings, the 一级指标
 * table as a table, every marker (【待填写：…】/【待核实：…】) highlighted and counted with previous/next,
 * 复制全文 as HTML and text, 下载 Word.
 */
import * as React from 'react';
import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Narrative, NarrativeParagraph } from '../../engine/model';
import type { NarrativeMarker } from '../../engine/narrative/markers';
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
  },
  title: { fontSize: tokens.fontSizeBase500, textAlign: 'center' },
  h1: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  h2: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  body: { margin: `${tokens.spacingVerticalXS} 0`, textIndent: '2em' },
  table: { borderCollapse: 'collapse', margin: `${tokens.spacingVerticalS} 0` },
  td: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: `2px ${tokens.spacingHorizontalS}` },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, borderRadius: '2px' },
  current: { outline: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorPaletteYellowBackground3 },
});

export interface ReportPanelProps {
  narrative: Narrative;
  messages: Messages;
  presenter: Presenter;
  /** Tests inject the clipboard and document; the app uses the page's. */
  copyEnvironment?: CopyEnvironment;
}

type Block = { kind: 'paragraph'; index: number } | { kind: 'table'; indices: number[] };

/** Consecutive table rows become one table. */
function blocksOf(paragraphs: readonly NarrativeParagraph[]): Block[] {
  const blocks: Block[] = [];
  paragraphs.forEach((paragraph, index) => {
    const last = blocks[blocks.length - 1];
    if (paragraph.style === 'tableRow' && last?.kind === 'table') last.indices.push(index);
    else if (paragraph.style === 'tableRow') blocks.push({ kind: 'table', indices: [index] });
    else blocks.push({ kind: 'paragraph', index });
  });
  return blocks;
}

interface MarkedTextProps {
  text: string;
  markers: Array<NarrativeMarker & { number: number }>;
  current: number;
}

function MarkedText({ text, markers, current }: MarkedTextProps) {
  const styles = useStyles();
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const marker of markers) {
    if (marker.offset > at) parts.push(text.slice(at, marker.offset));
    parts.push(
      <mark
        key={marker.number}
        data-marker={marker.number}
        tabIndex={-1}
        className={marker.number === current ? `${styles.mark} ${styles.current}` : styles.mark}
        data-testid="report-marker"
      >
        {marker.text}
      </mark>,
    );
    at = marker.offset + marker.text.length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

function ReportBody({
  narrative,
  markers,
  current,
  bodyRef,
}: {
  narrative: Narrative;
  markers: NarrativeMarker[];
  current: number;
  bodyRef: React.RefObject<HTMLDivElement>;
}) {
  const styles = useStyles();
  const numbered = markers.map((marker, number) => ({ ...marker, number }));
  const marked = (index: number) => (
    <MarkedText
      text={narrative.paragraphs[index].text}
      markers={numbered.filter((marker) => marker.paragraph === index)}
      current={current}
    />
  );
  return (
    <div ref={bodyRef} className={styles.report} data-testid="narrative-text" tabIndex={0}>
      {blocksOf(narrative.paragraphs).map((block) => {
        if (block.kind === 'table') {
          return (
            <table key={`t${block.indices[0]}`} className={styles.table}>
              <tbody>
                {block.indices.map((index) => (
                  <tr key={index}>
                    {(narrative.paragraphs[index].cells ?? [narrative.paragraphs[index].text]).map((cell, c) => (
                      <td key={c} className={styles.td}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }
        const paragraph = narrative.paragraphs[block.index];
        if (paragraph.style === 'title') {
          return (
            <h3 key={block.index} className={styles.title}>
              {marked(block.index)}
            </h3>
          );
        }
        if (paragraph.style === 'heading') {
          const Heading = paragraph.level === 2 ? 'h5' : 'h4';
          return (
            <Heading key={block.index} className={paragraph.level === 2 ? styles.h2 : styles.h1}>
              {marked(block.index)}
            </Heading>
          );
        }
        return (
          <p key={block.index} className={styles.body}>
            {marked(block.index)}
          </p>
        );
      })}
    </div>
  );
}

export function ReportPanel({ narrative, messages, presenter, copyEnvironment }: ReportPanelProps): React.ReactElement {
  const styles = useStyles();
  const toasts = useActionToasts(messages.dismiss, 'report');
  const markers = React.useMemo(() => presenter.markers(narrative), [presenter, narrative]);
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
  const text = presenter.narrativeText(narrative);
  const fill = markers.filter((marker) => marker.kind === '待填写').length;

  const go = (step: 1 | -1) => {
    if (markers.length === 0) return;
    const next = current < 0 ? (step > 0 ? 0 : markers.length - 1) : (current + step + markers.length) % markers.length;
    setCurrent(next);
    const element = bodyRef.current?.querySelector<HTMLElement>(`[data-marker="${next}"]`);
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus({ preventScroll: true });
  };

  const copy = async () => {
    try {
      const html = presenter.narrativeHtml?.(narrative) ?? bodyRef.current?.innerHTML ?? '';
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
      <ReportBody narrative={narrative} markers={markers} current={current} bodyRef={bodyRef} />
    </div>
  );
}

export default ReportPanel;

/**
 * The 评估 workflow shared by the task pane and the standalone page: evaluate, show the table summaries,
 * findings (filter, go to, fix, fix all), undo, and the narrative. Talks to the workbook only through Host.
 */
import * as React from 'react';
import { Button, Spinner, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Evaluation, Fix } from '../../engine/model';
import type { Host } from '../host';
import { fillTemplate } from '../../engine/template';
import { errorDetail, type Locale, messagesFor } from '../messages';
import type { CopyEnvironment } from '../clipboard';
import { FindingsList } from './FindingsList';
import { NarrativePanel } from './NarrativePanel';
import { Notices, useNotices } from './Notices';
import type { Presenter } from './presenter';
import { TableSummaries } from './TableSummaries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type BusyWith = 'evaluate' | 'fix' | 'undo' | null;

export interface EvaluationPanelProps {
  host: Host;
  locale: Locale;
  presenter: Presenter;
  /** The standalone page disables 评估 until a file is loaded. */
  evaluateDisabled?: boolean;
  /** Shown when evaluateDisabled (e.g. "choose a file first"). */
  disabledHint?: string;
  /** Extra toolbar buttons (下载评估结果), given the current evaluation. */
  renderExtraActions?(evaluation: Evaluation | null, busy: boolean): React.ReactNode;
  onEvaluationChange?(evaluation: Evaluation | null): void;
  copyEnvironment?: CopyEnvironment;
}

export function EvaluationPanel(props: EvaluationPanelProps): React.ReactElement {
  const { host, locale, presenter, evaluateDisabled, disabledHint, renderExtraActions, onEvaluationChange } = props;
  const messages = messagesFor(locale);
  const styles = useStyles();
  const { notices, push, dismiss, clear } = useNotices();
  const [busyWith, setBusyWith] = React.useState<BusyWith>(null);
  const [evaluation, setEvaluation] = React.useState<Evaluation | null>(null);
  const [fixed, setFixed] = React.useState<ReadonlySet<number>>(new Set());
  const [selected, setSelected] = React.useState<number | null>(null);
  const [undoAvailable, setUndoAvailable] = React.useState(false);
  const busy = busyWith !== null;

  const showEvaluation = React.useCallback(
    (next: Evaluation | null) => {
      setEvaluation(next);
      setFixed(new Set());
      setSelected(null);
      onEvaluationChange?.(next);
    },
    [onEvaluationChange],
  );

  const refreshUndo = () => {
    try {
      setUndoAvailable(host.canUndo());
    } catch {
      setUndoAvailable(false);
    }
  };

  const run = async (what: Exclude<BusyWith, null>, action: () => Promise<void>, failure: string) => {
    setBusyWith(what);
    try {
      await action();
    } catch (error) {
      push('error', fillTemplate(failure, { detail: errorDetail(error, messages) }), messages.errorTitle);
    } finally {
      setBusyWith(null);
      refreshUndo();
    }
  };

  const evaluate = () =>
    run(
      'evaluate',
      async () => {
        clear();
        const result = await host.evaluate();
        showEvaluation(result);
        if (result.tables.length === 0) push('warning', messages.noTablesBody, messages.noTablesTitle);
      },
      messages.evaluateFailed,
    );

  const goTo = async (index: number) => {
    if (!evaluation) return;
    const finding = evaluation.findings[index];
    setSelected(index);
    try {
      await host.goTo(finding.sheet, finding.cell);
    } catch (error) {
      push('error', fillTemplate(messages.goToFailed, { detail: errorDetail(error, messages) }), messages.errorTitle);
    }
  };

  const applyFixes = (indices: number[]) =>
    run(
      'fix',
      async () => {
        if (!evaluation || indices.length === 0) return;
        const fixes: Fix[] = indices.map((index) => evaluation.findings[index].fix as Fix);
        await host.applyFixes(fixes);
        setFixed((current) => new Set([...current, ...indices]));
        push('success', fillTemplate(messages.fixesApplied, { count: fixes.length }));
      },
      messages.fixFailed,
    );

  const undo = () =>
    run(
      'undo',
      async () => {
        await host.undo();
        showEvaluation(null);
        clear();
        push('success', messages.undone);
      },
      messages.undoFailed,
    );

  const unfixed = evaluation
    ? evaluation.findings.flatMap((finding, index) => (finding.fix && !fixed.has(index) ? [index] : []))
    : [];
  const selectedFinding = evaluation && selected !== null ? evaluation.findings[selected] : null;

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={busy || evaluateDisabled} onClick={evaluate}>
          {messages.evaluate}
        </Button>
        {renderExtraActions?.(evaluation, busy)}
        {undoAvailable ? (
          <Button disabled={busy} onClick={undo}>
            {messages.undo}
          </Button>
        ) : null}
      </div>
      {evaluateDisabled && disabledHint ? <Text>{disabledHint}</Text> : null}
      {busyWith === 'evaluate' ? <Spinner size="small" label={messages.evaluating} /> : null}
      <Notices notices={notices} dismissLabel={messages.dismiss} onDismiss={dismiss} />
      {!evaluation && !busy && !evaluateDisabled ? <Text>{messages.evaluateHint}</Text> : null}
      {evaluation ? (
        <>
          <Text role="status" data-testid="evaluation-summary">
            {fillTemplate(messages.evaluatedSummary, {
              count: evaluation.tables.length,
              findings: evaluation.findings.length,
            })}
          </Text>
          {evaluation.tables.length > 0 ? (
            <section className={styles.section} aria-labelledby="jx-tables-heading">
              <Subtitle1 as="h2" id="jx-tables-heading">
                {messages.tablesHeading}
              </Subtitle1>
              <TableSummaries tables={evaluation.tables} messages={messages} />
            </section>
          ) : null}
          <section className={styles.section} aria-labelledby="jx-findings-heading">
            <Subtitle1 as="h2" id="jx-findings-heading">
              {messages.findingsHeading}
            </Subtitle1>
            {unfixed.length > 0 ? (
              <div>
                <Button disabled={busy} onClick={() => applyFixes(unfixed)}>
                  {fillTemplate(messages.fixAllCount, { count: unfixed.length })}
                </Button>
              </div>
            ) : null}
            {selectedFinding && host.kind === 'standalone' ? (
              <Text role="status" size={200}>
                {fillTemplate(messages.goToStandalone, {
                  location: fillTemplate(messages.location, {
                    sheet: selectedFinding.sheet,
                    cell: selectedFinding.cell,
                  }),
                })}
              </Text>
            ) : null}
            <FindingsList
              findings={evaluation.findings}
              locale={locale}
              messages={messages}
              presenter={presenter}
              fixed={fixed}
              selected={selected}
              busy={busy}
              onGoTo={goTo}
              onFix={(index) => applyFixes([index])}
            />
          </section>
          {evaluation.tables.length > 0 ? (
            <section className={styles.section} aria-labelledby="jx-narrative-heading">
              <Subtitle1 as="h2" id="jx-narrative-heading">
                {messages.narrativeHeading}
              </Subtitle1>
              <NarrativePanel
                text={presenter.narrativeText(evaluation.narrative)}
                messages={messages}
                notify={(intent, text) => push(intent, text)}
                copyEnvironment={props.copyEnvironment}
              />
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

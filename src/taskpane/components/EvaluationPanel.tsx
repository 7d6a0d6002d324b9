/**
 * The 评估 workflow shared by the task pane and the standalone page: evaluate (with progress), the headline and
 * what was written, the table cards, the findings (grouped, previewed, fixed), undo, and the report. Talks to
 * the workbook only through Host; every change comes back as the host's new view, so the pane is never stale.
 */
import * as React from 'react';
import {
  Button,
  Field,
  ProgressBar,
  Select,
  Spinner,
  Subtitle1,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { fillTemplate } from '../../engine/template';
import type { CellChange, Host, HostView, Progress } from '../../host/contract';
import type { CopyEnvironment } from '../clipboard';
import { errorDetail, type Locale, type Messages, messagesFor } from '../messages';
import { rememberProfile, rememberedProfile } from '../profileMemory';
import { FindingsList } from './FindingsList';
import { Headline } from './Headline';
import type { Presenter } from './presenter';
import { TableSummaries } from './TableSummaries';
import { useActionToasts } from './Toasts';

const ReportPanel = React.lazy(() => import(/* webpackChunkName: "report" */ './ReportPanel'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  profile: { minWidth: '10em', maxWidth: '100%' },
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
  /** Extra toolbar buttons (下载评估结果), given the current view. */
  renderExtraActions?(view: HostView | null, busy: boolean): React.ReactNode;
  onViewChange?(view: HostView | null): void;
  copyEnvironment?: CopyEnvironment;
}

/** The changes a set of findings' fixes make, follow-ups included (for the faded "已修正" list). */
function changesOf(view: HostView, indices: number[]): CellChange[] {
  return view.fixes
    .filter((preview) => indices.includes(preview.finding))
    .flatMap((preview) => [preview.change, ...preview.followUps]);
}

function useHostView(host: Host, onViewChange?: (view: HostView | null) => void) {
  const [view, setView] = React.useState<HostView | null>(null);
  const [applied, setApplied] = React.useState<CellChange[]>([]);
  const [note, setNote] = React.useState<'resumed' | 'undone' | null>(null);
  const show = React.useCallback(
    (next: HostView | null, nextApplied: CellChange[], nextNote: 'resumed' | 'undone' | null) => {
      setView(next);
      setApplied(nextApplied);
      setNote(nextNote);
      onViewChange?.(next);
    },
    [onViewChange],
  );
  return { view, applied, note, show };
}

export function EvaluationPanel(props: EvaluationPanelProps): React.ReactElement {
  const { host, locale, presenter, evaluateDisabled, disabledHint, renderExtraActions } = props;
  const messages = messagesFor(locale);
  const styles = useStyles();
  const actionToasts = useActionToasts(messages.dismiss, 'actions');
  const fixToasts = useActionToasts(messages.dismiss, 'fixes');
  const { view, applied, note, show } = useHostView(host, props.onViewChange);
  const [busyWith, setBusyWith] = React.useState<BusyWith>(null);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const [selected, setSelected] = React.useState<number | null>(null);
  const [undoAvailable, setUndoAvailable] = React.useState(false);
  const [profile, setProfile] = React.useState(() => rememberedProfile(host.workbookKey(), presenter.profiles));
  const busy = busyWith !== null;

  const run = async (
    what: Exclude<BusyWith, null>,
    action: () => Promise<void>,
    failure: string,
    toasts = actionToasts,
  ) => {
    actions.current += 1;
    setBusyWith(what);
    try {
      await action();
    } catch (error) {
      toasts.notify('error', fillTemplate(failure, { detail: errorDetail(error, messages) }), messages.errorTitle);
    } finally {
      setBusyWith(null);
      setProgress(null);
      setUndoAvailable(safeCanUndo(host));
    }
  };

  // Reopening the pane on an evaluated workbook shows that evaluation again (read only, in the background:
  // 评估 stays available, and whatever the user starts wins over it).
  const actions = React.useRef(0);
  React.useEffect(() => {
    if (!host.resume) return;
    const startedAt = actions.current;
    host.resume(profile).then(
      (resumed) => {
        if (resumed && actions.current === startedAt) show(resumed, [], 'resumed');
      },
      () => {
        // Nothing to show: the pane waits for 评估, which reports its own errors.
      },
    );
    // Once per host.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  const evaluate = () =>
    run(
      'evaluate',
      async () => {
        actionToasts.dismissAll();
        fixToasts.dismissAll();
        const next = await host.evaluate({ profile, onProgress: setProgress });
        setSelected(null);
        show(next, [], null);
        if (next.evaluation.tables.length === 0) {
          actionToasts.notify('warning', messages.noTablesBody, messages.noTablesTitle);
        }
      },
      messages.evaluateFailed,
    );

  const goTo = async (sheet: string, cell: string, index: number | null) => {
    setSelected(index);
    try {
      await host.goTo(sheet, cell);
    } catch (error) {
      actionToasts.notify(
        'error',
        fillTemplate(messages.goToFailed, { detail: errorDetail(error, messages) }),
        messages.errorTitle,
      );
    }
  };

  const applyFixes = (indices: number[]) =>
    run(
      'fix',
      async () => {
        if (!view || indices.length === 0) return;
        const changes = changesOf(view, indices);
        const next = await host.applyFixes(indices.map((index) => view.evaluation.findings[index].fix!));
        setSelected(null);
        show(next, [...applied, ...changes], null);
        fixToasts.notify('success', fillTemplate(messages.fixesApplied, { count: changes.length }));
      },
      messages.fixFailed,
      fixToasts,
    );

  const undo = () =>
    run(
      'undo',
      async () => {
        const restored = await host.undo();
        setSelected(null);
        show(restored, [], restored ? 'undone' : null);
        actionToasts.notify('success', messages.undone);
      },
      messages.undoFailed,
    );

  const chooseProfile = (name: string) => {
    setProfile(name);
    rememberProfile(host.workbookKey(), name);
  };

  const evaluation = view?.evaluation ?? null;
  const selectedFinding = evaluation && selected !== null ? evaluation.findings[selected] : null;

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={busy || evaluateDisabled} onClick={evaluate}>
          {messages.evaluate}
        </Button>
        <ProfilePicker
          profiles={presenter.profiles}
          value={profile}
          disabled={busy}
          messages={messages}
          onChange={chooseProfile}
        />
        {renderExtraActions?.(view, busy)}
        {undoAvailable ? (
          <Button disabled={busy} onClick={undo}>
            {messages.undo}
          </Button>
        ) : null}
      </div>
      {actionToasts.toaster}
      {evaluateDisabled && disabledHint ? <Text>{disabledHint}</Text> : null}
      {busyWith === 'evaluate' ? <EvaluationProgress progress={progress} messages={messages} /> : null}
      {!view && !busy && !evaluateDisabled ? <Text>{messages.evaluateHint}</Text> : null}
      {view && evaluation ? (
        <>
          <Text role="status" data-testid="evaluation-summary">
            {fillTemplate(messages.evaluatedSummary, {
              count: evaluation.tables.length,
              findings: evaluation.findings.length,
            })}
          </Text>
          <Headline
            evaluation={evaluation}
            tableTexts={view.text.tables}
            written={view.written}
            note={note ? (note === 'resumed' ? messages.resumedNote : messages.undoneNote) : undefined}
            messages={messages}
            onOpenSheet={(sheet) => void goTo(sheet, 'A1', null)}
          />
          {evaluation.tables.length > 0 ? (
            <section className={styles.section} aria-labelledby="jx-tables-heading">
              <Subtitle1 as="h2" id="jx-tables-heading">
                {messages.tablesHeading}
              </Subtitle1>
              <TableSummaries tables={evaluation.tables} texts={view.text.tables} messages={messages} />
            </section>
          ) : null}
          <section className={styles.section} aria-labelledby="jx-findings-heading">
            <Subtitle1 as="h2" id="jx-findings-heading">
              {messages.findingsHeading}
            </Subtitle1>
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
              previews={view.fixes}
              applied={applied}
              messages={messages}
              texts={view.text.findings}
              selected={selected}
              busy={busy}
              onGoTo={(index) => void goTo(evaluation.findings[index].sheet, evaluation.findings[index].cell, index)}
              onFix={applyFixes}
              toaster={fixToasts.toaster}
            />
          </section>
          {evaluation.tables.length > 0 ? (
            <section className={styles.section} aria-labelledby="jx-narrative-heading">
              <Subtitle1 as="h2" id="jx-narrative-heading">
                {messages.narrativeHeading}
              </Subtitle1>
              <React.Suspense fallback={<Spinner size="tiny" label={messages.loadingReport} />}>
                <ReportPanel
                  narrative={evaluation.narrative}
                  report={view.text.report}
                  messages={messages}
                  presenter={presenter}
                  copyEnvironment={props.copyEnvironment}
                />
              </React.Suspense>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function ProfilePicker(props: {
  profiles: readonly string[];
  value: string;
  disabled: boolean;
  messages: Messages;
  onChange(name: string): void;
}) {
  const styles = useStyles();
  if (props.profiles.length < 2) return null;
  return (
    <Field label={props.messages.profileLabel} size="small" className={styles.profile}>
      <Select
        size="small"
        value={props.value}
        disabled={props.disabled}
        onChange={(_, data) => props.onChange(data.value)}
        data-testid="profile-select"
      >
        {props.profiles.map((name) => (
          <option key={name} value={name}>
            {props.messages.profileName[name] ?? name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The steps read → evaluate → write as a bar, when the host reports them; a spinner otherwise. */
function EvaluationProgress({ progress, messages }: { progress: Progress | null; messages: Messages }) {
  if (!progress) return <Spinner size="small" label={messages.evaluating} />;
  return (
    <Field
      label={messages.progressLabel}
      validationMessage={messages.progressStep[progress.step]}
      validationState="none"
    >
      <ProgressBar value={progress.fraction} max={1} thickness="large" data-testid="evaluation-progress" />
    </Field>
  );
}

function safeCanUndo(host: Host): boolean {
  try {
    return host.canUndo();
  } catch {
    return false;
  }
}

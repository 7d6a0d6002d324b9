/**
 * Findings grouped by cell, filtered by severity (toggle buttons; empty severities are not offered), each fix
 * shown before it is applied ("J6：4 → 3.83", and the typed 总分 it drags along). 全部修正 applies what is
 * visible. Arrow keys move between findings. Fixes applied by this pane stay listed, faded, with a tick.
 */
import * as React from 'react';
import { Button, Text, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../engine/model';
import { fillTemplate } from '../../engine/template';
import type { CellChange, FixPreview } from '../../host/contract';
import type { Messages } from '../messages';
import { SEVERITIES, severityCounts } from './Headline';

const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteDarkOrangeBorder2,
  info: tokens.colorNeutralStroke1,
};

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column' },
  group: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  cell: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    borderLeft: '3px solid transparent',
    paddingLeft: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXXS,
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  finding: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    height: 'auto',
    padding: tokens.spacingHorizontalXS,
    whiteSpace: 'normal',
  },
  fixRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  change: { fontFamily: tokens.fontFamilyMonospace },
  followUp: { color: tokens.colorNeutralForeground2 },
  applied: {
    color: tokens.colorNeutralForeground3,
    opacity: 0.7,
    animationName: { from: { opacity: 1 }, to: { opacity: 0.7 } },
    animationDuration: '1.2s',
  },
  tick: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightBold },
});

export interface FindingsListProps {
  findings: Finding[];
  previews: FixPreview[];
  /** Changes this pane applied since the last 评估 (shown faded). */
  applied: CellChange[];
  messages: Messages;
  /** Each finding's message, in findings order (the view's text, rendered where the engine runs). */
  texts: string[];
  selected: number | null;
  busy: boolean;
  onGoTo(index: number): void;
  /** Apply these findings' fixes (with their follow-ups) in one action. */
  onFix(indices: number[]): void;
  /** Where the fix messages appear. */
  toaster?: React.ReactNode;
}

interface CellGroup {
  key: string;
  sheet: string;
  cell: string;
  indices: number[];
}

function groupByCell(findings: Finding[], visible: (finding: Finding) => boolean): CellGroup[] {
  const groups = new Map<string, CellGroup>();
  findings.forEach((finding, index) => {
    if (!visible(finding)) return;
    const key = `${finding.sheet}!${finding.cell}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, sheet: finding.sheet, cell: finding.cell, indices: [] };
      groups.set(key, group);
    }
    group.indices.push(index);
  });
  return [...groups.values()];
}

/** Arrow keys, Home and End move the focus between the findings' buttons. */
function moveFocus(event: React.KeyboardEvent<HTMLElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-finding-nav]')];
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? items.length - 1
        : event.key === 'ArrowDown'
          ? Math.min(items.length - 1, at + 1)
          : Math.max(0, at < 0 ? 0 : at - 1);
  event.preventDefault();
  items[next].focus();
}

export function FindingsList(props: FindingsListProps): React.ReactElement {
  const { findings, previews, applied, messages, busy, onFix } = props;
  const styles = useStyles();
  const [hidden, setHidden] = React.useState<ReadonlySet<Severity>>(() => new Set());
  const counts = severityCounts({ findings });
  const previewOf = React.useMemo(() => new Map(previews.map((preview) => [preview.finding, preview])), [previews]);
  const visible = (finding: Finding) => !hidden.has(finding.severity);
  const groups = groupByCell(findings, visible);
  // One fix per cell: two findings proposing the same cell apply once.
  const fixCells = new Set<string>();
  const visibleFixes = groups
    .flatMap((group) => group.indices)
    .filter((index) => {
      const fix = findings[index].fix;
      if (!fix || fixCells.has(`${fix.sheet}!${fix.cell}`)) return false;
      fixCells.add(`${fix.sheet}!${fix.cell}`);
      return true;
    });

  const toggle = (severity: Severity) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });

  return (
    <div>
      {findings.length === 0 ? <Text>{messages.noFindings}</Text> : null}
      <div className={styles.bar}>
        {findings.length > 0 ? (
          <div className={styles.bar} role="group" aria-label={messages.filterGroupLabel}>
            {SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => (
              <ToggleButton
                key={severity}
                size="small"
                appearance={hidden.has(severity) ? 'outline' : 'primary'}
                checked={!hidden.has(severity)}
                onClick={() => toggle(severity)}
                data-testid={`filter-${severity}`}
              >
                {fillTemplate(messages.filterButton, { label: messages.severity[severity], count: counts[severity] })}
              </ToggleButton>
            ))}
          </div>
        ) : null}
        {visibleFixes.length > 0 ? (
          <Button disabled={busy} onClick={() => onFix(visibleFixes)} data-testid="fix-all">
            {fillTemplate(messages.fixAllCount, { count: visibleFixes.length })}
          </Button>
        ) : null}
      </div>
      {props.toaster}
      {applied.length > 0 ? <AppliedList applied={applied} messages={messages} /> : null}
      {findings.length > 0 && groups.length === 0 ? <Text>{messages.noFindingsForFilter}</Text> : null}
      <ul className={styles.list} onKeyDown={moveFocus} aria-label={messages.findingsHeading}>
        {groups.map((group) => (
          <li
            key={group.key}
            className={styles.group}
            aria-label={fillTemplate(messages.cellGroupLabel, { location: group.key })}
            data-testid="finding-group"
          >
            <Text size={200} className={styles.cell}>
              {fillTemplate(messages.location, { sheet: group.sheet, cell: group.cell })}
            </Text>
            {group.indices.map((index) => (
              <FindingItem key={index} index={index} preview={previewOf.get(index)} {...props} />
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

function AppliedList({ applied, messages }: { applied: CellChange[]; messages: Messages }) {
  const styles = useStyles();
  return (
    <section aria-label={messages.appliedHeading} data-testid="applied-fixes">
      <Text size={200} weight="semibold">
        {messages.appliedHeading}
      </Text>
      <ul className={styles.list}>
        {applied.map((change) => (
          <li key={`${change.fix.sheet}!${change.fix.cell}`} className={styles.applied} data-testid="applied-fix">
            <span className={styles.tick} aria-hidden="true">
              ✓{' '}
            </span>
            {fillTemplate(messages.appliedItem, {
              change: fillTemplate(messages.fixPreview, { cell: change.fix.cell, from: change.from, to: change.to }),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FindingItem({
  index,
  preview,
  findings,
  messages,
  texts,
  selected,
  busy,
  onGoTo,
  onFix,
}: FindingsListProps & { index: number; preview: FixPreview | undefined }) {
  const styles = useStyles();
  const finding = findings[index];
  const message = texts[index];
  const location = fillTemplate(messages.location, { sheet: finding.sheet, cell: finding.cell });
  const isSelected = selected === index;
  const change = preview
    ? fillTemplate(messages.fixPreview, {
        cell: preview.change.fix.cell,
        from: preview.change.from,
        to: preview.change.to,
      })
    : null;
  const followUps = (preview?.followUps ?? []).map((followUp) =>
    fillTemplate(messages.followUp[followUp.role], { from: followUp.from, to: followUp.to }),
  );
  return (
    <div
      className={mergeClasses(styles.item, isSelected && styles.selected)}
      style={{ borderLeftColor: SEVERITY_COLOR[finding.severity] }}
      data-testid="finding"
      data-code={finding.code}
      data-severity={finding.severity}
    >
      <Button
        appearance="transparent"
        className={styles.finding}
        aria-current={isSelected ? 'true' : undefined}
        aria-label={fillTemplate(messages.goToFinding, { location, message })}
        onClick={() => onGoTo(index)}
        data-finding-nav=""
      >
        {message}
      </Button>
      {change ? (
        <div className={styles.fixRow}>
          <Text className={styles.change} data-testid="fix-preview">
            {change}
          </Text>
          <Button
            size="small"
            disabled={busy}
            onClick={() => onFix([index])}
            aria-label={[messages.fix, change, ...followUps].join(' ')}
          >
            {messages.fix}
          </Button>
          {followUps.map((text) => (
            <Text key={text} size={200} className={styles.followUp} data-testid="fix-follow-up">
              {text}
            </Text>
          ))}
        </div>
      ) : null}
    </div>
  );
}

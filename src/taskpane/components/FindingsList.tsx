import * as React from 'react';
import { Button, Subtitle2, Text, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../engine/model';
import { fillTemplate } from '../../engine/template';
import type { Locale, Messages } from '../messages';
import type { Presenter } from './presenter';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteDarkOrangeBorder2,
  info: tokens.colorNeutralStroke1,
};

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  group: { margin: 0, padding: 0, listStyle: 'none' },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderLeft: `3px solid transparent`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  finding: {
    flexGrow: 1,
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    height: 'auto',
    padding: tokens.spacingHorizontalXS,
  },
  text: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', whiteSpace: 'normal' },
  location: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
});

export interface FindingsListProps {
  findings: Finding[];
  locale: Locale;
  messages: Messages;
  presenter: Presenter;
  /** Indices (into `findings`) whose fix was applied. */
  fixed: ReadonlySet<number>;
  selected: number | null;
  busy: boolean;
  onGoTo(index: number): void;
  onFix(index: number): void;
}

export function FindingsList(props: FindingsListProps): React.ReactElement {
  const { findings, messages, busy } = props;
  const styles = useStyles();
  const [shown, setShown] = React.useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const counts = React.useMemo(() => {
    const result: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const finding of findings) result[finding.severity] += 1;
    return result;
  }, [findings]);

  const toggle = (severity: Severity) =>
    setShown((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });

  if (findings.length === 0) return <Text>{messages.noFindings}</Text>;

  const visibleSeverities = SEVERITIES.filter((severity) => shown.has(severity) && counts[severity] > 0);
  return (
    <div>
      <div className={styles.filters} role="group" aria-label={messages.filterGroupLabel}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={shown.has(severity)}
            onClick={() => toggle(severity)}
            data-testid={`filter-${severity}`}
          >
            {fillTemplate(messages.filterButton, { label: messages.severity[severity], count: counts[severity] })}
          </ToggleButton>
        ))}
      </div>
      {visibleSeverities.length === 0 ? <Text>{messages.noFindingsForFilter}</Text> : null}
      {visibleSeverities.map((severity) => (
        <section key={severity} aria-label={messages.severity[severity]} data-severity={severity}>
          <Subtitle2 as="h3">
            {fillTemplate(messages.filterButton, { label: messages.severity[severity], count: counts[severity] })}
          </Subtitle2>
          <ul className={styles.group}>
            {findings.map((finding, index) =>
              finding.severity === severity ? (
                <FindingItem key={index} index={index} finding={finding} {...props} styles={styles} busy={busy} />
              ) : null,
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}

function FindingItem({
  index,
  finding,
  locale,
  messages,
  presenter,
  fixed,
  selected,
  busy,
  onGoTo,
  onFix,
  styles,
}: FindingsListProps & { index: number; finding: Finding; styles: ReturnType<typeof useStyles> }) {
  const message = presenter.findingText(finding, locale);
  const location = fillTemplate(messages.location, { sheet: finding.sheet, cell: finding.cell });
  const isSelected = selected === index;
  return (
    <li
      className={mergeClasses(styles.item, isSelected && styles.selected)}
      style={{ borderLeftColor: SEVERITY_COLOR[finding.severity] }}
      data-testid="finding"
      data-code={finding.code}
    >
      <Button
        appearance="transparent"
        className={styles.finding}
        aria-current={isSelected ? 'true' : undefined}
        aria-label={fillTemplate(messages.goToFinding, { location, message })}
        onClick={() => onGoTo(index)}
      >
        <span className={styles.text}>
          <span>{message}</span>
          <span className={styles.location}>{location}</span>
        </span>
      </Button>
      {finding.fix ? (
        fixed.has(index) ? (
          <Text size={200}>{messages.fixed}</Text>
        ) : (
          <Button size="small" disabled={busy} onClick={() => onFix(index)}>
            {messages.fix}
          </Button>
        )
      ) : null}
    </li>
  );
}

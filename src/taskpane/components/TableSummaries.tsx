import * as React from 'react';
import { Badge, Button, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { fillTemplate } from '../../engine/template';
import type { Table } from '../../engine/model';
import type { TableText } from '../../host/contract';
import { GRADE_COLOR } from './Headline';
import type { Messages } from '../messages';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  card: { padding: tokens.spacingHorizontalM },
  title: { fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

export interface TableSummariesProps {
  tables: Table[];
  /** Each table's figures as shown (the view's text), in tables order; a card shows only those it has. */
  texts: TableText[];
  messages: Messages;
}

/** A workbook of many tables shows the first few cards; the rest on request (the headline counts them all). */
export const TABLES_SHOWN_FIRST = 6;

export function TableSummaries({ tables, texts, messages }: TableSummariesProps): React.ReactElement {
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const shownTables = all ? tables : tables.slice(0, TABLES_SHOWN_FIRST);
  return (
    <>
      <TableCards tables={shownTables} texts={texts} messages={messages} styles={styles} />
      {shownTables.length < tables.length ? (
        <div>
          <Button size="small" onClick={() => setAll(true)} data-testid="show-all-tables">
            {fillTemplate(messages.showAllTables, { count: tables.length })}
          </Button>
        </div>
      ) : null}
    </>
  );
}

function TableCards({
  tables,
  texts,
  messages,
  styles,
}: TableSummariesProps & { styles: ReturnType<typeof useStyles> }): React.ReactElement {
  return (
    <ul className={styles.list} aria-label={messages.tablesHeading} style={{ listStyle: 'none' }}>
      {tables.map((table, index) => {
        const unit = table.projectName ?? table.unitName;
        const { rate, total } = texts[index];
        return (
          <li key={`${table.sheet}-${index}`} data-testid="table-summary">
            <Card className={styles.card}>
              <Text className={styles.title}>{table.title || messages.tableKind[table.kind]}</Text>
              <dl className={styles.facts}>
                <dt className={styles.term}>{messages.sheetLabel}</dt>
                <dd className={styles.value}>{table.sheet}</dd>
                {unit ? (
                  <>
                    <dt className={styles.term}>{messages.unitLabel}</dt>
                    <dd className={styles.value}>{unit}</dd>
                  </>
                ) : null}
                {rate ? (
                  <>
                    <dt className={styles.term}>{messages.executionRateLabel}</dt>
                    <dd className={styles.value}>{rate}</dd>
                  </>
                ) : null}
                {total ? (
                  <>
                    <dt className={styles.term}>{messages.totalLabel}</dt>
                    <dd className={styles.value} data-testid="table-total">
                      {total}
                    </dd>
                  </>
                ) : null}
                {table.grade ? (
                  <>
                    <dt className={styles.term}>{messages.gradeLabel}</dt>
                    <dd className={styles.value}>
                      <Badge
                        color={GRADE_COLOR[table.grade]}
                        data-testid="grade-badge"
                        aria-label={`${messages.gradeLabel} ${table.grade}`}
                      >
                        {table.grade}
                      </Badge>
                    </dd>
                  </>
                ) : null}
              </dl>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}

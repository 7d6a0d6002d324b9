import * as React from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { Host } from '../host';
import { type Locale, messagesFor } from '../messages';
import type { CopyEnvironment } from '../clipboard';
import { EvaluationPanel } from './EvaluationPanel';
import type { Presenter } from './presenter';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '960px',
    margin: '0 auto',
  },
});

export function Shell({ locale, children }: { locale: Locale; children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={locale === 'zh-CN' ? 'zh-Hans-CN' : 'en-US'}>
      <main className={styles.main}>{children}</main>
    </FluentProvider>
  );
}

export interface TaskpaneAppProps {
  host: Host;
  locale: Locale;
  presenter: Presenter;
  copyEnvironment?: CopyEnvironment;
}

/** The add-in task pane: title + the evaluation workflow on the open workbook. */
export function TaskpaneApp({ host, locale, presenter, copyEnvironment }: TaskpaneAppProps): React.ReactElement {
  const messages = messagesFor(locale);
  return (
    <Shell locale={locale}>
      <Title2 as="h1">{messages.appTitle}</Title2>
      <EvaluationPanel host={host} locale={locale} presenter={presenter} copyEnvironment={copyEnvironment} />
    </Shell>
  );
}

/** Shown while office.js loads, or when start-up fails (never a blank pane). */
export function StartupScreen({ locale, error }: { locale: Locale; error?: string }): React.ReactElement {
  const messages = messagesFor(locale);
  return (
    <Shell locale={locale}>
      <Title2 as="h1">{messages.appTitle}</Title2>
      {error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{messages.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Spinner label={messages.loadingOffice} />
      )}
    </Shell>
  );
}

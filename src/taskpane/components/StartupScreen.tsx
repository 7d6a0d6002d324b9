/** The page's frame and the screen shown while office.js loads: the only UI in the initial bundle. */
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
import { type Locale, messagesFor } from '../messages';

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

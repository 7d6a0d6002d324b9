import * as React from 'react';
import { Title2 } from '@fluentui/react-components';
import type { Host } from '../../host/contract';
import { type Locale, messagesFor } from '../messages';
import type { CopyEnvironment } from '../clipboard';
import { EvaluationPanel } from './EvaluationPanel';
import type { Presenter } from './presenter';
import { Shell } from './StartupScreen';

export { Shell, StartupScreen } from './StartupScreen';

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

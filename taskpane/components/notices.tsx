// Messages about the pane itself: offline with a cached organisation, sign-in needed, what this
// Word cannot do, errors. Each one says what happened and what the user can do.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';

export interface Notice {
  id: string;
  intent: 'info' | 'warning' | 'error' | 'success';
  title?: string;
  text: string;
  action?: { label: string; run: () => void };
}

export function Notices({ notices }: { notices: readonly Notice[] }) {
  return (
    <>
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline">
          <MessageBarBody>
            {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
            {n.text}
          </MessageBarBody>
          {n.action && (
            <MessageBarActions>
              <Button size="small" onClick={n.action.run}>
                {n.action.label}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </>
  );
}

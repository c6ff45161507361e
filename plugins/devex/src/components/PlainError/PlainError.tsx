import { Link } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';

/** The HTTP status a failed request answered with, when it got an answer. */
function statusOf(error: Error): number | undefined {
  const e = error as {
    statusCode?: number;
    response?: { status?: number };
  };
  return e.response?.status ?? e.statusCode;
}

/** The server's own words for a request it refused (a 400 names what is wrong). */
function serverMessageOf(error: Error): string {
  const body = (error as { body?: { error?: { message?: string } } }).body;
  return body?.error?.message ?? error.message;
}

const sentence = (text: string) =>
  text.charAt(0).toLocaleUpperCase('en-US') + text.slice(1);

/**
 * A failed request in words a reader can act on, never a stack trace or a server's paths:
 * access, not found, a refused input (in the server's words, which name what is wrong), or a
 * failure with its status and what to do next.
 */
export function plainErrorMessage(error: Error, what: string): string {
  const status = statusOf(error);
  if (status === 401 || status === 403)
    return `You do not have access to ${what}.`;
  if (status === 404) return `${sentence(what)} was not found.`;
  if (status !== undefined && status >= 400 && status < 500)
    return `${sentence(what)} could not be shown: ${serverMessageOf(error)}`;
  if (status !== undefined)
    return `${sentence(
      what,
    )} could not be loaded: the portal's server answered with an error (${status}). Try again in a moment; if it goes on, tell the portal's admins.`;
  return `${sentence(
    what,
  )} could not be loaded: the portal did not answer. Check your connection and try again.`;
}

/**
 * A failed request shown as a plain message (see {@link plainErrorMessage}), with the source to
 * read the thing at when there is one, and a way to try again.
 */
export function PlainError(props: {
  error: Error;
  /** What failed to load, as a reader names it ("this runbook"). */
  what?: string;
  /** Where the thing can be read without the portal. */
  source?: { url: string; label: string };
  onRetry?: () => void;
}) {
  const { error, what = "this section's data", source, onRetry } = props;
  return (
    <Alert
      severity="error"
      role="alert"
      data-testid="plain-error"
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry}>
            Try again
          </Button>
        )
      }
    >
      {plainErrorMessage(error, what)}
      {source && (
        <>
          {' '}
          <Link to={source.url}>{source.label}</Link>
        </>
      )}
    </Alert>
  );
}

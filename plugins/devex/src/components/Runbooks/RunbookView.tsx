import { PlainError } from '../PlainError';
import {
  EmptyState,
  InfoCard,
  Link,
  MarkdownContent,
  Progress,
} from '@backstage/core-components';
import {
  isReadableRunbookUrl,
  RunbookLink,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ArrowBackIcon from '@material-ui/icons/ArrowBack';
import OpenInNewIcon from '@material-ui/icons/OpenInNew';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useRunbookContent } from '../../hooks/useDevexApi';
import { formatRunbookDate, runbookUriResolver } from './presentation';

/** The path of a runbook's page under `basePath` (e.g. the calendar section). */
export const runbookPath = (basePath: string, url: string): string =>
  `${basePath}/runbook?url=${encodeURIComponent(url)}`;

/**
 * A runbook of the entity rendered in the portal (`?url=` names it), with a link to its source.
 * Only the entity's own http(s) runbooks are asked for; any other URL shows as not a runbook.
 */
export function RunbookView(props: {
  entityRef: string;
  runbooks: RunbookLink[];
  /** Where "Back" leads: the section the runbook was opened from. */
  backTo: string;
  backLabel?: string;
}) {
  const {
    entityRef,
    runbooks,
    backTo,
    backLabel = 'Back to the calendar',
  } = props;
  const [params] = useSearchParams();
  const url = params.get('url') ?? undefined;
  const runbook = runbooks.find(
    r => r.url === url && isReadableRunbookUrl(r.url),
  );
  const { value, loading, error, retry } = useRunbookContent(
    entityRef,
    runbook?.url,
  );
  const resolveUri = useMemo(
    () => (runbook ? runbookUriResolver(runbook.url) : (h: string) => h),
    [runbook],
  );

  const back = (
    <Link to={backTo}>
      <Box component="span" display="inline-flex" alignItems="center">
        <ArrowBackIcon fontSize="small" style={{ marginRight: 4 }} />
        {backLabel}
      </Box>
    </Link>
  );
  if (!runbook) {
    return (
      <>
        {back}
        <EmptyState
          missing="data"
          title="Not a runbook of this entity"
          description={`${
            url ?? 'No runbook'
          } is not one of the runbooks ${entityRef} names in its devex.io/runbooks annotation.`}
        />
      </>
    );
  }

  let content;
  if (error) {
    content = (
      <PlainError
        error={error}
        what="this runbook"
        source={{ url: runbook.url, label: 'Read it at its source' }}
        onRetry={retry}
      />
    );
  } else if (loading || !value) {
    content = <Progress />;
  } else {
    content = (
      <MarkdownContent
        content={value.markdown}
        transformLinkUri={resolveUri}
        transformImageUri={resolveUri}
      />
    );
  }

  return (
    <>
      <Box mb={1}>{back}</Box>
      <InfoCard
        title={`Runbook: ${runbook.title}`}
        action={
          <Box mt={1} mr={1}>
            <Link to={runbook.url}>
              <Box component="span" display="inline-flex" alignItems="center">
                View source
                <OpenInNewIcon fontSize="small" style={{ marginLeft: 4 }} />
              </Box>
            </Link>
          </Box>
        }
      >
        {value && (
          <Typography variant="caption" color="textSecondary" component="p">
            Read from {runbook.url} on {formatRunbookDate(value.fetchedAt)}
            {value.lastModified
              ? `; last changed ${formatRunbookDate(value.lastModified)}`
              : ''}
          </Typography>
        )}
        <article aria-label={`Runbook ${runbook.title}`}>{content}</article>
      </InfoCard>
    </>
  );
}

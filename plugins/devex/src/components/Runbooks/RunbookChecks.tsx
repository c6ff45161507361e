import { Link } from '@backstage/core-components';
import { RunbookStatusList } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { formatRunbookDate } from './presentation';
import { RunbookStatusChip } from './RunbookStatusChip';

/**
 * The runbook-update ritual's view of an entity's runbooks: which changed since the last ritual
 * and which did not, each opening in the portal.
 */
export function RunbookChecks(props: {
  value?: RunbookStatusList;
  loading: boolean;
  error?: Error;
  runbookHref: (url: string) => string | undefined;
}) {
  const { value, loading, error } = props;
  let body;
  if (error)
    body = (
      <Typography variant="body2" color="error">
        Runbook checks could not be loaded: {error.message}
      </Typography>
    );
  else if (loading && !value)
    body = (
      <Typography variant="body2" color="textSecondary">
        Loading runbook checks…
      </Typography>
    );
  else if (!value?.runbooks.length) return null;
  else
    body = (
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {value.runbooks.map(r => (
          <li key={r.url}>
            <Box
              display="flex"
              alignItems="center"
              flexWrap="wrap"
              style={{ gap: 8 }}
            >
              <Link to={props.runbookHref(r.url) ?? r.url}>{r.title}</Link>
              <RunbookStatusChip status={r} lastRitual={value.lastRitual} />
            </Box>
          </li>
        ))}
      </ul>
    );
  return (
    <Box mt={1} aria-label="Runbooks since the last ritual" role="region">
      <Typography variant="subtitle2">
        Runbooks since the last ritual
        {value?.lastRitual
          ? ` (${formatRunbookDate(value.lastRitual.start)})`
          : ''}
      </Typography>
      {body}
    </Box>
  );
}

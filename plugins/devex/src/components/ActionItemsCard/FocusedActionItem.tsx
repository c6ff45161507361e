import { PlainError } from '../PlainError';
import { InfoCard, Progress } from '@backstage/core-components';
import { labelOf } from '../labels';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { PersonLink } from '../PersonLink';
import Box from '@material-ui/core/Box';
import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { useActionItem } from '../../hooks/useDevexApi';
import { useScrollIntoView } from '../../hooks/useHighlightedRecord';
import { DueDate } from '../DueDate';

/**
 * The action item a link landed on (`?item=<id>`, e.g. from a forum's minutes), shown on its own
 * above the list, whichever filters the list has.
 */
export function FocusedActionItem(props: { id: string }) {
  const theme = useTheme();
  const { value: item, loading, error } = useActionItem(props.id);
  const ref = useScrollIntoView<HTMLDivElement>(Boolean(item));
  if (error) return <PlainError error={error} />;
  if (!item) return loading ? <Progress /> : null;
  return (
    <div
      ref={ref}
      aria-current="true"
      data-testid="highlighted-action-item"
      style={{
        outline: `3px solid ${theme.palette.primary.main}`,
        borderRadius: theme.shape.borderRadius,
      }}
    >
      <InfoCard title={item.title} subheader="Action item">
        {item.description && (
          <Typography variant="body2" paragraph>
            {item.description}
          </Typography>
        )}
        <Box display="flex" flexWrap="wrap" style={{ gap: 24 }}>
          <Typography variant="body2" component="div">
            Entity <EntityRefLink entityRef={item.entityRef} />
          </Typography>
          <Typography variant="body2" component="div">
            Owner <PersonLink entityRef={item.owner} defaultKind="group" />
          </Typography>
          <Typography variant="body2" component="div">
            Due <DueDate dueDate={item.dueDate} status={item.status} />
          </Typography>
          <Typography variant="body2" component="div">
            Status {labelOf(item.status)}
          </Typography>
          <Typography variant="body2" component="div">
            Source {labelOf(item.source)}
            {item.sourceId ? ` · ${item.sourceId}` : ''}
          </Typography>
        </Box>
      </InfoCard>
    </div>
  );
}

import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { isFormerUser } from '@devex-governance/backstage-plugin-devex-common';
import Typography from '@material-ui/core/Typography';

/**
 * A person or group as a catalog link; a person whose data was erased (the former-user marker)
 * shows as "former user", without a link to an entity that does not exist.
 */
export function PersonLink(props: { entityRef: string; defaultKind?: string }) {
  if (isFormerUser(props.entityRef)) {
    return (
      <Typography component="span" variant="inherit" color="textSecondary">
        former user
      </Typography>
    );
  }
  return (
    <EntityRefLink
      entityRef={props.entityRef}
      defaultKind={props.defaultKind}
    />
  );
}

/** People and groups as catalog links, separated by commas. */
export function PersonLinks(props: {
  entityRefs: string[];
  defaultKind?: string;
}) {
  return (
    <>
      {props.entityRefs.map((ref, i) => (
        <span key={ref}>
          {i > 0 && ', '}
          <PersonLink entityRef={ref} defaultKind={props.defaultKind} />
        </span>
      ))}
    </>
  );
}

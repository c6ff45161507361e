/**
 * Records the risk register, the blockers and the IDP backlog each hold for one entity, named
 * after `name` (`R-${name}`, `Blocker ${name}`, `Initiative ${name}`), posted through the API.
 */
export async function postGovernanceRecords(
  post: (path: string, body: object) => Promise<unknown>,
  name: string,
  entityRef: string,
  riskImpact = 5,
) {
  await post('/risks', {
    key: `R-${name}`,
    title: `Risk ${name}`,
    impact: riskImpact,
    likelihood: 5,
    owner: 'group:default/qa',
    entityRef,
  });
  await post('/blockers', { entityRef, title: `Blocker ${name}` });
  await post('/backlog', {
    initiative: `Initiative ${name}`,
    owner: 'group:default/platform-eng',
    horizon: 30,
    effort: 'M',
    entityRef,
  });
}

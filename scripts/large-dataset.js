/**
 * What the benchmarks need of the large data set (scripts/large-dataset.sh): the squad six levels
 * deep that its guest is in, and a component that squad owns, as the catalog answers it.
 */
const DEEP_SQUAD = 'group:default/squad-000';

/** The ref of a component the deep squad owns, or undefined while the catalog has not read it. */
async function deepSquadComponent(backendUrl, token) {
  const res = await fetch(
    `${backendUrl}/api/catalog/entities/by-query?limit=1&filter=kind=component,relations.ownedBy=${DEEP_SQUAD}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  const [entity] = res.ok ? (await res.json()).items : [];
  return entity && `component:default/${entity.metadata.name}`;
}

module.exports = { deepSquadComponent };

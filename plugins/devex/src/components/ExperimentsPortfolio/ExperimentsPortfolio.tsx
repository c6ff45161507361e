import { InfoCard } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import {
  MetricFamily,
  METRIC_FAMILIES,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useMemo, useState } from 'react';
import { devexApiRef, ScorecardQuery } from '../../api';
import { useHighlightedRecord } from '../../hooks/useHighlightedRecord';
import { useOwnerCandidates } from '../../hooks/useOwnerCandidates';
import { ExperimentScorecards } from '../ExperimentScorecards';
import { SelectField } from '../SelectField';

/** Every experiment across the portal, grouped by status, filtered by owner group and metric family. */
export function ExperimentsPortfolio() {
  const api = useApi(devexApiRef);
  const alertApi = useApi(alertApiRef);
  const owners = useOwnerCandidates();
  const highlightId = useHighlightedRecord('experiment');
  const [owner, setOwner] = useState('');
  const [family, setFamily] = useState<MetricFamily | ''>('');
  const query = useMemo<ScorecardQuery>(
    () => ({
      owner: owner ? [owner] : undefined,
      family: family ? [family] : undefined,
    }),
    [owner, family],
  );

  const download = async () => {
    try {
      const csv = await api.exportScorecardsCsv(query);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'devex-scorecards.csv';
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      alertApi.post({
        message: (e as Error).message,
        severity: 'error',
        display: 'transient',
      });
    }
  };

  return (
    <InfoCard
      title="Experiments"
      action={
        <Box mt={1} mr={1}>
          <Button startIcon={<GetAppIcon />} onClick={download}>
            Export CSV
          </Button>
        </Box>
      }
    >
      <Box display="flex" flexWrap="wrap" mb={2} style={{ gap: 16 }}>
        <SelectField
          id="devex-experiments-owner"
          label="Owner group"
          value={owner}
          onChange={setOwner}
          style={{ minWidth: 220 }}
          options={[
            { value: '', label: 'Any group' },
            ...(owners.value ?? [])
              .filter(o => o.ref.startsWith('group:'))
              .map(o => ({ value: o.ref, label: o.label })),
          ]}
        />
        <SelectField
          id="devex-experiments-family"
          label="Metric family"
          value={family}
          onChange={value => setFamily(value as MetricFamily | '')}
          style={{ minWidth: 180 }}
          options={[
            { value: '', label: 'Any family' },
            ...METRIC_FAMILIES.map(f => ({ value: f, label: f })),
          ]}
        />
      </Box>
      <ExperimentScorecards
        query={query}
        groupByStatus
        highlightId={highlightId}
      />
    </InfoCard>
  );
}

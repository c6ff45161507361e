import { parseRisksNotes } from './nextSteps';

describe('parseRisksNotes', () => {
  it('reads the open bullets of the Risks/Notes section and stops at the next heading', () => {
    const file = [
      '# Next steps',
      '## Tasks',
      '- [ ] Ship the bootstrap script',
      '## Risks/Notes',
      '- Staging access for Prefect backfills pending (owner: Platform)',
      '- [x] Vault strategy approved',
      '* [ ] Consent logs still need exporting to the evidence catalog',
      '  continuation line that is not a bullet',
      '## Quality Gates',
      '- [ ] pytest coverage >= 80%',
    ].join('\n');
    expect(parseRisksNotes(file)).toEqual([
      'Staging access for Prefect backfills pending (owner: Platform)',
      'Consent logs still need exporting to the evidence catalog',
    ]);
  });

  it('accepts "Risks / Notes" at another heading level, and nothing when there is no such section', () => {
    expect(
      parseRisksNotes(
        '### Risks / Notes\n- make qa fails with "recipe commences before first target"\n',
      ),
    ).toEqual(['make qa fails with "recipe commences before first target"']);
    expect(parseRisksNotes('# Notes\n- nothing to see')).toEqual([]);
  });
});

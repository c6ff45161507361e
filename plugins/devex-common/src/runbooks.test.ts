import {
  entityRunbooks,
  isReadableRunbookUrl,
  resolveRunbookUrl,
} from './runbooks';

const entity = (annotations: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'hotpass', namespace: 'default', annotations },
  spec: {},
});

describe('runbook links', () => {
  it('opens a relative document in the entity TechDocs when it has them', () => {
    const e = entity({
      'backstage.io/techdocs-ref': 'dir:.',
      'devex.io/runbooks': 'docs/metrics/devex-audit.md',
    });
    expect(entityRunbooks(e)).toEqual([
      {
        title: 'devex-audit',
        url: '/docs/default/component/hotpass/metrics/devex-audit',
      },
    ]);
  });

  it('falls back to the source location', () => {
    const e = entity({
      'backstage.io/source-location':
        'url:https://github.com/IAmJonoBo/Hotpass/tree/main/',
    });
    expect(resolveRunbookUrl(e, './docs/devex/review-loop.md')).toBe(
      'https://github.com/IAmJonoBo/Hotpass/tree/main/docs/devex/review-loop.md',
    );
  });

  it('keeps absolute URLs and lists several', () => {
    const e = entity({
      'devex.io/runbooks':
        'https://runbooks.example.com/a, https://runbooks.example.com/b.md',
    });
    expect(entityRunbooks(e).map(r => r.url)).toEqual([
      'https://runbooks.example.com/a',
      'https://runbooks.example.com/b.md',
    ]);
  });

  it('reads http(s) runbooks in the portal and leaves TechDocs pages to TechDocs', () => {
    expect(isReadableRunbookUrl('https://github.com/o/r/blob/main/a.md')).toBe(
      true,
    );
    expect(
      isReadableRunbookUrl('/docs/default/component/hotpass/metrics/x'),
    ).toBe(false);
    expect(isReadableRunbookUrl('docs/a.md')).toBe(false);
    // eslint-disable-next-line no-script-url
    expect(isReadableRunbookUrl('javascript:alert(1)')).toBe(false);
  });
});

import { ConfigReader } from '@backstage/config';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { demoSettingsIn } from './demoSettings';

const read = (file: string) =>
  YAML.parse(
    fs.readFileSync(path.resolve(__dirname, '../../..', file), 'utf8'),
  );

describe('the demo settings a production start warns about', () => {
  it("names each demo setting of the local portal's config, layered under the production one", () => {
    const production = ConfigReader.fromConfigs([
      { context: 'app-config.yaml', data: read('app-config.yaml') },
      {
        context: 'app-config.production.yaml',
        data: read('app-config.production.yaml'),
      },
    ]);
    const found = demoSettingsIn(production);
    expect(found.map(s => s.split(' ')[0])).toEqual([
      'notifications.processors.email.transportConfig',
      'notifications.processors.email.sender',
      'auth.providers.guest',
      'catalog.locations',
      'catalog.locations',
      'devex.calendar.governanceEntityRef',
    ]);
    expect(found[0]).toContain('../../scripts/mail-to-folder.js');
  });

  it('finds none in the production config itself', () => {
    expect(
      demoSettingsIn(new ConfigReader(read('app-config.production.yaml'))),
    ).toEqual([]);
  });

  it('says nothing of a config with settings of its own', () => {
    expect(
      demoSettingsIn(
        new ConfigReader({
          auth: { providers: { github: { production: {} } } },
          notifications: {
            processors: {
              email: {
                sender: 'portal@acme.io',
                transportConfig: {
                  transport: 'smtp',
                  hostname: 'mail.acme.io',
                },
              },
            },
          },
          catalog: {
            locations: [
              { type: 'url', target: 'https://git.acme.io/all.yaml' },
            ],
          },
          devex: { demoData: { enabled: false } },
        }),
      ),
    ).toEqual([]);
  });
});

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

/** The files of this repository's demo that a config may still point at. */
const DEMO_FILES = /(^|\/)(examples\/[^/]+\.yaml|scripts\/mail-to-folder\.js)$/;

/**
 * The demo's settings a config still holds, each with what to set instead: what the local
 * portal's app-config.yaml sets for the demo and a production portal must replace.
 */
export function demoSettingsIn(config: Config): string[] {
  const found: string[] = [];
  const mailPath = config.getOptionalString(
    'notifications.processors.email.transportConfig.path',
  );
  if (mailPath && DEMO_FILES.test(mailPath))
    found.push(
      `notifications.processors.email.transportConfig writes mail to files (${mailPath}), not to anyone: set an smtp, ses or azure transport`,
    );
  const sender = config.getOptionalString(
    'notifications.processors.email.sender',
  );
  if (sender?.endsWith('@example.com'))
    found.push(
      `notifications.processors.email.sender is the demo's ${sender}: set your portal's address`,
    );
  if (config.has('auth.providers.guest'))
    found.push(
      'auth.providers.guest signs anyone in as the demo guest: configure your sign-in provider and remove it',
    );
  if (config.getOptionalBoolean('devex.demoData.enabled'))
    found.push(
      'devex.demoData.enabled is true (a production start loads no demo data): set it to false',
    );
  for (const location of config.getOptionalConfigArray('catalog.locations') ??
    []) {
    const target = location.getOptionalString('target') ?? '';
    if (
      location.getOptionalString('type') === 'file' &&
      DEMO_FILES.test(target)
    )
      found.push(
        `catalog.locations reads the demo's ${target}: point the catalog at your organisation's entities`,
      );
  }
  const governance = config.getOptionalString(
    'devex.calendar.governanceEntityRef',
  );
  if (governance === 'resource:default/hotpass-devex-governance')
    found.push(
      `devex.calendar.governanceEntityRef is the demo's ${governance}: name your own or remove it`,
    );
  return found;
}

/**
 * Warns, when the backend starts in production (NODE_ENV=production), about each demo setting
 * it still sees: the production config layers over app-config.yaml, which is the demo's.
 */
export default createBackendModule({
  pluginId: 'app',
  moduleId: 'demo-settings-check',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.rootLogger,
      },
      async init({ config, logger }) {
        if (process.env.NODE_ENV !== 'production') return;
        for (const setting of demoSettingsIn(config))
          logger.warn(`A demo setting in a production start: ${setting}`);
      },
    });
  },
});

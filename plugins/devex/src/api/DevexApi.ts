import { createApiRef } from '@backstage/core-plugin-api';
import type { DevexClient } from './DevexClient';

/**
 * The DevEx backend, as the frontend sees it: the public methods of {@link DevexClient}, whose
 * requests and responses are typed by the backend's OpenAPI spec. A test or an app may provide
 * any object of this shape.
 *
 * @public
 */
export type DevexApi = { [K in keyof DevexClient]: DevexClient[K] };

/** @public */
export const devexApiRef = createApiRef<DevexApi>({ id: 'plugin.devex.api' });

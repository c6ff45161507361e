import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: the guest provider for the local portal; add a real provider for production.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

// Catalog, reading the entities in examples/ (see app-config.yaml).
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// Permissions: allow everything except changing experiments one does not own (./permissionPolicy);
// replace that module with your own policy.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./permissionPolicy'));

backend.add(import('@devex-governance/backstage-plugin-devex-backend'));
// MCP: the DevEx actions as tools for assistants, at /api/mcp-actions/v1 (app-config: backend.actions).
backend.add(import('@backstage/plugin-mcp-actions-backend'));
// Notifications (DevEx blockers and escalations) and signals for their live delivery.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
// Email delivery of notifications (app-config: notifications.processors.email; the demo's land in .data/mail/).
backend.add(import('@backstage/plugin-notifications-backend-module-email'));
// Slack delivery of notifications, active once notifications.processors.slack is configured (README).
backend.add(import('@backstage/plugin-notifications-backend-module-slack'));

// In a production start, a warning for each setting of the demo the config still holds.
backend.add(import('./demoSettings'));

backend.start();

import { createPermission } from '@backstage/plugin-permission-common';

/** Read action items, on the DevEx tab, the page and through the API. */
export const devexActionItemReadPermission = createPermission({
  name: 'devex.action-item.read',
  attributes: { action: 'read' },
});

/** Create an action item. */
export const devexActionItemCreatePermission = createPermission({
  name: 'devex.action-item.create',
  attributes: { action: 'create' },
});

/** Change an action item, its status included. */
export const devexActionItemUpdatePermission = createPermission({
  name: 'devex.action-item.update',
  attributes: { action: 'update' },
});

/** Delete an action item. */
export const devexActionItemDeletePermission = createPermission({
  name: 'devex.action-item.delete',
  attributes: { action: 'delete' },
});

/** Every permission of the DevEx plugin, for registration and policies. */
export const devexPermissions = [
  devexActionItemReadPermission,
  devexActionItemCreatePermission,
  devexActionItemUpdatePermission,
  devexActionItemDeletePermission,
];

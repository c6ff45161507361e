/**
 * Types, permissions and API shapes shared by the DevEx governance plugins.
 *
 * @packageDocumentation
 */
export * from './actionItems';
export * from './anomalies';
export * from './permissions';
export * from './experiments';
export * from './metrics';
export * from './scorecards';
export * from './calendar';
export * from './backlog';
export * from './risks';
export * from './escalation';
export * from './sync';
export * from './successMeasures';
export * from './pulse';
// the wire types, generated from the backend's OpenAPI spec (generate:openapi)
export * from './wire';
export * from './summary';
export * from './forum';
export * from './runbooks';
export * from './featureFlags';
export * from './waivers';
export * from './personalData';

// Generated from plugins/devex-backend/src/schema/openapi.yaml by scripts/generate-openapi.js; do not edit.
/* eslint-disable */
export const spec = {
  "openapi": "3.1.0",
  "info": {
    "title": "devex",
    "version": "1",
    "description": "DevEx governance: action items (owners, due dates) kept per catalog entity. Every route takes a Backstage user token; the caller is read from it, never from the body.",
    "license": {
      "name": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "components": {
    "parameters": {
      "actionItemId": {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "experimentId": {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "experimentFilters_entityRef": {
        "name": "entityRef",
        "in": "query",
        "schema": {
          "$ref": "#/components/schemas/EntityRef"
        }
      },
      "experimentFilters_owner": {
        "name": "owner",
        "in": "query",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "maxItems": 50,
          "items": {
            "$ref": "#/components/schemas/GroupRef"
          }
        }
      },
      "experimentFilters_status": {
        "name": "status",
        "in": "query",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/ExperimentStatus"
          }
        }
      },
      "experimentFilters_family": {
        "name": "family",
        "in": "query",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/MetricFamily"
          }
        }
      },
      "limit": {
        "name": "limit",
        "in": "query",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      },
      "cursor": {
        "name": "cursor",
        "in": "query",
        "schema": {
          "type": "string",
          "maxLength": 500
        }
      }
    },
    "schemas": {
      "EntityRef": {
        "type": "string",
        "minLength": 3,
        "maxLength": 255,
        "description": "A full entity reference, `kind:namespace/name`.",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*:[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"
      },
      "OwnerRef": {
        "type": "string",
        "minLength": 3,
        "maxLength": 255,
        "description": "A user or group entity reference, `user:namespace/name` or `group:namespace/name`.",
        "pattern": "^([Uu][Ss][Ee][Rr]|[Gg][Rr][Oo][Uu][Pp]):[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"
      },
      "ActionItemStatus": {
        "type": "string",
        "enum": [
          "open",
          "in_progress",
          "blocked",
          "done",
          "cancelled"
        ]
      },
      "ActionItemSource": {
        "type": "string",
        "enum": [
          "governance_forum",
          "monthly_sync",
          "escalation",
          "manual"
        ]
      },
      "DueDate": {
        "type": "string",
        "format": "date",
        "description": "Calendar date, YYYY-MM-DD."
      },
      "Title": {
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "Description": {
        "type": "string",
        "maxLength": 4000
      },
      "SourceId": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 200
      },
      "ActionItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "description",
          "entityRef",
          "owner",
          "dueDate",
          "status",
          "source",
          "sourceId",
          "createdBy",
          "createdAt",
          "updatedAt",
          "version"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "dueDate": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/ActionItemStatus"
          },
          "source": {
            "$ref": "#/components/schemas/ActionItemSource"
          },
          "sourceId": {
            "type": [
              "string",
              "null"
            ]
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "version": {
            "type": "integer"
          }
        }
      },
      "CreateActionItemRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "entityRef",
          "owner",
          "dueDate"
        ],
        "properties": {
          "title": {
            "$ref": "#/components/schemas/Title"
          },
          "description": {
            "$ref": "#/components/schemas/Description"
          },
          "entityRef": {
            "$ref": "#/components/schemas/EntityRef"
          },
          "owner": {
            "$ref": "#/components/schemas/OwnerRef"
          },
          "dueDate": {
            "$ref": "#/components/schemas/DueDate"
          },
          "status": {
            "$ref": "#/components/schemas/ActionItemStatus"
          },
          "source": {
            "$ref": "#/components/schemas/ActionItemSource"
          },
          "sourceId": {
            "$ref": "#/components/schemas/SourceId"
          }
        }
      },
      "UpdateActionItemRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "description": "The version the change was made against; a stale one is refused with 409."
          },
          "title": {
            "$ref": "#/components/schemas/Title"
          },
          "description": {
            "$ref": "#/components/schemas/Description"
          },
          "entityRef": {
            "$ref": "#/components/schemas/EntityRef"
          },
          "owner": {
            "$ref": "#/components/schemas/OwnerRef"
          },
          "dueDate": {
            "$ref": "#/components/schemas/DueDate"
          },
          "status": {
            "$ref": "#/components/schemas/ActionItemStatus"
          },
          "source": {
            "$ref": "#/components/schemas/ActionItemSource"
          },
          "sourceId": {
            "$ref": "#/components/schemas/SourceId"
          }
        }
      },
      "ListActionItemsResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ActionItem"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "GroupRef": {
        "type": "string",
        "minLength": 3,
        "maxLength": 255,
        "description": "A group entity reference, `group:namespace/name`.",
        "pattern": "^[Gg][Rr][Oo][Uu][Pp]:[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"
      },
      "OptionalDate": {
        "type": [
          "string",
          "null"
        ],
        "format": "date"
      },
      "ExperimentStatus": {
        "type": "string",
        "enum": [
          "proposed",
          "planned",
          "running",
          "observing",
          "decided",
          "paused",
          "abandoned"
        ]
      },
      "ExperimentDecision": {
        "type": "string",
        "enum": [
          "scale",
          "iterate",
          "retire"
        ]
      },
      "MetricFamily": {
        "type": "string",
        "enum": [
          "DORA",
          "SPACE",
          "DevEx",
          "Compliance",
          "Pipeline",
          "Supply chain"
        ]
      },
      "ExperimentVehicle": {
        "type": [
          "object",
          "null"
        ],
        "additionalProperties": false,
        "required": [
          "type",
          "ref"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "feature_flag",
              "idp_template"
            ]
          },
          "ref": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          }
        }
      },
      "ExperimentLink": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "url"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "runbook",
              "retro",
              "dashboard",
              "other"
            ]
          },
          "url": {
            "$ref": "#/components/schemas/LinkUrl"
          },
          "title": {
            "type": "string",
            "maxLength": 200
          }
        }
      },
      "FlagState": {
        "type": "string",
        "pattern": "^(on|off|[1-9][0-9]?%)$",
        "description": "A feature flag's state as decided, on, off or a rollout percentage from 1% to 99%."
      },
      "RecordFlagDecisionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "flagKey",
          "environment",
          "from",
          "to",
          "reason"
        ],
        "properties": {
          "flagKey": {
            "type": "string",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$"
          },
          "environment": {
            "type": "string",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
          },
          "from": {
            "$ref": "#/components/schemas/FlagState"
          },
          "to": {
            "$ref": "#/components/schemas/FlagState"
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          }
        }
      },
      "FlagLiveState": {
        "type": "object",
        "additionalProperties": false,
        "description": "What the drift check last read from the flag services: the live state (on, off, a percentage, or targeted for a rollout to chosen users only), null when no provider knows the flag or the read failed (then error says why).",
        "required": [
          "state",
          "provider",
          "error",
          "checkedAt"
        ],
        "properties": {
          "state": {
            "type": [
              "string",
              "null"
            ]
          },
          "provider": {
            "type": [
              "string",
              "null"
            ]
          },
          "error": {
            "type": [
              "string",
              "null"
            ]
          },
          "checkedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "FlagDecision": {
        "type": "object",
        "additionalProperties": false,
        "description": "A decision on an experiment's feature flag in one environment, with who made it, when and in which meeting. Only the newest decision per flag and environment is current; a current decision whose live state differs from its `to` state is drift.",
        "required": [
          "id",
          "experimentId",
          "flagKey",
          "environment",
          "from",
          "to",
          "reason",
          "decidedBy",
          "decidedAt",
          "occurrenceId",
          "meetingLink",
          "current",
          "live",
          "drift"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "experimentId": {
            "type": "string"
          },
          "flagKey": {
            "type": "string"
          },
          "environment": {
            "type": "string"
          },
          "from": {
            "$ref": "#/components/schemas/FlagState"
          },
          "to": {
            "$ref": "#/components/schemas/FlagState"
          },
          "reason": {
            "type": "string"
          },
          "decidedBy": {
            "type": "string"
          },
          "decidedAt": {
            "type": "string",
            "format": "date-time"
          },
          "occurrenceId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The forum or monthly sync occurrence it was decided in."
          },
          "meetingLink": {
            "type": [
              "string",
              "null"
            ],
            "description": "The minutes of that meeting, a path under the app's base URL."
          },
          "current": {
            "type": "boolean"
          },
          "live": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/FlagLiveState"
              },
              {
                "type": "null"
              }
            ]
          },
          "drift": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Whether the live state differs; null when not current or not read yet."
          }
        }
      },
      "Waiver": {
        "type": "object",
        "additionalProperties": false,
        "description": "A justified exception: a remediation item deliberately not automated, or a success measure's target paused, requested by one person, approved by an admin, until it expires. An approved waiver is in force until the end of its expiry date; then the item counts as before.",
        "required": [
          "id",
          "subjectType",
          "subjectId",
          "subjectTitle",
          "entityRef",
          "justification",
          "requestedBy",
          "requestedAt",
          "status",
          "expiresOn",
          "inForce",
          "decidedBy",
          "decidedAt",
          "decisionNote",
          "version"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "subjectType": {
            "$ref": "#/components/schemas/WaiverSubjectType"
          },
          "subjectId": {
            "type": "string"
          },
          "subjectTitle": {
            "type": "string"
          },
          "entityRef": {
            "type": [
              "string",
              "null"
            ]
          },
          "justification": {
            "type": "string"
          },
          "requestedBy": {
            "type": "string"
          },
          "requestedAt": {
            "type": "string",
            "format": "date-time"
          },
          "status": {
            "type": "string",
            "enum": [
              "requested",
              "approved",
              "rejected",
              "revoked"
            ]
          },
          "expiresOn": {
            "type": "string",
            "format": "date"
          },
          "inForce": {
            "type": "boolean",
            "description": "Approved and not expired, today in the plugin's time zone."
          },
          "decidedBy": {
            "type": [
              "string",
              "null"
            ]
          },
          "decidedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "decisionNote": {
            "type": [
              "string",
              "null"
            ]
          },
          "version": {
            "type": "integer"
          }
        }
      },
      "WaiverSubjectType": {
        "type": "string",
        "enum": [
          "remediation_item",
          "success_measure"
        ]
      },
      "RequestWaiverRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "subjectType",
          "subjectId",
          "justification",
          "expiresOn"
        ],
        "properties": {
          "subjectType": {
            "$ref": "#/components/schemas/WaiverSubjectType"
          },
          "subjectId": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "justification": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4000
          },
          "expiresOn": {
            "type": "string",
            "format": "date"
          }
        }
      },
      "DecideWaiverRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "decision",
          "version"
        ],
        "properties": {
          "decision": {
            "type": "string",
            "enum": [
              "approve",
              "reject",
              "revoke"
            ]
          },
          "note": {
            "type": "string",
            "maxLength": 2000
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "LinkUrl": {
        "description": "A link people follow from the portal: http(s) or a path within the portal. Other schemes (javascript:, data:, file:) are refused.",
        "type": "string",
        "maxLength": 2000,
        "pattern": "^(https?://[^\\s]+|/[^\\s]*)$"
      },
      "ExperimentMetric": {
        "description": "A metric an experiment is judged by, as the API answers it.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "metricKey",
          "baseline",
          "target",
          "comparator"
        ],
        "properties": {
          "metricKey": {
            "type": "string"
          },
          "baseline": {
            "type": [
              "number",
              "null"
            ]
          },
          "target": {
            "type": "number"
          },
          "comparator": {
            "type": "string",
            "enum": [
              "lte",
              "lt",
              "gte",
              "gt"
            ]
          }
        }
      },
      "ExperimentMetricInput": {
        "description": "A metric an experiment is judged by, as a request names it (baseline optional).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "metricKey",
          "target",
          "comparator"
        ],
        "properties": {
          "metricKey": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "baseline": {
            "type": [
              "number",
              "null"
            ]
          },
          "target": {
            "type": "number"
          },
          "comparator": {
            "type": "string",
            "enum": [
              "lte",
              "lt",
              "gte",
              "gt"
            ]
          }
        }
      },
      "ExperimentFields": {
        "type": "object",
        "properties": {
          "title": {
            "$ref": "#/components/schemas/Title"
          },
          "hypothesis": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4000
          },
          "design": {
            "type": "string",
            "maxLength": 4000
          },
          "owner": {
            "$ref": "#/components/schemas/GroupRef"
          },
          "entityRefs": {
            "type": "array",
            "minItems": 1,
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/EntityRef"
            }
          },
          "kickoffDate": {
            "$ref": "#/components/schemas/OptionalDate"
          },
          "pilotDate": {
            "$ref": "#/components/schemas/OptionalDate"
          },
          "endDate": {
            "$ref": "#/components/schemas/OptionalDate"
          },
          "vehicle": {
            "$ref": "#/components/schemas/ExperimentVehicle"
          },
          "links": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/ExperimentLink"
            }
          },
          "metrics": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/ExperimentMetricInput"
            }
          }
        }
      },
      "CreateExperimentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "key",
          "title",
          "hypothesis",
          "owner",
          "entityRefs"
        ],
        "properties": {
          "key": {
            "type": "string",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$"
          },
          "status": {
            "type": "string",
            "enum": [
              "proposed",
              "planned"
            ]
          },
          "title": {
            "$ref": "#/components/schemas/Title"
          },
          "hypothesis": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4000
          },
          "design": {
            "type": "string",
            "maxLength": 4000
          },
          "owner": {
            "$ref": "#/components/schemas/GroupRef"
          },
          "entityRefs": {
            "type": "array",
            "minItems": 1,
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/EntityRef"
            }
          },
          "kickoffDate": {
            "$ref": "#/components/schemas/OptionalDate"
          },
          "pilotDate": {
            "$ref": "#/components/schemas/OptionalDate"
          },
          "endDate": {
            "$ref": "#/components/schemas/OptionalDate"
          },
          "vehicle": {
            "$ref": "#/components/schemas/ExperimentVehicle"
          },
          "links": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/ExperimentLink"
            }
          },
          "metrics": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/ExperimentMetricInput"
            }
          }
        }
      },
      "UpdateExperimentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1
          },
          "title": {
            "$ref": "#/components/schemas/Title"
          },
          "hypothesis": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4000
          },
          "design": {
            "type": "string",
            "maxLength": 4000
          },
          "owner": {
            "$ref": "#/components/schemas/GroupRef"
          },
          "entityRefs": {
            "type": "array",
            "minItems": 1,
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/EntityRef"
            }
          },
          "kickoffDate": {
            "$ref": "#/components/schemas/OptionalDate"
          },
          "pilotDate": {
            "$ref": "#/components/schemas/OptionalDate"
          },
          "endDate": {
            "$ref": "#/components/schemas/OptionalDate"
          },
          "vehicle": {
            "$ref": "#/components/schemas/ExperimentVehicle"
          },
          "links": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/ExperimentLink"
            }
          },
          "metrics": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/ExperimentMetricInput"
            }
          }
        }
      },
      "TransitionExperimentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "to",
          "note",
          "version"
        ],
        "properties": {
          "to": {
            "$ref": "#/components/schemas/ExperimentStatus"
          },
          "note": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          },
          "decision": {
            "$ref": "#/components/schemas/ExperimentDecision"
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "Experiment": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "key",
          "title",
          "hypothesis",
          "design",
          "owner",
          "entityRefs",
          "status",
          "decision",
          "kickoffDate",
          "pilotDate",
          "endDate",
          "vehicle",
          "links",
          "metrics",
          "createdBy",
          "createdAt",
          "updatedAt",
          "version"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "hypothesis": {
            "type": "string"
          },
          "design": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "status": {
            "$ref": "#/components/schemas/ExperimentStatus"
          },
          "decision": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ExperimentDecision"
              },
              {
                "type": "null"
              }
            ]
          },
          "kickoffDate": {
            "type": [
              "string",
              "null"
            ]
          },
          "pilotDate": {
            "type": [
              "string",
              "null"
            ]
          },
          "endDate": {
            "type": [
              "string",
              "null"
            ]
          },
          "vehicle": {
            "$ref": "#/components/schemas/ExperimentVehicle"
          },
          "links": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExperimentLink"
            }
          },
          "metrics": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExperimentMetric"
            }
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "version": {
            "type": "integer"
          }
        }
      },
      "ExperimentTransition": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "experimentId",
          "from",
          "to",
          "decision",
          "note",
          "changedBy",
          "changedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "experimentId": {
            "type": "string"
          },
          "from": {
            "$ref": "#/components/schemas/ExperimentStatus"
          },
          "to": {
            "$ref": "#/components/schemas/ExperimentStatus"
          },
          "decision": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ExperimentDecision"
              },
              {
                "type": "null"
              }
            ]
          },
          "note": {
            "type": "string"
          },
          "changedBy": {
            "type": "string"
          },
          "changedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ExperimentScorecard": {
        "type": "object",
        "additionalProperties": false,
        "description": "Computed on read; status on_track, at_risk, off_track or no_data per metric and overall, and overall not_started for a proposed or planned experiment (its health is not judged before it starts).",
        "required": [
          "experiment",
          "status",
          "metrics",
          "history"
        ],
        "properties": {
          "experiment": {
            "$ref": "#/components/schemas/Experiment"
          },
          "status": {
            "$ref": "#/components/schemas/ExperimentHealth"
          },
          "metrics": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MetricScorecard"
            }
          },
          "history": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExperimentTransition"
            }
          }
        }
      },
      "ForumRecord": {
        "type": "object",
        "additionalProperties": false,
        "description": "The record an output of a forum changed or created, and where the portal shows it.",
        "required": [
          "type",
          "id",
          "title",
          "link",
          "entityRefs"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "experiment",
              "action_item",
              "backlog_item",
              "risk",
              "anomaly"
            ]
          },
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The catalog entities the record belongs to (none for a portal-wide record); a reader from whom the catalog hides all of them does not see the output."
          },
          "link": {
            "type": "string",
            "description": "The record's place in the portal, a path under the app's base URL."
          }
        }
      },
      "ForumOutput": {
        "type": "object",
        "additionalProperties": false,
        "description": "Something a forum decided or changed, recorded where it was made.",
        "required": [
          "id",
          "kind",
          "step",
          "summary",
          "record",
          "recordedBy",
          "recordedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "decision",
              "flag_decision",
              "action_item",
              "backlog_move",
              "risk_change",
              "note",
              "anomaly_dismissal"
            ]
          },
          "step": {
            "type": "string",
            "description": "The agenda step it was recorded in."
          },
          "summary": {
            "type": "string"
          },
          "record": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ForumRecord"
              },
              {
                "type": "null"
              }
            ]
          },
          "recordedBy": {
            "type": "string"
          },
          "recordedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ForumSession": {
        "type": "object",
        "additionalProperties": false,
        "description": "A governance forum or monthly sync run in the portal, for one occurrence. Its agenda, who attended, every output in the order recorded, and once finished its minutes (Markdown).",
        "required": [
          "occurrenceId",
          "cadenceId",
          "title",
          "date",
          "status",
          "agenda",
          "attendees",
          "outputs",
          "minutes",
          "startedBy",
          "startedAt",
          "finishedBy",
          "finishedAt",
          "version"
        ],
        "properties": {
          "occurrenceId": {
            "type": "string"
          },
          "cadenceId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "date": {
            "type": "string",
            "format": "date"
          },
          "status": {
            "type": "string",
            "enum": [
              "running",
              "held"
            ]
          },
          "agenda": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "attendees": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "outputs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ForumOutput"
            }
          },
          "minutes": {
            "type": [
              "string",
              "null"
            ]
          },
          "startedBy": {
            "type": "string"
          },
          "startedAt": {
            "type": "string",
            "format": "date-time"
          },
          "finishedBy": {
            "type": [
              "string",
              "null"
            ]
          },
          "finishedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "version": {
            "type": "integer"
          }
        }
      },
      "ForumStep": {
        "type": "string",
        "minLength": 1,
        "maxLength": 200,
        "description": "The agenda step the output is recorded in."
      },
      "ScorecardHeadline": {
        "type": "object",
        "additionalProperties": false,
        "description": "An experiment's scorecard in one word, for overviews.",
        "required": [
          "experiment",
          "status"
        ],
        "properties": {
          "experiment": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "key",
              "title",
              "status",
              "entityRefs"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "key": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "status": {
                "$ref": "#/components/schemas/ExperimentStatus"
              },
              "entityRefs": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "status": {
            "$ref": "#/components/schemas/ExperimentHealth"
          }
        }
      },
      "ExperimentHealth": {
        "type": "string",
        "enum": [
          "on_track",
          "at_risk",
          "off_track",
          "no_data",
          "not_started"
        ],
        "description": "How an experiment stands against its targets, its worst metric's status; not_started while it is proposed or planned, whatever its baseline says."
      },
      "Anomaly": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "metricKey",
          "metricName",
          "unit",
          "entityRef",
          "kind",
          "value",
          "baseline",
          "deviations",
          "baselineWeeks",
          "windowFrom",
          "windowTo",
          "detectedAt",
          "explanation",
          "status",
          "note",
          "decidedBy",
          "decidedAt",
          "actionItemId"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "metricKey": {
            "type": "string"
          },
          "metricName": {
            "type": "string"
          },
          "unit": {
            "type": "string"
          },
          "entityRef": {
            "type": [
              "string",
              "null"
            ],
            "description": "null: the portal"
          },
          "kind": {
            "type": "string",
            "enum": [
              "level",
              "spike"
            ],
            "description": "the week's median (level) or the latest value (spike) is anomalous"
          },
          "value": {
            "type": "number"
          },
          "baseline": {
            "type": "number",
            "description": "the baseline's median"
          },
          "deviations": {
            "type": "number",
            "description": "how many scaled median absolute deviations the value lies from the baseline, signed"
          },
          "baselineWeeks": {
            "type": "integer"
          },
          "windowFrom": {
            "type": "string",
            "format": "date-time"
          },
          "windowTo": {
            "type": "string",
            "format": "date-time"
          },
          "detectedAt": {
            "type": "string",
            "format": "date-time"
          },
          "explanation": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "dismissed",
              "taken_up"
            ]
          },
          "note": {
            "type": [
              "string",
              "null"
            ]
          },
          "decidedBy": {
            "type": [
              "string",
              "null"
            ]
          },
          "decidedAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "actionItemId": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "PerformanceBand": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "level",
          "source"
        ],
        "properties": {
          "level": {
            "type": "string",
            "enum": [
              "elite",
              "high",
              "medium",
              "low"
            ]
          },
          "source": {
            "type": "string"
          }
        }
      },
      "MetricScorecard": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "metric",
          "baseline",
          "target",
          "comparator",
          "current",
          "progress",
          "targetMet",
          "status",
          "trend",
          "band",
          "series",
          "measurements"
        ],
        "properties": {
          "metric": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "key",
              "name",
              "family",
              "unit",
              "lowerIsBetter"
            ],
            "properties": {
              "key": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "family": {
                "$ref": "#/components/schemas/MetricFamily"
              },
              "unit": {
                "type": "string"
              },
              "lowerIsBetter": {
                "type": "boolean"
              }
            }
          },
          "baseline": {
            "type": [
              "number",
              "null"
            ]
          },
          "target": {
            "type": "number"
          },
          "comparator": {
            "type": "string",
            "enum": [
              "lte",
              "lt",
              "gte",
              "gt"
            ]
          },
          "current": {
            "type": [
              "number",
              "null"
            ]
          },
          "progress": {
            "type": [
              "number",
              "null"
            ],
            "description": "0..1 from baseline to target"
          },
          "targetMet": {
            "type": "boolean"
          },
          "status": {
            "type": "string",
            "enum": [
              "on_track",
              "at_risk",
              "off_track",
              "no_data"
            ]
          },
          "trend": {
            "type": "string",
            "enum": [
              "improving",
              "worsening",
              "flat",
              "unknown"
            ]
          },
          "band": {
            "description": "The performance band the current value falls in (the Four Keys' DORA bands), with the source of its thresholds; null for other metrics or without a value.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/PerformanceBand"
              },
              {
                "type": "null"
              }
            ]
          },
          "series": {
            "type": "array",
            "description": "The latest measurements (at most 26, oldest first), for the scorecard's sparkline; current, progress, status and trend are computed from all of them.",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "value",
                "measuredAt"
              ],
              "properties": {
                "value": {
                  "type": "number"
                },
                "measuredAt": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          },
          "measurements": {
            "type": "integer",
            "minimum": 0,
            "description": "How many measurements the scorecard rests on."
          }
        }
      },
      "RecordMeasurementsRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "measurements"
        ],
        "properties": {
          "measurements": {
            "type": "array",
            "minItems": 1,
            "maxItems": 5000,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "metricKey",
                "value",
                "measuredAt"
              ],
              "properties": {
                "metricKey": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 100
                },
                "entityRef": {
                  "oneOf": [
                    {
                      "$ref": "#/components/schemas/EntityRef"
                    },
                    {
                      "type": "null"
                    }
                  ]
                },
                "experiment": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "maxLength": 50,
                  "description": "Experiment key or id"
                },
                "value": {
                  "type": "number"
                },
                "measuredAt": {
                  "type": "string",
                  "format": "date-time"
                },
                "source": {
                  "description": "Refused with a 400: a measurement's source comes from the caller's credentials (api for a service principal, manual for a person), never from the body.",
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "OccurrenceRecord": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "occurrenceId",
          "status",
          "minutesUrl",
          "decisions",
          "notes",
          "updatedBy",
          "updatedAt",
          "version"
        ],
        "properties": {
          "occurrenceId": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "scheduled",
              "held",
              "skipped",
              "rescheduled"
            ]
          },
          "minutesUrl": {
            "type": [
              "string",
              "null"
            ]
          },
          "decisions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "notes": {
            "type": "string"
          },
          "updatedBy": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "version": {
            "type": "integer"
          }
        }
      },
      "Occurrence": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "cadenceId",
          "type",
          "title",
          "start",
          "end",
          "allDay",
          "timeZone",
          "participants",
          "agenda",
          "inputs",
          "outputs",
          "runbookUrl",
          "framework",
          "record",
          "actionItemCount"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "cadenceId": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "quarterly_forum",
              "monthly_sync",
              "pulse_survey",
              "metrics_digest",
              "runbook_update",
              "compliance_verification",
              "steering_committee"
            ]
          },
          "title": {
            "type": "string"
          },
          "start": {
            "type": "string"
          },
          "end": {
            "type": "string"
          },
          "allDay": {
            "type": "boolean"
          },
          "timeZone": {
            "type": "string"
          },
          "participants": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "agenda": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "inputs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "outputs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "runbookUrl": {
            "type": [
              "string",
              "null"
            ]
          },
          "framework": {
            "type": [
              "string",
              "null"
            ]
          },
          "record": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/OccurrenceRecord"
              },
              {
                "type": "null"
              }
            ]
          },
          "actionItemCount": {
            "type": "integer"
          }
        }
      },
      "VerificationRun": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "framework",
          "runAt",
          "reviewers",
          "findings",
          "notes",
          "recordedBy"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "framework": {
            "type": "string"
          },
          "runAt": {
            "type": "string",
            "format": "date-time"
          },
          "reviewers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "findings": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "notes": {
            "type": "string"
          },
          "recordedBy": {
            "type": "string"
          }
        }
      },
      "VerificationWindow": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "framework",
          "cadenceDays",
          "lastRun",
          "closesAt",
          "overdue",
          "daysLeft"
        ],
        "properties": {
          "framework": {
            "type": "string"
          },
          "cadenceDays": {
            "type": "integer"
          },
          "lastRun": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/VerificationRun"
              },
              {
                "type": "null"
              }
            ]
          },
          "closesAt": {
            "type": "string",
            "format": "date-time"
          },
          "overdue": {
            "type": "boolean"
          },
          "daysLeft": {
            "type": "integer"
          }
        }
      },
      "UserRef": {
        "type": "string",
        "minLength": 3,
        "maxLength": 255,
        "description": "A user entity reference, `user:namespace/name`.",
        "pattern": "^[Uu][Ss][Ee][Rr]:[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"
      },
      "IssueCalendarFeedRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "entityRef": {
            "$ref": "#/components/schemas/EntityRef"
          },
          "expiresInDays": {
            "type": "integer",
            "minimum": 1,
            "maximum": 3650,
            "description": "Days until the link stops working; absent, it works until revoked."
          }
        }
      },
      "IssuedCalendarFeed": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "path",
          "entityRef",
          "createdAt",
          "expiresAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "path": {
            "type": "string",
            "description": "The feed's path under the plugin; it holds the link's secret, shown only once."
          },
          "entityRef": {
            "type": [
              "string",
              "null"
            ]
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "expiresAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "CalendarFeed": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "entityRef",
          "createdAt",
          "expiresAt",
          "revokedAt",
          "lastUsedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": [
              "string",
              "null"
            ],
            "description": "The entity the feed is scoped to; null for the portal-wide feed."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "expiresAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "revokedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "lastUsedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "BacklogItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "initiative",
          "description",
          "entityRef",
          "owner",
          "horizon",
          "effort",
          "dependencies",
          "targetDate",
          "status",
          "rank",
          "decision",
          "decisionNote",
          "createdBy",
          "createdAt",
          "updatedAt",
          "version"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "initiative": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "entityRef": {
            "type": [
              "string",
              "null"
            ]
          },
          "owner": {
            "type": "string"
          },
          "horizon": {
            "type": "integer",
            "enum": [
              30,
              60,
              90
            ]
          },
          "effort": {
            "type": "string",
            "enum": [
              "S",
              "M",
              "L",
              "XL"
            ]
          },
          "dependencies": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "targetDate": {
            "type": [
              "string",
              "null"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "proposed",
              "planned",
              "in_progress",
              "done",
              "dropped"
            ]
          },
          "rank": {
            "type": "integer"
          },
          "decision": {
            "type": [
              "string",
              "null"
            ]
          },
          "decisionNote": {
            "type": [
              "string",
              "null"
            ]
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          }
        }
      },
      "BacklogRankChange": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "itemId",
          "initiative",
          "oldRank",
          "newRank",
          "note",
          "occurrenceId",
          "changedBy",
          "changedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "itemId": {
            "type": "string"
          },
          "initiative": {
            "type": "string"
          },
          "oldRank": {
            "type": "integer"
          },
          "newRank": {
            "type": "integer"
          },
          "note": {
            "type": "string"
          },
          "occurrenceId": {
            "type": [
              "string",
              "null"
            ]
          },
          "changedBy": {
            "type": "string"
          },
          "changedAt": {
            "type": "string"
          }
        }
      },
      "BacklogFields": {
        "type": "object",
        "properties": {
          "initiative": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "description": {
            "type": "string",
            "maxLength": 4000
          },
          "entityRef": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/EntityRef"
              },
              {
                "type": "null"
              }
            ]
          },
          "owner": {
            "$ref": "#/components/schemas/OwnerRef"
          },
          "horizon": {
            "type": "integer",
            "enum": [
              30,
              60,
              90
            ]
          },
          "effort": {
            "type": "string",
            "enum": [
              "S",
              "M",
              "L",
              "XL"
            ]
          },
          "dependencies": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "string",
              "maxLength": 200
            }
          },
          "targetDate": {
            "$ref": "#/components/schemas/OptionalDate"
          },
          "status": {
            "type": "string",
            "enum": [
              "proposed",
              "planned",
              "in_progress",
              "done",
              "dropped"
            ]
          }
        }
      },
      "Risk": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "key",
          "title",
          "description",
          "entityRef",
          "impact",
          "likelihood",
          "exposure",
          "owner",
          "status",
          "mitigation",
          "remediationIds",
          "actionItemIds",
          "createdBy",
          "createdAt",
          "updatedAt",
          "version"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "entityRef": {
            "type": [
              "string",
              "null"
            ]
          },
          "impact": {
            "type": "integer"
          },
          "likelihood": {
            "type": "integer"
          },
          "exposure": {
            "type": "integer"
          },
          "owner": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "in_progress",
              "mitigated",
              "accepted"
            ]
          },
          "mitigation": {
            "type": "string"
          },
          "remediationIds": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "actionItemIds": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          }
        }
      },
      "RunbookContent": {
        "type": "object",
        "additionalProperties": false,
        "description": "A runbook of an entity as the portal read it, to render in the portal.",
        "required": [
          "url",
          "markdown",
          "fetchedAt"
        ],
        "properties": {
          "url": {
            "type": "string",
            "description": "The runbook as the entity names it (its source)."
          },
          "markdown": {
            "type": "string"
          },
          "etag": {
            "type": "string",
            "description": "What the URL reader reported",
            "if anything.": null
          },
          "lastModified": {
            "type": "string",
            "description": "When the source says it last changed, if it says (ISO 8601)."
          },
          "fetchedAt": {
            "type": "string"
          }
        }
      },
      "RunbookRitual": {
        "type": "object",
        "additionalProperties": false,
        "description": "An occurrence of the runbook-update ritual.",
        "required": [
          "occurrenceId",
          "start",
          "end"
        ],
        "properties": {
          "occurrenceId": {
            "type": "string"
          },
          "start": {
            "type": "string"
          },
          "end": {
            "type": "string"
          }
        }
      },
      "RunbookStatus": {
        "type": "object",
        "additionalProperties": false,
        "description": "What the runbook checks last saw of one runbook of an entity. changedSinceLastRitual compares its content now with the baseline recorded by the first check after the last runbook-update ritual ended; null when there is no such ritual, no baseline or no check yet.",
        "required": [
          "title",
          "url",
          "readable",
          "changedSinceLastRitual",
          "lastChangedAt",
          "lastModified",
          "checkedAt",
          "baselineAt",
          "error"
        ],
        "properties": {
          "title": {
            "type": "string"
          },
          "url": {
            "type": "string"
          },
          "readable": {
            "type": "boolean",
            "description": "False for a runbook that opens in TechDocs; the portal neither reads nor checks it."
          },
          "changedSinceLastRitual": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "lastChangedAt": {
            "type": [
              "string",
              "null"
            ],
            "description": "When a check first saw the current content differ from the one before."
          },
          "lastModified": {
            "type": [
              "string",
              "null"
            ],
            "description": "When the source says it last changed, if it says."
          },
          "checkedAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "baselineAt": {
            "type": [
              "string",
              "null"
            ],
            "description": "When the baseline of the last ritual was read."
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the last check could not read it; null when it could."
          }
        }
      },
      "RunbookStatusList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "lastRitual",
          "runbooks"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "lastRitual": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/RunbookRitual"
              },
              {
                "type": "null"
              }
            ]
          },
          "runbooks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RunbookStatus"
            }
          }
        }
      },
      "Blocker": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "entityRef",
          "title",
          "description",
          "raisedBy",
          "raisedAt",
          "ownersNotifiedAt",
          "notifiedOwners",
          "notificationError",
          "escalationDueAt",
          "escalatedAt",
          "escalatedTo",
          "resolvedAt",
          "resolvedBy",
          "resolution",
          "source",
          "version"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "raisedBy": {
            "type": "string"
          },
          "raisedAt": {
            "type": "string"
          },
          "ownersNotifiedAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "notifiedOwners": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "notificationError": {
            "description": "Why the owners could not be notified yet (the catalog lookup failed, or the entity has no owner); null once they were. Retried on each run of the escalation task.",
            "type": [
              "string",
              "null"
            ]
          },
          "escalationDueAt": {
            "type": "string"
          },
          "escalatedAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "escalatedTo": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "resolvedAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "resolvedBy": {
            "type": [
              "string",
              "null"
            ]
          },
          "resolution": {
            "type": [
              "string",
              "null"
            ]
          },
          "source": {
            "type": "string",
            "enum": [
              "portal",
              "next-steps"
            ]
          },
          "version": {
            "type": "integer"
          }
        }
      },
      "NextStepsSourceError": {
        "description": "The last read of an entity's Next_Steps file (annotation devex.io/next-steps) failed: unreadable, too large, too many bullets, or no \"Risks/Notes\" section. Its blockers were left as they were.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "location",
          "error",
          "checkedAt"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "location": {
            "type": "string"
          },
          "error": {
            "type": "string"
          },
          "checkedAt": {
            "type": "string"
          }
        }
      },
      "EvidenceRecord": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "source",
          "location",
          "owner",
          "retentionDays",
          "collection",
          "collectedAt",
          "remediationIds",
          "url"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          },
          "source": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300
          },
          "location": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1000
          },
          "owner": {
            "$ref": "#/components/schemas/OwnerRef"
          },
          "retentionDays": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1
          },
          "collection": {
            "type": "string",
            "enum": [
              "automated",
              "manual"
            ]
          },
          "collectedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "remediationIds": {
            "type": "array",
            "maxItems": 200,
            "items": {
              "type": "string",
              "maxLength": 50
            }
          },
          "url": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/LinkUrl"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "SyncRun": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "trigger",
          "startedAt",
          "finishedAt",
          "total",
          "syncedAutomatically",
          "syncedManually",
          "unsynced",
          "failed",
          "stale",
          "skipped",
          "ratio",
          "errors"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "trigger": {
            "type": "string",
            "enum": [
              "schedule",
              "manual",
              "test"
            ]
          },
          "startedAt": {
            "type": "string"
          },
          "finishedAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "total": {
            "type": "integer"
          },
          "syncedAutomatically": {
            "type": "integer"
          },
          "syncedManually": {
            "type": "integer"
          },
          "unsynced": {
            "type": "integer"
          },
          "failed": {
            "type": "integer"
          },
          "stale": {
            "type": "integer"
          },
          "skipped": {
            "type": "integer"
          },
          "ratio": {
            "type": [
              "number",
              "null"
            ]
          },
          "errors": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "SyncRatio": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "scope",
          "total",
          "syncedAutomatically",
          "waived",
          "waivedCounted",
          "ratio",
          "target",
          "meetsTarget"
        ],
        "properties": {
          "scope": {
            "oneOf": [
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "type"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "portal"
                  }
                }
              },
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "type",
                  "entityRef"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "entity"
                  },
                  "entityRef": {
                    "type": "string"
                  }
                }
              },
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "type",
                  "groupRef"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "group"
                  },
                  "groupRef": {
                    "type": "string"
                  }
                }
              }
            ]
          },
          "total": {
            "type": "integer"
          },
          "syncedAutomatically": {
            "type": "integer"
          },
          "waived": {
            "type": "integer",
            "description": "Items not synced automatically under an approved waiver that has not expired; shown apart."
          },
          "waivedCounted": {
            "type": "boolean",
            "description": "Whether waived items count in the ratio as not synced (devex.sync.waivers.countInRatio); when false they are left out of the ratio's denominator."
          },
          "ratio": {
            "type": [
              "number",
              "null"
            ]
          },
          "target": {
            "type": "number"
          },
          "meetsTarget": {
            "type": "boolean"
          }
        }
      },
      "ScorecardPoint": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "value",
          "measuredAt"
        ],
        "properties": {
          "value": {
            "type": "number"
          },
          "measuredAt": {
            "type": "string"
          }
        }
      },
      "MeasureScope": {
        "oneOf": [
          {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "portal"
              }
            }
          },
          {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "type",
              "ref"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "group",
                  "entity"
                ]
              },
              "ref": {
                "type": "string"
              }
            }
          }
        ]
      },
      "SuccessMeasure": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "metric",
          "unit",
          "aggregation",
          "windowDays",
          "comparator",
          "target",
          "baseline",
          "deadline",
          "recurrence",
          "scope"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "metric": {
            "type": "string"
          },
          "unit": {
            "type": "string"
          },
          "aggregation": {
            "type": "string",
            "enum": [
              "latest",
              "mean",
              "median",
              "p90",
              "ratio"
            ]
          },
          "windowDays": {
            "type": "number"
          },
          "comparator": {
            "type": "string",
            "enum": [
              "lte",
              "lt",
              "gte",
              "gt"
            ]
          },
          "target": {
            "type": "number"
          },
          "baseline": {
            "type": [
              "number",
              "null"
            ]
          },
          "deadline": {
            "type": [
              "string",
              "null"
            ]
          },
          "recurrence": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "quarterly",
              null
            ]
          },
          "scope": {
            "$ref": "#/components/schemas/MeasureScope"
          },
          "sources": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "manual",
                "api",
                "four_keys",
                "prefect",
                "survey"
              ]
            },
            "description": "The only measurement sources the measure counts (absent: every source). The SPACE satisfaction counts the pulse survey's settled campaigns only, so nobody moves it by recording a value by hand or through the API."
          }
        }
      },
      "SuccessMeasureResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "measure",
          "value",
          "progress",
          "status",
          "deadline",
          "daysToDeadline",
          "projectedAtDeadline",
          "series"
        ],
        "properties": {
          "measure": {
            "$ref": "#/components/schemas/SuccessMeasure"
          },
          "value": {
            "type": [
              "number",
              "null"
            ]
          },
          "progress": {
            "type": [
              "number",
              "null"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "met",
              "on_track",
              "at_risk",
              "missed",
              "no_data"
            ]
          },
          "deadline": {
            "type": [
              "string",
              "null"
            ]
          },
          "daysToDeadline": {
            "type": [
              "number",
              "null"
            ]
          },
          "projectedAtDeadline": {
            "type": [
              "number",
              "null"
            ]
          },
          "series": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ScorecardPoint"
            }
          },
          "waiver": {
            "description": "An approved waiver pausing the target now, if any.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Waiver"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "PulseQuestion": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "text",
          "kind",
          "dimension"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "text": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "likert",
              "free_text"
            ]
          },
          "dimension": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "PulseCampaign": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "period",
          "opensAt",
          "closesAt",
          "questions"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "period": {
            "type": "string"
          },
          "opensAt": {
            "type": "string"
          },
          "closesAt": {
            "type": "string"
          },
          "questions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PulseQuestion"
            }
          }
        }
      },
      "DevexSummary": {
        "type": "object",
        "additionalProperties": false,
        "description": "The first view of the DevEx tab (entityRef set) or page (entityRef null) in one response. A section is null when the caller may not read it. Computed at most every 10 seconds per replica (and after each write through it); the pulse is the caller's own.",
        "required": [
          "entityRef",
          "generatedAt",
          "experiments",
          "actionItems",
          "sync",
          "nextEvents",
          "blockers",
          "risks",
          "measures",
          "pulse",
          "anomalies"
        ],
        "properties": {
          "entityRef": {
            "type": [
              "string",
              "null"
            ]
          },
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "experiments": {
            "oneOf": [
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "active",
                  "hasMore",
                  "offTrack",
                  "atRisk",
                  "scorecards"
                ],
                "properties": {
                  "active": {
                    "type": "integer",
                    "description": "Planned",
                    "running and observing experiments shown": null
                  },
                  "hasMore": {
                    "type": "boolean"
                  },
                  "offTrack": {
                    "type": "integer"
                  },
                  "atRisk": {
                    "type": "integer"
                  },
                  "scorecards": {
                    "type": "array",
                    "description": "The active experiments' overall scorecard status; their metrics and series come from GET /scorecards when the experiments section opens.",
                    "items": {
                      "$ref": "#/components/schemas/ScorecardHeadline"
                    }
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "actionItems": {
            "oneOf": [
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "open",
                  "overdue",
                  "items"
                ],
                "properties": {
                  "open": {
                    "type": "integer"
                  },
                  "overdue": {
                    "type": "integer"
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ActionItem"
                    }
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "sync": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/SyncRatio"
              },
              {
                "type": "null"
              }
            ]
          },
          "nextEvents": {
            "oneOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Occurrence"
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "blockers": {
            "oneOf": [
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "open",
                  "items"
                ],
                "properties": {
                  "open": {
                    "type": "integer"
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Blocker"
                    }
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "risks": {
            "oneOf": [
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "open",
                  "high",
                  "items"
                ],
                "properties": {
                  "open": {
                    "type": "integer"
                  },
                  "high": {
                    "type": "integer",
                    "description": "Open risks with exposure of 12 or more"
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Risk"
                    }
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "measures": {
            "oneOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/SuccessMeasureResult"
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "pulse": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/CurrentPulse"
              },
              {
                "type": "null"
              }
            ]
          },
          "anomalies": {
            "description": "The open telemetry anomalies (of the entity, or of the portal and the entities the caller sees); null without governance read access.",
            "oneOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Anomaly"
                }
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "CurrentPulse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "campaign",
          "answered",
          "responses"
        ],
        "properties": {
          "campaign": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/PulseCampaign"
              },
              {
                "type": "null"
              }
            ]
          },
          "answered": {
            "type": "boolean"
          },
          "responses": {
            "type": "integer"
          }
        }
      },
      "PulseTrendPoint": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "campaignId",
          "title",
          "period",
          "closesAt",
          "responses",
          "population",
          "responseRate",
          "satisfaction",
          "hiddenReason"
        ],
        "properties": {
          "campaignId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "period": {
            "type": "string"
          },
          "closesAt": {
            "type": "string"
          },
          "responses": {
            "type": [
              "integer",
              "null"
            ]
          },
          "population": {
            "type": [
              "integer",
              "null"
            ]
          },
          "responseRate": {
            "type": [
              "number",
              "null"
            ]
          },
          "satisfaction": {
            "type": [
              "number",
              "null"
            ]
          },
          "hiddenReason": {
            "oneOf": [
              {
                "type": "string",
                "enum": [
                  "campaign-open",
                  "too-few-responses",
                  "suppressed"
                ]
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "PulseResults": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "campaignId",
          "group",
          "responses",
          "minResponses",
          "hidden",
          "hiddenReason",
          "publishedAt",
          "population",
          "responseRate",
          "questions",
          "dimensions",
          "satisfaction",
          "freeText"
        ],
        "properties": {
          "campaignId": {
            "type": "string"
          },
          "group": {
            "type": [
              "string",
              "null"
            ]
          },
          "responses": {
            "type": [
              "integer",
              "null"
            ],
            "description": "How many answered; null below minResponses (participation is shown from k up only), and for a group until the campaign has settled and unless its results are published (answers still pooled may withhold it)."
          },
          "minResponses": {
            "type": "integer"
          },
          "hidden": {
            "type": "boolean"
          },
          "hiddenReason": {
            "description": "Why the scores are hidden: the campaign has not closed and settled (results are published at publishedAt), fewer than minResponses answered, or the group is withheld so that no difference of published figures covers fewer than minResponses people.",
            "oneOf": [
              {
                "type": "string",
                "enum": [
                  "campaign-open",
                  "too-few-responses",
                  "suppressed"
                ]
              },
              {
                "type": "null"
              }
            ]
          },
          "publishedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the results are published (the campaign's close plus a settling time)."
          },
          "population": {
            "type": [
              "integer",
              "null"
            ]
          },
          "responseRate": {
            "type": [
              "number",
              "null"
            ]
          },
          "questions": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "id",
                "text",
                "dimension",
                "mean",
                "shareAtOrBelow2"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "text": {
                  "type": "string"
                },
                "dimension": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "mean": {
                  "type": "number"
                },
                "shareAtOrBelow2": {
                  "type": "number"
                }
              }
            }
          },
          "dimensions": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "dimension",
                "mean"
              ],
              "properties": {
                "dimension": {
                  "type": "string"
                },
                "mean": {
                  "type": "number"
                }
              }
            }
          },
          "satisfaction": {
            "type": [
              "number",
              "null"
            ]
          },
          "freeText": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string"
            }
          }
        }
      },
      "MetricSourceStatus": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "ok",
          "message",
          "collectedAt",
          "measurements"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "ok": {
            "type": "boolean"
          },
          "message": {
            "type": "string"
          },
          "collectedAt": {
            "type": "string"
          },
          "measurements": {
            "type": "integer"
          }
        }
      },
      "MetricSourceStatuses": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sources"
        ],
        "properties": {
          "sources": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MetricSourceStatus"
            }
          }
        }
      },
      "DigestLink": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "url"
        ],
        "properties": {
          "title": {
            "type": "string"
          },
          "url": {
            "type": "string"
          }
        }
      },
      "Digest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "period",
          "title",
          "sections",
          "dashboards",
          "recipients"
        ],
        "properties": {
          "period": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "sections": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "title",
                "lines"
              ],
              "properties": {
                "title": {
                  "type": "string"
                },
                "lines": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "text",
                      "link"
                    ],
                    "properties": {
                      "text": {
                        "type": "string"
                      },
                      "link": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            }
          },
          "dashboards": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DigestLink"
            }
          },
          "recipients": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "RemediationItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "framework",
          "title",
          "riskLevel",
          "owner",
          "dueDate",
          "status",
          "expectedEvidence",
          "entityRef",
          "sourceLocation"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "framework": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "riskLevel": {
            "type": "string",
            "enum": [
              "high",
              "medium",
              "low"
            ]
          },
          "owner": {
            "type": "string"
          },
          "dueDate": {
            "type": [
              "string",
              "null"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "in_progress",
              "completed"
            ]
          },
          "expectedEvidence": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "entityRef": {
            "type": "string"
          },
          "sourceLocation": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "SyncedEvidence": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "providerId",
          "id",
          "title",
          "collection",
          "collectedAt",
          "url",
          "location"
        ],
        "properties": {
          "providerId": {
            "type": "string"
          },
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "collection": {
            "type": "string",
            "enum": [
              "automated",
              "manual"
            ]
          },
          "collectedAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "url": {
            "type": [
              "string",
              "null"
            ]
          },
          "location": {
            "type": "string"
          }
        }
      },
      "RemediationSyncStatus": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "item",
          "state",
          "reason",
          "evidence",
          "attempts",
          "nextAttemptAt",
          "lastSyncedAt"
        ],
        "properties": {
          "item": {
            "$ref": "#/components/schemas/RemediationItem"
          },
          "state": {
            "type": "string",
            "enum": [
              "synced_automatically",
              "synced_manually",
              "unsynced",
              "failed",
              "stale"
            ]
          },
          "reason": {
            "type": [
              "string",
              "null"
            ]
          },
          "evidence": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SyncedEvidence"
            }
          },
          "attempts": {
            "type": "integer"
          },
          "nextAttemptAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "lastSyncedAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "waiver": {
            "description": "The item's waiver in force or awaiting approval, if any (on the drill-down).",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Waiver"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "SyncHistoryPoint": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "runId",
          "finishedAt",
          "ratio"
        ],
        "properties": {
          "runId": {
            "type": "string"
          },
          "finishedAt": {
            "type": "string"
          },
          "ratio": {
            "type": [
              "number",
              "null"
            ]
          }
        }
      },
      "BacklogFileError": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "location",
          "error",
          "readAt"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "location": {
            "type": "string"
          },
          "error": {
            "type": "string"
          },
          "readAt": {
            "type": "string"
          }
        }
      },
      "RemediationConflict": {
        "type": "object",
        "description": "A remediation item id claimed by a source other than the one holding it. Sources are `api:<entityRef>` (pushed through POST /remediation-items for that entity) and `file:<entityRef>:<location>` (that entity's backlog file). Nothing of the holder changes.",
        "additionalProperties": false,
        "required": [
          "id",
          "heldBy",
          "holderEntityRef",
          "claimedBy",
          "claimantEntityRef",
          "firstSeenAt",
          "lastSeenAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "heldBy": {
            "type": "string",
            "description": "The source holding the id."
          },
          "holderEntityRef": {
            "type": "string"
          },
          "claimedBy": {
            "type": "string",
            "description": "The source claiming it in vain."
          },
          "claimantEntityRef": {
            "type": "string"
          },
          "firstSeenAt": {
            "type": "string"
          },
          "lastSeenAt": {
            "type": "string"
          }
        }
      },
      "SyncOverview": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "ratio",
          "history",
          "notSyncedAutomatically",
          "fileErrors",
          "conflicts"
        ],
        "properties": {
          "ratio": {
            "$ref": "#/components/schemas/SyncRatio"
          },
          "history": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SyncHistoryPoint"
            }
          },
          "notSyncedAutomatically": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RemediationSyncStatus"
            }
          },
          "fileErrors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BacklogFileError"
            }
          },
          "conflicts": {
            "description": "Ids of the scope held by one source and claimed by another: for an entity, those it holds and those it claims; for a group, those held by its items.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RemediationConflict"
            }
          },
          "children": {
            "description": "For a group, each child group's ratio with its own descendants' items (the drill-down of a roll-up through the catalog's group hierarchy); absent otherwise.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SyncRatio"
            }
          }
        }
      },
      "ErasureRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "userEntityRef"
        ],
        "properties": {
          "userEntityRef": {
            "$ref": "#/components/schemas/UserRef"
          }
        }
      },
      "ErasureReport": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "userEntityRef",
          "replacedWith",
          "tables"
        ],
        "properties": {
          "userEntityRef": {
            "type": "string",
            "description": "The person erased, lower case."
          },
          "replacedWith": {
            "type": "string",
            "description": "The marker that now stands for them in the records that stay."
          },
          "tables": {
            "type": "object",
            "description": "Per devex_ table, the rows changed or deleted (for devex_sync_counts, the entities recounted); 0 for a table that named nothing of the person.",
            "additionalProperties": {
              "type": "integer",
              "minimum": 0
            }
          }
        }
      },
      "Error": {
        "type": "object",
        "properties": {
          "error": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "name",
              "message"
            ]
          },
          "response": {
            "type": "object",
            "properties": {
              "statusCode": {
                "type": "number"
              }
            },
            "required": [
              "statusCode"
            ]
          }
        },
        "required": [
          "error",
          "response"
        ]
      }
    },
    "responses": {
      "ErrorResponse": {
        "description": "An error, with a message that says what is wrong.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    }
  },
  "paths": {
    "/action-items": {
      "get": {
        "operationId": "ListActionItems",
        "description": "Lists action items, filtered and sorted, one page at a time (keyset pagination).",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/EntityRef"
            }
          },
          {
            "name": "owner",
            "in": "query",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "maxItems": 50,
              "items": {
                "$ref": "#/components/schemas/OwnerRef"
              }
            }
          },
          {
            "name": "mine",
            "in": "query",
            "description": "Only items owned by the caller or one of the caller's groups.",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "status",
            "in": "query",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/ActionItemStatus"
              }
            }
          },
          {
            "name": "overdue",
            "in": "query",
            "description": "Only open, in-progress or blocked items whose due date has passed.",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "sort",
            "in": "query",
            "description": "dueDate (earliest first) or updatedAt (latest first).",
            "schema": {
              "type": "string",
              "enum": [
                "dueDate",
                "updatedAt"
              ]
            }
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          },
          {
            "name": "cursor",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 500
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of action items.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListActionItemsResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateActionItem",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateActionItemRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created action item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ActionItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/action-items/{id}": {
      "get": {
        "operationId": "GetActionItem",
        "parameters": [
          {
            "$ref": "#/components/parameters/actionItemId"
          }
        ],
        "responses": {
          "200": {
            "description": "The action item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ActionItem"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateActionItem",
        "parameters": [
          {
            "$ref": "#/components/parameters/actionItemId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateActionItemRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated action item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ActionItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "delete": {
        "operationId": "DeleteActionItem",
        "parameters": [
          {
            "$ref": "#/components/parameters/actionItemId"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/experiments": {
      "get": {
        "operationId": "ListExperiments",
        "description": "Experiments by key, filtered by entity, owner group, status and metric family.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentFilters_entityRef"
          },
          {
            "$ref": "#/components/parameters/experimentFilters_owner"
          },
          {
            "$ref": "#/components/parameters/experimentFilters_status"
          },
          {
            "$ref": "#/components/parameters/experimentFilters_family"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of experiments.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Experiment"
                      }
                    },
                    "nextCursor": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateExperiment",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateExperimentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created experiment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Experiment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/experiments/{id}": {
      "get": {
        "operationId": "GetExperiment",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentId"
          }
        ],
        "responses": {
          "200": {
            "description": "The experiment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Experiment"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateExperiment",
        "description": "Changes fields (not the status); `version` must be current, else 409.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateExperimentRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated experiment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Experiment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/experiments/{id}/flag-decisions": {
      "get": {
        "operationId": "ListFlagDecisions",
        "description": "The experiment's feature-flag decisions, newest first, with their drift.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentId"
          }
        ],
        "responses": {
          "200": {
            "description": "The decisions.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/FlagDecision"
                      }
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "RecordFlagDecision",
        "description": "Records a decision on one of the experiment's feature flags; needs the permission to change the experiment's status. It becomes the current decision for the flag and environment.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RecordFlagDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The decision.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FlagDecision"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/experiments/{id}/transitions": {
      "get": {
        "operationId": "ListExperimentTransitions",
        "description": "The status history, oldest first.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentId"
          }
        ],
        "responses": {
          "200": {
            "description": "The history.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/ExperimentTransition"
                      }
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "TransitionExperiment",
        "description": "Moves the experiment along its lifecycle with a required note; an illegal move is refused with 400 listing the legal ones, a stale version with 409.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransitionExperimentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The experiment after the change, and the history entry.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "experiment",
                    "transition"
                  ],
                  "properties": {
                    "experiment": {
                      "$ref": "#/components/schemas/Experiment"
                    },
                    "transition": {
                      "$ref": "#/components/schemas/ExperimentTransition"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/measurements": {
      "post": {
        "operationId": "RecordMeasurements",
        "description": "Records up to 5000 measurements at once, all or none. Takes user or service credentials, so CI jobs and exporters (Four Keys, Prefect) can push.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RecordMeasurementsRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "How many were recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "recorded"
                  ],
                  "properties": {
                    "recorded": {
                      "type": "integer"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/scorecards": {
      "get": {
        "operationId": "ListScorecards",
        "description": "Experiment scorecards (computed on read) for an entity or across the portfolio.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentFilters_entityRef"
          },
          {
            "$ref": "#/components/parameters/experimentFilters_owner"
          },
          {
            "$ref": "#/components/parameters/experimentFilters_status"
          },
          {
            "$ref": "#/components/parameters/experimentFilters_family"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of scorecards.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "scorecards"
                  ],
                  "properties": {
                    "scorecards": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/ExperimentScorecard"
                      }
                    },
                    "nextCursor": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/scorecards/export.csv": {
      "get": {
        "operationId": "ExportScorecards",
        "description": "The scorecards matching the filters as CSV, one row per experiment metric.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentFilters_entityRef"
          },
          {
            "$ref": "#/components/parameters/experimentFilters_owner"
          },
          {
            "$ref": "#/components/parameters/experimentFilters_status"
          },
          {
            "$ref": "#/components/parameters/experimentFilters_family"
          }
        ],
        "responses": {
          "200": {
            "description": "CSV.",
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar/occurrences": {
      "get": {
        "operationId": "ListOccurrences",
        "description": "Governance occurrences computed from the cadences and verification windows for a range (default: the next 90 days, at most 400), optionally only those that concern an entity.",
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 40
            }
          },
          {
            "name": "to",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 40
            }
          },
          {
            "$ref": "#/components/parameters/experimentFilters_entityRef"
          }
        ],
        "responses": {
          "200": {
            "description": "Occurrences, earliest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "occurrences"
                  ],
                  "properties": {
                    "occurrences": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Occurrence"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums": {
      "post": {
        "operationId": "StartForum",
        "description": "Starts running an occurrence of a forum cadence (the quarterly forum or the monthly sync) in the portal, or answers the run already started. Governance admins only.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "occurrenceId"
                ],
                "properties": {
                  "occurrenceId": {
                    "type": "string",
                    "maxLength": 150,
                    "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The run already started.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumSession"
                }
              }
            }
          },
          "201": {
            "description": "Started.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums/{occurrenceId}": {
      "get": {
        "operationId": "GetForum",
        "description": "The run of the occurrence, as everyone following it sees it (poll it to follow).",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The run.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumSession"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums/{occurrenceId}/decisions": {
      "post": {
        "operationId": "RecordForumDecision",
        "description": "A decision on an experiment, with the status transition it causes.",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "step",
                  "experimentId",
                  "to",
                  "note",
                  "version"
                ],
                "properties": {
                  "step": {
                    "$ref": "#/components/schemas/ForumStep"
                  },
                  "experimentId": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100
                  },
                  "to": {
                    "$ref": "#/components/schemas/ExperimentStatus"
                  },
                  "note": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  },
                  "decision": {
                    "$ref": "#/components/schemas/ExperimentDecision"
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumOutput"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums/{occurrenceId}/flag-decisions": {
      "post": {
        "operationId": "RecordForumFlagDecision",
        "description": "A feature-flag decision on an experiment, linked to the occurrence.",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "step",
                  "experimentId",
                  "flagKey",
                  "environment",
                  "from",
                  "to",
                  "reason"
                ],
                "properties": {
                  "step": {
                    "$ref": "#/components/schemas/ForumStep"
                  },
                  "experimentId": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100
                  },
                  "flagKey": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$"
                  },
                  "environment": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
                  },
                  "from": {
                    "$ref": "#/components/schemas/FlagState"
                  },
                  "to": {
                    "$ref": "#/components/schemas/FlagState"
                  },
                  "reason": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumOutput"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums/{occurrenceId}/action-items": {
      "post": {
        "operationId": "RecordForumActionItem",
        "description": "An action item with an owner and a due date, sourced to the occurrence.",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "step",
                  "title",
                  "entityRef",
                  "owner",
                  "dueDate"
                ],
                "properties": {
                  "step": {
                    "$ref": "#/components/schemas/ForumStep"
                  },
                  "title": {
                    "$ref": "#/components/schemas/Title"
                  },
                  "description": {
                    "$ref": "#/components/schemas/Description"
                  },
                  "anomalyId": {
                    "type": "string",
                    "format": "uuid",
                    "description": "The open telemetry anomaly the item takes up (the anomaly step); it is then taken up, and no longer open."
                  },
                  "entityRef": {
                    "$ref": "#/components/schemas/EntityRef"
                  },
                  "owner": {
                    "$ref": "#/components/schemas/OwnerRef"
                  },
                  "dueDate": {
                    "$ref": "#/components/schemas/DueDate"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumOutput"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums/{occurrenceId}/backlog-moves": {
      "post": {
        "operationId": "RecordForumBacklogMove",
        "description": "A reprioritisation of the IDP backlog, made in the forum.",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "step",
                  "itemId",
                  "toRank",
                  "version",
                  "note"
                ],
                "properties": {
                  "step": {
                    "$ref": "#/components/schemas/ForumStep"
                  },
                  "itemId": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100
                  },
                  "toRank": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "note": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 1000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumOutput"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums/{occurrenceId}/risk-changes": {
      "post": {
        "operationId": "RecordForumRiskChange",
        "description": "A change to a risk of the register, its status, impact, likelihood or mitigation.",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "step",
                  "riskId",
                  "version"
                ],
                "properties": {
                  "step": {
                    "$ref": "#/components/schemas/ForumStep"
                  },
                  "riskId": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "open",
                      "in_progress",
                      "mitigated",
                      "accepted"
                    ]
                  },
                  "impact": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "likelihood": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "mitigation": {
                    "type": "string",
                    "maxLength": 4000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumOutput"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums/{occurrenceId}/notes": {
      "post": {
        "operationId": "RecordForumNote",
        "description": "A decision or roadmap adjustment that changes no record, in words.",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "step",
                  "text"
                ],
                "properties": {
                  "step": {
                    "$ref": "#/components/schemas/ForumStep"
                  },
                  "text": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumOutput"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums/{occurrenceId}/anomaly-dismissals": {
      "post": {
        "operationId": "RecordForumAnomalyDismissal",
        "description": "Dismisses an open telemetry anomaly with a note (the monthly sync's \"Surface telemetry anomalies\" step), recorded in the minutes.",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "step",
                  "anomalyId",
                  "note"
                ],
                "properties": {
                  "step": {
                    "$ref": "#/components/schemas/ForumStep"
                  },
                  "anomalyId": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "note": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumOutput"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums/{occurrenceId}/attendees": {
      "put": {
        "operationId": "SetForumAttendees",
        "description": "Who attends (user or group references).",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "attendees"
                ],
                "properties": {
                  "attendees": {
                    "type": "array",
                    "maxItems": 200,
                    "items": {
                      "$ref": "#/components/schemas/OwnerRef"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The run.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums/{occurrenceId}/finish": {
      "post": {
        "operationId": "FinishForum",
        "description": "Ends the run. The occurrence is recorded as held, with minutes listing every output and linking to its record.",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {}
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ForumSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/forums/{occurrenceId}/minutes.md": {
      "get": {
        "operationId": "GetForumMinutes",
        "description": "The minutes of a finished run, as Markdown.",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The minutes.",
            "content": {
              "text/markdown": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar/occurrences/{occurrenceId}/record": {
      "put": {
        "operationId": "RecordOccurrence",
        "description": "Records an occurrence as held, skipped or rescheduled, with minutes and decisions.",
        "parameters": [
          {
            "name": "occurrenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 150,
              "pattern": "^[a-z0-9-]+:([a-z0-9-]+:)?\\d{4}-\\d{2}-\\d{2}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "status"
                ],
                "properties": {
                  "status": {
                    "type": "string",
                    "enum": [
                      "scheduled",
                      "held",
                      "skipped",
                      "rescheduled"
                    ]
                  },
                  "minutesUrl": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/LinkUrl"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "decisions": {
                    "type": "array",
                    "maxItems": 50,
                    "items": {
                      "type": "string",
                      "maxLength": 1000
                    }
                  },
                  "notes": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The record.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OccurrenceRecord"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar/verification-windows": {
      "get": {
        "operationId": "ListVerificationWindows",
        "responses": {
          "200": {
            "description": "Each framework's window, flagged when overdue.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "windows"
                  ],
                  "properties": {
                    "windows": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/VerificationWindow"
                      }
                    }
                  }
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar/verification-runs": {
      "post": {
        "operationId": "RecordVerificationRun",
        "description": "Records a verification run; the framework's window, and the forum aligned with it, move.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "framework",
                  "runAt"
                ],
                "properties": {
                  "framework": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 50
                  },
                  "runAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "reviewers": {
                    "type": "array",
                    "maxItems": 50,
                    "items": {
                      "type": "string",
                      "maxLength": 200
                    }
                  },
                  "findings": {
                    "type": "array",
                    "maxItems": 200,
                    "items": {
                      "type": "string",
                      "maxLength": 2000
                    }
                  },
                  "notes": {
                    "type": "string",
                    "maxLength": 4000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The run.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VerificationRun"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar/feed-url": {
      "get": {
        "operationId": "GetCalendarFeedUrl",
        "description": "Issues a new iCalendar feed link for the caller (portal-wide, or for an entity), like POST /calendar/feeds without an expiry; kept for clients that only need the path.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentFilters_entityRef"
          }
        ],
        "responses": {
          "200": {
            "description": "The feed's path under the plugin.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "path"
                  ],
                  "properties": {
                    "path": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar/feeds": {
      "get": {
        "operationId": "ListCalendarFeeds",
        "description": "The caller's own feed links, newest first, revoked and expired ones included (never their secrets).",
        "responses": {
          "200": {
            "description": "The caller's feed links.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "feeds"
                  ],
                  "properties": {
                    "feeds": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/CalendarFeed"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "post": {
        "operationId": "IssueCalendarFeed",
        "description": "Issues a feed link for the caller, portal-wide or for an entity the caller can see in the catalog, optionally expiring. The path carries the link's secret and is shown only here.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/IssueCalendarFeedRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new feed link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IssuedCalendarFeed"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "delete": {
        "operationId": "RevokeUserCalendarFeeds",
        "description": "Revokes every feed link of a user: the caller's own, or anyone's with devex.calendar.feed.admin.",
        "parameters": [
          {
            "name": "userRef",
            "in": "query",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/UserRef"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "How many links were revoked now (those revoked before are not counted).",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "revoked"
                  ],
                  "properties": {
                    "revoked": {
                      "type": "integer"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar/feeds/{id}": {
      "delete": {
        "operationId": "RevokeCalendarFeed",
        "description": "Revokes one of the caller's feed links (anyone's with devex.calendar.feed.admin); revoking a revoked link again changes nothing.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 100
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Revoked."
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar/feed/{token}/devex.ics": {
      "get": {
        "operationId": "GetCalendarFeed",
        "description": "The iCalendar feed of a link: the token (`<id>.<secret>`) stands in for credentials, so calendar apps can fetch it. A malformed, unknown, revoked or expired token, or one whose user has left the catalog, answers 404.",
        "parameters": [
          {
            "name": "token",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "RFC 5545 text.",
            "content": {
              "text/calendar": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/backlog": {
      "get": {
        "operationId": "ListBacklog",
        "description": "The IDP backlog by rank (portal-wide, or one entity's), with the latest reprioritisations.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentFilters_entityRef"
          }
        ],
        "responses": {
          "200": {
            "description": "Items and history.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "items",
                    "history"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/BacklogItem"
                      }
                    },
                    "history": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/BacklogRankChange"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateBacklogItem",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "initiative",
                  "owner",
                  "horizon",
                  "effort"
                ],
                "properties": {
                  "initiative": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "description": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "entityRef": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/EntityRef"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "owner": {
                    "$ref": "#/components/schemas/OwnerRef"
                  },
                  "horizon": {
                    "type": "integer",
                    "enum": [
                      30,
                      60,
                      90
                    ]
                  },
                  "effort": {
                    "type": "string",
                    "enum": [
                      "S",
                      "M",
                      "L",
                      "XL"
                    ]
                  },
                  "dependencies": {
                    "type": "array",
                    "maxItems": 50,
                    "items": {
                      "type": "string",
                      "maxLength": 200
                    }
                  },
                  "targetDate": {
                    "$ref": "#/components/schemas/OptionalDate"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "proposed",
                      "planned",
                      "in_progress",
                      "done",
                      "dropped"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The item, ranked last.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BacklogItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/backlog/{id}": {
      "patch": {
        "operationId": "UpdateBacklogItem",
        "description": "Changes fields or records the forum's decision and note; `version` must be current.",
        "parameters": [
          {
            "$ref": "#/components/parameters/actionItemId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "version"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "decision": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 500
                  },
                  "decisionNote": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "initiative": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "description": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "entityRef": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/EntityRef"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "owner": {
                    "$ref": "#/components/schemas/OwnerRef"
                  },
                  "horizon": {
                    "type": "integer",
                    "enum": [
                      30,
                      60,
                      90
                    ]
                  },
                  "effort": {
                    "type": "string",
                    "enum": [
                      "S",
                      "M",
                      "L",
                      "XL"
                    ]
                  },
                  "dependencies": {
                    "type": "array",
                    "maxItems": 50,
                    "items": {
                      "type": "string",
                      "maxLength": 200
                    }
                  },
                  "targetDate": {
                    "$ref": "#/components/schemas/OptionalDate"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "proposed",
                      "planned",
                      "in_progress",
                      "done",
                      "dropped"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BacklogItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/backlog/reorder": {
      "post": {
        "operationId": "ReorderBacklog",
        "description": "Moves one item to a new rank (others shift by one) and records who, when, old and new rank, and why.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "itemId",
                  "toRank",
                  "version",
                  "note"
                ],
                "properties": {
                  "itemId": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "toRank": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "note": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  },
                  "occurrenceId": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 150
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The moved item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BacklogItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/risks": {
      "get": {
        "operationId": "ListRisks",
        "description": "The risk register by exposure, its 5x5 heat map (open and in-progress risks) and change history.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentFilters_entityRef"
          },
          {
            "name": "status",
            "in": "query",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string",
                "enum": [
                  "open",
                  "in_progress",
                  "mitigated",
                  "accepted"
                ]
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Risks, heat map and history.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "risks",
                    "heatmap",
                    "history"
                  ],
                  "properties": {
                    "risks": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Risk"
                      }
                    },
                    "heatmap": {
                      "type": "object",
                      "additionalProperties": false,
                      "required": [
                        "cells"
                      ],
                      "properties": {
                        "cells": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "additionalProperties": false,
                            "required": [
                              "impact",
                              "likelihood",
                              "count"
                            ],
                            "properties": {
                              "impact": {
                                "type": "integer"
                              },
                              "likelihood": {
                                "type": "integer"
                              },
                              "count": {
                                "type": "integer"
                              }
                            }
                          }
                        }
                      }
                    },
                    "history": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": [
                          "id",
                          "riskId",
                          "changes",
                          "changedBy",
                          "changedAt"
                        ],
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "riskId": {
                            "type": "string"
                          },
                          "changes": {
                            "description": "Each field changed, with its value before and after.",
                            "type": "object",
                            "additionalProperties": {
                              "type": "object",
                              "additionalProperties": false,
                              "required": [
                                "from",
                                "to"
                              ],
                              "properties": {
                                "from": {},
                                "to": {}
                              }
                            }
                          },
                          "changedBy": {
                            "type": "string"
                          },
                          "changedAt": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateRisk",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "key",
                  "title",
                  "impact",
                  "likelihood",
                  "owner"
                ],
                "properties": {
                  "key": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$"
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "description": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "entityRef": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/EntityRef"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "impact": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "likelihood": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "owner": {
                    "$ref": "#/components/schemas/OwnerRef"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "open",
                      "in_progress",
                      "mitigated",
                      "accepted"
                    ]
                  },
                  "mitigation": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "remediationIds": {
                    "type": "array",
                    "maxItems": 50,
                    "items": {
                      "type": "string",
                      "maxLength": 50
                    }
                  },
                  "actionItemIds": {
                    "type": "array",
                    "maxItems": 50,
                    "items": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The risk.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Risk"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/risks/{id}": {
      "patch": {
        "operationId": "UpdateRisk",
        "parameters": [
          {
            "$ref": "#/components/parameters/actionItemId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "version"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "description": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "entityRef": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/EntityRef"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "impact": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "likelihood": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "owner": {
                    "$ref": "#/components/schemas/OwnerRef"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "open",
                      "in_progress",
                      "mitigated",
                      "accepted"
                    ]
                  },
                  "mitigation": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "remediationIds": {
                    "type": "array",
                    "maxItems": 50,
                    "items": {
                      "type": "string",
                      "maxLength": 50
                    }
                  },
                  "actionItemIds": {
                    "type": "array",
                    "maxItems": 50,
                    "items": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The risk.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Risk"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/runbooks/content": {
      "get": {
        "operationId": "GetRunbookContent",
        "description": "One runbook of an entity, read through the backend's URL reader, to render in the portal. Only a URL the entity's `devex.io/runbooks` annotation names is read (400 for any other); an entity the catalog hides from the caller is a 404, as is a runbook its source does not have.",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/EntityRef"
            }
          },
          {
            "name": "url",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 2000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The runbook's Markdown.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RunbookContent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/runbooks/status": {
      "get": {
        "operationId": "ListRunbookStatus",
        "description": "The runbooks an entity names, each with whether it changed since the last runbook-update ritual, as the scheduled runbook checks saw it. An entity the catalog hides from the caller is a 404.",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/EntityRef"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The entity's runbooks and the last ritual.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RunbookStatusList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/anomalies": {
      "get": {
        "operationId": "ListAnomalies",
        "description": "The open telemetry anomalies of the last two weeks, newest first: of an entity, or of the portal and every entity the caller sees. Each is a measurement series (a metric for the portal or an entity) whose week or latest value lies beyond its eight-week baseline in the direction bad for the metric, found by the hourly detection.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentFilters_entityRef"
          }
        ],
        "responses": {
          "200": {
            "description": "The open anomalies, each with the sentence that explains it.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "anomalies"
                  ],
                  "properties": {
                    "anomalies": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Anomaly"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/anomalies/{id}/dismiss": {
      "post": {
        "operationId": "DismissAnomaly",
        "description": "Dismisses an open anomaly with a note (permission devex.occurrence.record).",
        "parameters": [
          {
            "$ref": "#/components/parameters/actionItemId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "note"
                ],
                "properties": {
                  "note": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The dismissed anomaly.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Anomaly"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/blockers": {
      "get": {
        "operationId": "ListBlockers",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentFilters_entityRef"
          },
          {
            "name": "includeResolved",
            "in": "query",
            "schema": {
              "type": "boolean"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Blockers, newest first, and the Next_Steps files whose last read failed (of the entity asked for, or of every entity): a failed read changes no blocker, so until a read succeeds the blockers of that file may be out of date.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "items",
                    "sourceErrors"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Blocker"
                      }
                    },
                    "sourceErrors": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/NextStepsSourceError"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "RaiseBlocker",
        "description": "Records a blocker (step 1) and notifies the entity's owners (step 2).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "entityRef",
                  "title"
                ],
                "properties": {
                  "entityRef": {
                    "$ref": "#/components/schemas/EntityRef"
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 300
                  },
                  "description": {
                    "type": "string",
                    "maxLength": 4000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The blocker.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Blocker"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/blockers/{id}/resolve": {
      "post": {
        "operationId": "ResolveBlocker",
        "parameters": [
          {
            "$ref": "#/components/parameters/actionItemId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "resolution",
                  "version"
                ],
                "properties": {
                  "resolution": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The resolved blocker.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Blocker"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/waivers": {
      "get": {
        "operationId": "ListWaivers",
        "description": "Waivers, newest request first, a page at a time; filtered by subject type, status or the entity of their remediation item. Only waivers of entities the caller can see.",
        "parameters": [
          {
            "name": "subjectType",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/WaiverSubjectType"
            }
          },
          {
            "name": "status",
            "in": "query",
            "schema": {
              "type": "array",
              "items": {
                "type": "string",
                "enum": [
                  "requested",
                  "approved",
                  "rejected",
                  "revoked"
                ]
              }
            }
          },
          {
            "name": "entityRef",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/EntityRef"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 200
            }
          },
          {
            "name": "cursor",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 500
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of waivers.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Waiver"
                      }
                    },
                    "nextCursor": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "RequestWaiver",
        "description": "Requests a waiver; one request or waiver in force per subject at a time. For a remediation item the owners of its entity may request; for a success measure, admins.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RequestWaiverRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The waiver, awaiting approval.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Waiver"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/waivers/{id}/decision": {
      "post": {
        "operationId": "DecideWaiver",
        "description": "An admin approves or rejects a requested waiver, or revokes an approved one; a stale version is refused with 409.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DecideWaiverRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The waiver after the decision.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Waiver"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/sync/overview": {
      "get": {
        "operationId": "GetSyncOverview",
        "description": "The automatically-synced ratio for an entity, an owner group or the portal (computed in SQL), its target, its history from the runs, and the items not synced automatically with reasons.",
        "parameters": [
          {
            "$ref": "#/components/parameters/experimentFilters_entityRef"
          },
          {
            "name": "group",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/GroupRef"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The overview.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SyncOverview"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/sync/portfolio": {
      "get": {
        "operationId": "GetSyncPortfolio",
        "description": "The ratio per owner group.",
        "responses": {
          "200": {
            "description": "Ratios.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "groups"
                  ],
                  "properties": {
                    "groups": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/SyncRatio"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/sync/runs": {
      "get": {
        "operationId": "ListSyncRuns",
        "responses": {
          "200": {
            "description": "The latest runs, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/SyncRun"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "TriggerSync",
        "description": "Starts a sync run now, through the scheduler, so it never runs twice at once.",
        "responses": {
          "202": {
            "description": "Triggered.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "status"
                  ],
                  "properties": {
                    "status": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/remediation-items": {
      "post": {
        "operationId": "UpsertRemediationItems",
        "description": "Idempotent bulk upsert of remediation items, by id; user or service credentials. The items of an entity pushed here belong to the source `api:<entityRef>`; an id already held by another source (another entity, or a backlog file) is not written, nothing of its holder changes, and it is answered in `conflicts` (and shown on both entities' sync overview).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 5000,
                    "items": {
                      "type": "object",
                      "additionalProperties": false,
                      "required": [
                        "id",
                        "framework",
                        "title",
                        "riskLevel",
                        "owner",
                        "entityRef"
                      ],
                      "properties": {
                        "id": {
                          "type": "string",
                          "maxLength": 50
                        },
                        "framework": {
                          "type": "string",
                          "maxLength": 50
                        },
                        "title": {
                          "type": "string",
                          "maxLength": 300
                        },
                        "riskLevel": {
                          "type": "string",
                          "enum": [
                            "high",
                            "medium",
                            "low"
                          ]
                        },
                        "owner": {
                          "$ref": "#/components/schemas/OwnerRef"
                        },
                        "dueDate": {
                          "$ref": "#/components/schemas/OptionalDate"
                        },
                        "status": {
                          "type": "string",
                          "enum": [
                            "open",
                            "in_progress",
                            "completed"
                          ]
                        },
                        "expectedEvidence": {
                          "type": "array",
                          "maxItems": 50,
                          "items": {
                            "type": "string",
                            "maxLength": 500
                          }
                        },
                        "entityRef": {
                          "$ref": "#/components/schemas/EntityRef"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "How many were written, how many were unchanged, and the ids refused because another source holds them (200 even when every item conflicts).",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "written",
                    "unchanged",
                    "conflicts"
                  ],
                  "properties": {
                    "written": {
                      "type": "integer"
                    },
                    "unchanged": {
                      "type": "integer"
                    },
                    "conflicts": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/RemediationConflict"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/evidence": {
      "get": {
        "operationId": "ListEvidence",
        "description": "The portal database's evidence catalog.",
        "responses": {
          "200": {
            "description": "Records.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/EvidenceRecord"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/evidence/{evidenceId}": {
      "put": {
        "operationId": "PutEvidence",
        "description": "Creates or replaces an evidence record of the portal database.",
        "parameters": [
          {
            "name": "evidenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EvidenceRecord"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The record.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EvidenceRecord"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "delete": {
        "operationId": "DeleteEvidence",
        "parameters": [
          {
            "name": "evidenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/summary": {
      "get": {
        "operationId": "GetSummary",
        "description": "The first view of an entity's DevEx tab (with entityRef) or of the DevEx page (without) in one request: active experiments with scorecards, active action items (counts and the soonest due), the sync ratio, the next governance events, open blockers, high risks, the success measures and the caller's pulse. Records of entities the catalog hides from the caller are left out; an entity it hides is a 404.",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The summary.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DevexSummary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/success-measures": {
      "get": {
        "operationId": "ListSuccessMeasures",
        "description": "The process's success measures computed on read: value against target, progress from the baseline, status (met, on_track, at_risk, missed, no_data), days to the deadline, the least-squares projection at the deadline, and the window's values.",
        "responses": {
          "200": {
            "description": "The measures.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "measures"
                  ],
                  "properties": {
                    "measures": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/SuccessMeasureResult"
                      }
                    }
                  }
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/pulse/current": {
      "get": {
        "operationId": "GetCurrentPulse",
        "description": "The open pulse campaign, whether the caller has answered it, and how many have.",
        "responses": {
          "200": {
            "description": "The current campaign.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CurrentPulse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/pulse/campaigns": {
      "post": {
        "operationId": "OpenPulseCampaign",
        "description": "Opens this month's campaign by hand (otherwise it opens on the pulse-survey cadence).",
        "responses": {
          "201": {
            "description": "The campaign.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PulseCampaign"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/pulse/campaigns/{campaignId}/responses": {
      "post": {
        "operationId": "AnswerPulse",
        "description": "Answers a campaign once. The answer is stored without the user or a time; a separate row records only that the user answered.",
        "parameters": [
          {
            "name": "campaignId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "answers"
                ],
                "properties": {
                  "answers": {
                    "type": "object",
                    "maxProperties": 20,
                    "additionalProperties": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 5
                    }
                  },
                  "freeText": {
                    "type": "string",
                    "maxLength": 2000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Counted.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "responses"
                  ],
                  "properties": {
                    "responses": {
                      "type": "integer"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/pulse/campaigns/{campaignId}/results": {
      "get": {
        "operationId": "GetPulseResults",
        "description": "Aggregates for the portal or a group; below the threshold only the count.",
        "parameters": [
          {
            "name": "campaignId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "group",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/GroupRef"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The results.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PulseResults"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/pulse/trend": {
      "get": {
        "operationId": "GetPulseTrend",
        "description": "The pulse across its last twelve campaigns, newest first, for the portal or a group: each campaign's participation (responses of the population) and satisfaction, under the same rules as its results (nothing before a campaign settles, no count below minResponses, a group's figures withheld where a difference would single out fewer than minResponses).",
        "parameters": [
          {
            "name": "group",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/GroupRef"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The campaigns, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "campaigns"
                  ],
                  "properties": {
                    "campaigns": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/PulseTrendPoint"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/metric-sources": {
      "get": {
        "operationId": "ListMetricSources",
        "description": "Each metric source's last collection, and whether it was reachable.",
        "responses": {
          "200": {
            "description": "Statuses.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MetricSourceStatuses"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/digest/preview": {
      "get": {
        "operationId": "PreviewDigest",
        "description": "The metrics digest as it would be sent now.",
        "responses": {
          "200": {
            "description": "The digest.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Digest"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/digest/send": {
      "post": {
        "operationId": "SendDigest",
        "description": "Sends the metrics digest now, outside its schedule: it is queued and delivered at once; a delivery that fails is retried in the background until it goes out.",
        "responses": {
          "200": {
            "description": "The digest sent (or queued for a retry).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Digest"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/pulse/campaigns/{campaignId}/results.csv": {
      "get": {
        "operationId": "ExportPulseResults",
        "description": "The aggregates as CSV (one row per question), never raw answers; empty below the threshold.",
        "parameters": [
          {
            "name": "campaignId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "group",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/GroupRef"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "CSV.",
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/admin/erasure": {
      "post": {
        "operationId": "ErasePersonalData",
        "description": "Erases a person's personal data from every DevEx table (permission devex.personal-data.erase, admins): who answered pulse campaigns and their calendar feed links are deleted; in every record that stays (authorship, owners, attendees, history, free text and JSON) their entity ref becomes user:default/former-user. Aggregates (pulse results, counts, ratios) are unchanged. Audited as personal-data-erasure; running it again changes nothing.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ErasureRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "What was erased, per table.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErasureReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    }
  }
} as const;
export const createOpenApiSpec = () => spec;

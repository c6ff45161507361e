// Generated from openapi.yaml by scripts/generate-openapi.js; do not edit.
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
    }
  }
} as const;
export const createOpenApiSpec = () => spec;

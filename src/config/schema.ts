/** The .amlguard.yml schema; `npm run gen` writes it to schema/amlguard.schema.json for editors. */
export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://github.com/amlguard/amlguard/blob/main/schema/amlguard.schema.json",
  "title": "amlguard configuration (.amlguard.yml)",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "rules": {
      "description": "Per-rule severity, or off, or {severity, options, ignore}.",
      "type": "object",
      "additionalProperties": {
        "anyOf": [
          {
            "enum": [
              "off",
              "note",
              "warning",
              "error"
            ]
          },
          {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "severity": {
                "enum": [
                  "off",
                  "note",
                  "warning",
                  "error"
                ]
              },
              "options": {
                "type": "object"
              },
              "ignore": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          }
        ]
      }
    },
    "ignore": {
      "description": "Globs of files to skip entirely (repo-relative, minimatch).",
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "tenantId": {
      "description": "The Entra tenant (GUID) of the workspaces, for cross-tenant datastore checks.",
      "type": "string"
    },
    "workspaces": {
      "description": "Which workspace the AML YAML under these paths deploys to.",
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "paths",
          "name"
        ],
        "properties": {
          "paths": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "name": {
            "type": "string"
          }
        }
      }
    },
    "ruleDirs": {
      "description": "Folders of declarative rules (YAML), relative to the configuration file.",
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "plugins": {
      "description": "JavaScript modules exporting code rules; loaded only with --allow-plugins or the allow-plugins input.",
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "limits": {
      "description": "Evaluation limits per file read (ARM, Bicep, Terraform, with the modules the file calls). Past a limit, values are read as unknown and the file gets one parse-error warning.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "evalSteps": {
          "description": "Expressions evaluated per file read. Default 1000000.",
          "type": "integer",
          "minimum": 1
        },
        "valueSize": {
          "description": "Size of any computed string (characters), array or object (elements, counted through nesting). Default 1000000.",
          "type": "integer",
          "minimum": 1
        },
        "moduleInstances": {
          "description": "Module instances (Bicep module, Terraform module calls) evaluated per file read. Default 1000.",
          "type": "integer",
          "minimum": 1
        },
        "secondsPerFile": {
          "description": "Seconds of evaluation per file read. Default 10.",
          "type": "number",
          "exclusiveMinimum": 0
        }
      }
    },
    "maxLoopIterations": {
      "description": "Iterations read per loop (Bicep for, ARM copy, Terraform count/for_each); a longer loop is read as unknown, with a note. Default 1000.",
      "type": "integer",
      "minimum": 1
    }
  }
} as const;

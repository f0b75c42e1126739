#!/usr/bin/env bash
# Creates a throw-away sandbox workspace for experiments.
set -euo pipefail

# Mistake: no --container-registry, so Azure ML creates one with its admin user enabled.
az ml workspace create --name mlw-fraud-sandbox --resource-group rg-fraud-sandbox

# Note: created before the workspace has a registry, so it gets no AcrPull on it automatically.
az ml compute create --name sandbox-cpu --type amlcompute --workspace-name mlw-fraud-sandbox \
  --resource-group rg-fraud-sandbox --identity-type system_assigned

# Mistake: the sandbox registry gets its admin user back.
az acr update --name acrfraudsandbox \
  --admin-enabled true

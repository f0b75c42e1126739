#!/usr/bin/env bash
# Creates a throw-away sandbox workspace for experiments.
set -euo pipefail

# Mistake: no --container-registry, so Azure ML creates one with its admin user enabled.
az ml workspace create --name mlw-fraud-sandbox --resource-group rg-fraud-sandbox

# Mistake: the sandbox registry gets its admin user back.
az acr update --name acrfraudsandbox \
  --admin-enabled true

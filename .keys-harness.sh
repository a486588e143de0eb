#!/usr/bin/env bash
# Throwaway harness (not committed): runs ./network's rotate_keys against the IT domain.
set -euo pipefail
cd "$(dirname "$0")"
sed '/^command="\${1:-}"$/,$d' network > .network/netfuncs.sh
source .network/netfuncs.sh
NODES_DIR="$STATE/it/config-nodes"
STATE="$STATE/it"
DOMAINS="$PAYARA_HOME/glassfish/domains"
ADMIN_AUTH=(--user admin)
ln -sfn claimsnet-it "$DOMAINS/claimsnet-notary"
SELECTED_NODES=(notary)
ROTATE_OPTIONS=("$@")
rotate_keys

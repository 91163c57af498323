#!/usr/bin/env bash
# Starts the service with the README's run command on a fresh data directory, waits until it
# answers, plays the README's API tour against it and checks what the tour shows.
set -euo pipefail
cd "$(dirname "$0")/.."

run_command=$(awk '/<!-- run:start -->/{f=1;next}/<!-- run:end -->/{f=0}f' README.md | grep -E '^\./mvnw')
tour=$(awk '/<!-- tour:start -->/{f=1;next}/<!-- tour:end -->/{f=0}f' README.md | sed '/^```/d')
log=$(mktemp)
rm -rf data
# The tour signs in as the first administrator, whose password the first start takes from here.
export BIRIKME_ADMIN_PASSWORD="tour-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

echo "+ $run_command"
setsid $run_command -B -q > "$log" 2>&1 &
group=$!
stop() { kill -- -"$group" 2>/dev/null || true; wait "$group" 2>/dev/null || true; rm -rf data; }
trap stop EXIT

started=$(date +%s)
until curl -s -o /dev/null http://localhost:8080/api/schools; do
    if ! kill -0 "$group" 2>/dev/null || [ $(( $(date +%s) - started )) -gt 300 ]; then
        tail -80 "$log"
        echo "The service did not start."
        exit 1
    fi
    sleep 1
done
echo "The service answered on port 8080 $(( $(date +%s) - started )) s after the run command (build included)."

output=$(bash -euo pipefail -c "$tour") || { echo "The tour failed (exit $?); its output so far:"; bash -x -c "$tour" 2>&1 | tail -20; exit 1; }
echo "$output"

expect() {
    if ! grep -qF -- "$1" <<<"$output"; then
        echo "The tour did not show: $1"
        exit 1
    fi
}
expect '"code":"REMOVAL_BELOW_MINIMUM"'
expect '"clause":"1.1"'
expect 'Мүчөнү чыгарууга болбойт'
expect 'Нельзя исключить члена'
expect '"name":"Математика мугалимдеринин усулдук бирикмеси"'
expect '"chairName":"Нурбек Өмүров"'
expect '"memberCount":4'
expect '"role":"CHAIR"'
expect '"action":"RETURNED"'
expect '"action":"RESUBMITTED"'
expect '"action":"APPROVED","version":2'
expect '"status":"APPROVED"'
expect '"versionInForce":2'
expect '"path":"theme.goal"'
expect '"number":1'
expect '"status":"OVERDUE"'
expect '№1 ПРОТОКОЛ'
expect 'Билим жогорулатуу курстарында'
echo "README tour: all shown as described."

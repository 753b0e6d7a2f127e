#!/usr/bin/env bash
# The development server with a background task worker beside it (`make run`).
# Usage: scripts/run.sh PYTHON HOST:PORT
#
# Ctrl-C stops both, and when the server stops for any other reason the worker is stopped
# too. The worker (manage.py db_worker) runs the queued tasks, e.g. statistics imports.
set -u
python=${1:?usage: scripts/run.sh PYTHON HOST:PORT}
address=${2:?usage: scripts/run.sh PYTHON HOST:PORT}

# --no-reload: one process that gets the signals itself (restart `make run` after changing
# the code of a task). One worker per queue: documents, and statistics imports (which may
# wait on the BDL's rate limits).
"$python" manage.py db_worker --no-reload --queue-name default &
worker=$!
"$python" manage.py db_worker --no-reload --queue-name imports &
imports_worker=$!

stop_worker() {
    # A first signal stops an idle worker at once and lets a busy one finish its task; if it
    # is still busy after two seconds, a second signal interrupts the task (an import is
    # then marked failed and can be resumed from its page).
    local pid=$1
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    return 0
}
stop_workers() {
    stop_worker "$worker"
    stop_worker "$imports_worker"
}
trap stop_workers EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$python" manage.py runserver "$address"

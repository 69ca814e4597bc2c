# An X server and a system tray for GUI tests and benchmarks, sourced by them.
# What each caller used to do by hand, and got wrong once: Xvfb without
# -noreset resets when its last client leaves, and a client connecting during
# the reset (trayer, right after the xdpyinfo that checked the server) is
# refused with "cannot open display".
#
#   x_private_sockets      a tmpfs on /tmp/.X11-unix, for callers in a private
#                          mount namespace: the directory is otherwise shared
#                          with every test on the machine, and an Xvfb that takes
#                          over a display number whose lock looks stale (from
#                          another PID namespace) would replace our socket.
#   x_start_server LOGDIR GEOMETRY
#                          Xvfb on a display it picks itself (-displayfd);
#                          exports DISPLAY, sets X_SERVER_PID. Fails, with the
#                          server's log on stderr, if it does not answer in 20 s.
#   x_start_tray LOGDIR [TRAYER-ARGUMENT...]
#                          trayer as the X11 system tray on $DISPLAY; sets
#                          X_TRAY_PID and X_TRAY_PANEL (its window). Fails with
#                          what was on the screen and trayer's log on stderr.
#   x_stop                 stops both (callers with their own clean-up may add
#                          X_SERVER_PID and X_TRAY_PID to it instead).

x_wait() { # COMMAND...: polls for up to 20 s of wall-clock time
    local deadline=$((SECONDS + 20))
    until "$@" >/dev/null 2>&1; do
        ((SECONDS >= deadline)) && return 1
        sleep 0.1
    done
}

x_private_sockets() {
    mkdir -p /tmp/.X11-unix &&
        mount -t tmpfs -o mode=1777 lifeline-x11 /tmp/.X11-unix
}

x_start_server() {
    local logdir=$1 geometry=$2
    local number_file=$logdir/xvfb-display
    : >"$number_file"
    Xvfb -displayfd 3 -noreset -nolisten tcp -screen 0 "${geometry}x24" \
        3>"$number_file" >"$logdir/xvfb.log" 2>&1 &
    X_SERVER_PID=$!
    if ! x_wait grep -q . "$number_file"; then
        echo "Xvfb did not start:" >&2
        sed 's/^/  Xvfb: /' "$logdir/xvfb.log" >&2
        return 1
    fi
    export DISPLAY=:$(tr -dc 0-9 <"$number_file")
    if ! x_wait xdpyinfo; then
        echo "Xvfb on $DISPLAY does not answer:" >&2
        sed 's/^/  Xvfb: /' "$logdir/xvfb.log" >&2
        return 1
    fi
}

x_find_panel() {
    X_TRAY_PANEL=$(xdotool search --name '^panel$' 2>/dev/null | head -1)
    [[ -n $X_TRAY_PANEL ]]
}

x_start_tray() {
    local logdir=$1
    shift
    trayer --edge top --align right --widthtype request --height 24 --transparent false \
        --tint 0xd8d8d8 "$@" >"$logdir/trayer.log" 2>&1 &
    X_TRAY_PID=$!
    if ! x_wait x_find_panel; then
        echo "trayer's panel did not appear on $DISPLAY; trayer is" \
            "$(kill -0 "$X_TRAY_PID" 2>/dev/null && echo running || echo gone); the screen's windows:" >&2
        xwininfo -root -tree 2>&1 | head -20 | sed 's/^/  /' >&2
        sed 's/^/  trayer: /' "$logdir/trayer.log" >&2
        return 1
    fi
}

x_stop() {
    local pid
    for pid in ${X_TRAY_PID:-} ${X_SERVER_PID:-}; do
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    return 0
}

#!/usr/bin/env python3
"""The timing core of bench/tray-idle: starts each tray program in turn as a
lab user, waits (event-driven, on the X server's ReparentNotify) until its
icon window is embedded in the tray, lets it idle, reads its memory, stops it.
Alternates the programs round by round so load affects both alike, and prints
medians side by side with the ratio to the first program (the baseline)."""

import argparse
import ctypes
import os
import pwd
import select
import signal
import statistics
import subprocess
import sys
import time

SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
REPARENT_NOTIFY = 21


class X11:
    """Just enough Xlib (through ctypes: nothing to install) to hear a window
    being reparented anywhere below the root."""

    def __init__(self):
        self.lib = ctypes.cdll.LoadLibrary("libX11.so.6")
        self.lib.XOpenDisplay.restype = ctypes.c_void_p
        self.lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.lib.XDefaultRootWindow.restype = ctypes.c_ulong
        self.lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        for name in ("XFlush", "XPending", "XConnectionNumber"):
            getattr(self.lib, name).argtypes = [ctypes.c_void_p]
        self.lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self.display = self.lib.XOpenDisplay(None)
        if not self.display:
            sys.exit("tray-idle: cannot open the X display")
        self.root = self.lib.XDefaultRootWindow(self.display)
        # A tray icon starts as a child of the root; the tray reparents it into
        # its own window, which the root's substructure listeners hear.
        self.lib.XSelectInput(self.display, self.root, SUBSTRUCTURE_NOTIFY_MASK)
        self.lib.XFlush(self.display)
        self.fd = self.lib.XConnectionNumber(self.display)
        self.event = (ctypes.c_long * 24)()  # an XEvent: 192 bytes on 64-bit

    def drain(self):
        while self.lib.XPending(self.display):
            self.lib.XNextEvent(self.display, self.event)

    def wait_embedded(self, deadline):
        """Monotonic time of the first reparent away from the root, or None."""
        while True:
            while self.lib.XPending(self.display):
                self.lib.XNextEvent(self.display, self.event)
                # XReparentEvent: type, serial, send_event, display, event, window, parent
                if self.event[0] & 0xFFFFFFFF == REPARENT_NOTIFY and self.event[6] != self.root:
                    return time.monotonic()
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            select.select([self.fd], [], [], left)


def memory_kib(pid):
    """(RSS, PSS) in KiB of one process."""
    rss = pss = 0
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    return rss, pss


def run_once(x11, program, account, settle):
    env = {
        "HOME": account.pw_dir, "USER": account.pw_name, "LOGNAME": account.pw_name,
        "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
        "DISPLAY": os.environ["DISPLAY"],
        "XDG_RUNTIME_DIR": f"/run/user/{account.pw_uid}",
        "XDG_CONFIG_HOME": os.path.join(account.pw_dir, ".config"),
        "DBUS_SYSTEM_BUS_ADDRESS": os.environ["DBUS_SYSTEM_BUS_ADDRESS"],
    }
    x11.drain()
    start = time.monotonic()
    process = subprocess.Popen([program], env=env, cwd=account.pw_dir, user=account.pw_uid,
                               group=account.pw_gid, extra_groups=[], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        embedded = x11.wait_embedded(start + 30)
        if embedded is None:
            tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
            sys.exit(f"tray-idle: {program}'s icon never reached the tray "
                     f"(program {'running' if process.poll() is None else 'exited'});\n{tree}")
        time.sleep(settle)
        if process.poll() is not None:
            sys.exit(f"tray-idle: {program} exited ({process.returncode}) while idle")
        rss, pss = memory_kib(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(10)
    return (embedded - start) * 1000, rss, pss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--user", required=True)
    parser.add_argument("--settle", type=float, default=8, help="seconds of idling before measuring")
    parser.add_argument("programs", nargs="+", help="the baseline first")
    arguments = parser.parse_args()
    account = pwd.getpwnam(arguments.user)
    x11 = X11()
    results = {program: [] for program in arguments.programs}
    for round_number in range(arguments.rounds):
        # Alternate which goes first, so a trend in load hits both alike.
        order = arguments.programs if round_number % 2 == 0 else arguments.programs[::-1]
        for program in order:
            results[program].append(run_once(x11, program, account, arguments.settle))
    baseline = arguments.programs[0]
    medians = {program: [statistics.median(sample[i] for sample in samples) for i in range(3)]
               for program, samples in results.items()}
    print(f"tray-idle: {arguments.rounds} rounds, medians (idle {arguments.settle:g} s before memory)")
    print(f"{'program':<18} {'start to icon':>14} {'RSS':>10} {'PSS':>10}   ratio to {os.path.basename(baseline)} (start, RSS, PSS)")
    for program in arguments.programs:
        start, rss, pss = medians[program]
        base = medians[baseline]
        print(f"{os.path.basename(program):<18} {start:11.1f} ms {rss / 1024:7.1f} MiB {pss / 1024:7.1f} MiB"
              f"   {start / base[0]:.2f}  {rss / base[1]:.2f}  {pss / base[2]:.2f}")


if __name__ == "__main__":
    main()

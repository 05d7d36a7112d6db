# Runs a command in a pseudo-terminal and types keys into it, one after each prompt, as a person at a terminal would.
# Usage: drive.py PROMPT KEYS COMMAND [ARG...]; the command's terminal output goes to standard output; exits with its status.
import os
import pty
import select
import sys
import termios
import time

prompt, keys, argv = sys.argv[1].encode(), sys.argv[2], sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    # No echo by the terminal itself: a key typed before the program turns echo off (as Console.ReadKey does) would
    # otherwise show twice; what the screen shows is then only what the program writes.
    attrs = termios.tcgetattr(0)
    attrs[3] &= ~termios.ECHO
    termios.tcsetattr(0, termios.TCSANOW, attrs)
    os.environ["TERM"] = "xterm"
    os.environ["COLUMNS"] = "120"
    os.execvp(argv[0], argv)

out = b""


def read(until=None, timeout=180.0):
    """Reads what the program writes until `until` holds of it, or the program ends (True), or time runs out (False)."""
    global out
    end = time.time() + timeout
    while time.time() < end:
        if until is not None and until(out):
            return True
        ready, _, _ = select.select([fd], [], [], 0.2)
        if fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the program closed its terminal
                return True
            if not chunk:
                return True
            out += chunk
    return False


for i, key in enumerate(keys):
    if not read(lambda o: o.count(prompt) > i):
        sys.stdout.write(out.decode("utf-8", "replace"))
        sys.stderr.write("drive.py: no prompt %d within the time allowed\n" % (i + 1))
        os.kill(pid, 9)
        sys.exit(3)
    if out.count(prompt) <= i:
        break  # the program ended before asking
    os.write(fd, key.encode())

read()
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode("utf-8", "replace"))
sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 4)

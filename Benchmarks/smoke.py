#!/usr/bin/env python3
"""`make bench-smoke`: the benchmark's inputs still build, in seconds (run by `make test`).

  1. generator  python3 Benchmarks/generate.py --check (deterministic, well-formed, exact counts)
  2. build      python3 Benchmarks/generate.py 1000 TMP, then
                PORTREPORT build --quiet --config TMP/portreport.yml --output TMP/site
                TMP/scan.nessus TMP/scan.nmap.xml  exits 0 and writes TMP/site/index.html

Usage: smoke.py [PORTREPORT]   (default .build/debug/portreport)
Prints one closing line 'bench-smoke: N passed, N failed' and exits 1 when anything failed.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "Benchmarks" / "generate.py"
TIMEOUT = 120  # seconds per command; the whole smoke takes a few


def run(argv):
    """(ok, output) of one command with a time limit."""
    try:
        result = subprocess.run([str(arg) for arg in argv], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return False, "timed out after %d s: %s" % (TIMEOUT, " ".join(str(arg) for arg in argv))
    except OSError as error:
        return False, "cannot run %s: %s" % (argv[0], error)
    if result.returncode != 0:
        return False, "exit status %d: %s\n%s" % (result.returncode, " ".join(str(arg) for arg in argv),
                                                  result.stdout)
    return True, result.stdout


def generator_check():
    return run([sys.executable, GENERATOR, "--check"])


def build(portreport):
    with tempfile.TemporaryDirectory(prefix="bench-smoke-") as scratch:
        folder = Path(scratch)
        ok, output = run([sys.executable, GENERATOR, "1000", folder])
        if not ok:
            return ok, output
        site = folder / "site"
        ok, output = run([portreport, "build", "--quiet", "--config", folder / "portreport.yml", "--output", site,
                          folder / "scan.nessus", folder / "scan.nmap.xml"])
        if ok and not (site / "index.html").is_file():
            return False, "portreport exited 0 but wrote no index.html\n" + output
        return ok, output


def main():
    if len(sys.argv) > 2 or sys.argv[1:2] in (["-h"], ["--help"]):
        sys.stderr.write(__doc__)
        sys.exit(64)
    portreport = Path(sys.argv[1] if len(sys.argv) == 2 else ROOT / ".build" / "debug" / "portreport")
    if not portreport.is_file():
        print("bench-smoke: %s does not exist (swift build first)" % portreport)
        print("bench-smoke: 0 passed, 1 failed")
        sys.exit(1)
    passed = failed = 0
    for name, check in (("generator", generator_check), ("build", lambda: build(portreport))):
        ok, output = check()
        if ok:
            passed += 1
        else:
            failed += 1
            print("bench-smoke: %s FAILED\n%s" % (name, output.rstrip()))
    print("bench-smoke: %d passed, %d failed" % (passed, failed))
    sys.exit(0 if failed == 0 else 1)


if __name__ == "__main__":
    main()

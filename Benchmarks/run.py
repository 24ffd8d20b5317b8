#!/usr/bin/env python3
"""`make bench`: time portreport against the floor for reading the file and a peer.

For each size (findings in a synthetic Nessus v2 export, from Benchmarks/generate.py) it runs,
on the same scan.nessus and in the same run:

  portreport   .build/release/portreport build --timings --output SITE --config DIR/portreport.yml
               DIR/scan.nessus
  xmllint      xmllint --stream --noout DIR/scan.nessus        (the floor: reading the XML once)
  peer         faraday-plugins process-report -drh DIR/scan.nessus   (stdout to /dev/null)

each under /usr/bin/time -v, and reports the median wall time, peak RSS and findings per second,
portreport's stage times and the size of the largest page it wrote. It writes BENCHMARKS.md at
the repository root and the raw numbers to .build/bench/results.json.

Python 3 standard library only. What is missing is installed, and said: Debian's `time` and
`libxml2-utils` (apt-get), the peer into .build/bench/venv (python3 -m venv + pip).
"""
import argparse
import datetime
import hashlib
import json
import os
import glob
import platform
import re
import resource
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / ".build" / "bench"
GENERATOR = ROOT / "Benchmarks" / "generate.py"
DEFAULT_SIZES = [10_000, 100_000, 1_000_000]
# The peer, pinned so that two runs compare the same program; --peer-package changes it.
PEER_PACKAGE = "faraday-plugins==1.31.0"
# Bytes the generator writes per finding (scan.nessus + scan.nmap.xml), with room to spare.
BYTES_PER_FINDING = 2_000
# What portreport writes per finding (3.7 KB at 1M findings), for the disk space check.
SITE_BYTES_PER_FINDING = 4_000
MB = 1_000_000  # decimal megabytes throughout: the stricter reading of "150 MB", "5 MB", "1 GB"

TARGETS_TEXT = {
    "pr_vs_xmllint_100k": "100k: portreport wall ≤ 1.5 × xmllint --stream",
    "peer_vs_pr_100k": "100k: portreport ≥ 15 × faster than the peer",
    "rss_100k": "100k: portreport peak RSS < 150 MB",
    "rss_1m": "1M: portreport peak RSS < 1 GB",
    "scaling_1m": "1M: portreport wall ≤ 12 × its 100k wall",
    "page_1m": "1M: largest page ≤ 5 MB",
}


def say(message):
    print("bench: " + message, flush=True)


# ----------------------------------------------------------------------------- arguments


def parse_sizes(values):
    sizes = []
    for value in values:
        for word in value.replace(",", " ").split():
            match = re.fullmatch(r"([0-9][0-9_]*)([kKmM]?)", word)
            if not match:
                raise argparse.ArgumentTypeError("size %r is not a whole number (10000, 100k, 1M)" % word)
            size = int(match.group(1).replace("_", "")) * {"": 1, "k": 1000, "m": 1000000}[match.group(2).lower()]
            if size < 1:
                raise argparse.ArgumentTypeError("size %r must be at least 1" % word)
            if size not in sizes:
                sizes.append(size)
    return sizes


def arguments():
    parser = argparse.ArgumentParser(
        description="Benchmark portreport against xmllint --stream and faraday-plugins (see README, Benchmark).")
    parser.add_argument("--sizes", nargs="+", default=None, metavar="N",
                        help="findings per run, e.g. --sizes \"10000 100000\" (default: 10000 100000 1000000)")
    parser.add_argument("--reps", type=int, default=None,
                        help="repetitions per tool and size (default: 3 below 1M findings, 1 from 1M)")
    parser.add_argument("--peer-cap", type=float, default=600,
                        help="seconds after which a peer run is stopped and recorded as '> cap' (default 600)")
    parser.add_argument("--cap", type=float, default=900,
                        help="the same for portreport and xmllint (default 900)")
    parser.add_argument("--mem-cap", type=float, default=12,
                        help="GB of address space each tool may use (RLIMIT_AS; default 12, half this machine), "
                             "so that a peer growing without bound fails alone instead of starving the machine")
    parser.add_argument("--no-peer", action="store_true", help="skip the peer (faraday-plugins)")
    parser.add_argument("--peer-package", default=PEER_PACKAGE, help="pip requirement for the peer (default %(default)s)")
    parser.add_argument("--skip-build", action="store_true", help="use the existing release binary")
    parser.add_argument("--report-only", action="store_true",
                        help="measure nothing: rewrite the markdown from the existing --json results")
    parser.add_argument("--markdown", default=str(ROOT / "BENCHMARKS.md"), help="default: BENCHMARKS.md")
    parser.add_argument("--json", default=str(BENCH / "results.json"), help="default: .build/bench/results.json")
    options = parser.parse_args()
    try:
        options.sizes = parse_sizes(options.sizes) if options.sizes else list(DEFAULT_SIZES)
    except argparse.ArgumentTypeError as error:
        parser.error(str(error))
    if not options.sizes:
        parser.error("--sizes names no size")
    if options.reps is not None and options.reps < 1:
        parser.error("--reps must be at least 1")
    if options.peer_cap <= 0 or options.cap <= 0 or options.mem_cap <= 0:
        parser.error("caps must be positive")
    return options


def reproduce_command(options):
    """The `make bench` line that repeats this run."""
    command = "make bench"
    if options.sizes != DEFAULT_SIZES:
        command += ' SIZES="%s"' % " ".join(str(size) for size in options.sizes)
    flags = []
    if options.reps is not None:
        flags.append("--reps %d" % options.reps)
    if options.peer_cap != 600:
        flags.append("--peer-cap %g" % options.peer_cap)
    if options.cap != 900:
        flags.append("--cap %g" % options.cap)
    if options.mem_cap != 12:
        flags.append("--mem-cap %g" % options.mem_cap)
    if options.no_peer:
        flags.append("--no-peer")
    if options.peer_package != PEER_PACKAGE:
        flags.append("--peer-package %s" % shlex.quote(options.peer_package))
    if flags:
        command += ' BENCH_FLAGS="%s"' % " ".join(flags)
    return command


# ----------------------------------------------------------------------------- tools


def run_quiet(argv, **kwargs):
    return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kwargs)


_apt_updated = False


def apt_install(package):
    global _apt_updated
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    say("installing Debian package %s (apt-get install -y %s)" % (package, package))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if not _apt_updated:
        subprocess.run(sudo + ["apt-get", "update", "-qq"], env=env, check=True)
        _apt_updated = True
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", package], env=env, check=True)


def ensure_system_tools():
    if not os.access("/usr/bin/time", os.X_OK):
        apt_install("time")
    if shutil.which("xmllint") is None:
        apt_install("libxml2-utils")
    if shutil.which("swift") is None:
        sys.exit("bench: swift is not on PATH; portreport cannot be built")


def ensure_peer(requirement):
    """Installs the peer into .build/bench/venv; returns (argv prefix, version, flags note) or None."""
    venv = BENCH / "venv"
    exe = venv / "bin" / "faraday-plugins"
    stamp = venv / "portreport-bench-requirement"
    if not exe.exists() or not stamp.exists() or stamp.read_text().strip() != requirement:
        say("installing the peer into %s (python3 -m venv; pip install %s)" % (venv.relative_to(ROOT), requirement))
        if not (venv / "bin" / "python").exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        result = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check",
                                 requirement])
        if result.returncode != 0 or not exe.exists():
            say("could not install %s: the peer is left out of this run" % requirement)
            return None
        stamp.write_text(requirement + "\n")
    version = run_quiet([str(exe), "--version"]).stdout.strip()
    help_text = run_quiet([str(exe), "process-report", "--help"]).stdout
    # The brief's flag is -drh (--dont-resolve-hostname: no DNS look-ups of the scanned hosts);
    # use whichever spelling this version offers, and none when it has neither.
    if re.search(r"(^|\s)-drh\b", help_text):
        flags = ["-drh"]
    elif "--dont-resolve-hostname" in help_text:
        flags = ["--dont-resolve-hostname"]
    else:
        say("this faraday-plugins has no -drh / --dont-resolve-hostname; running without it")
        flags = []
    return {"argv": [str(exe), "process-report"] + flags, "version": version, "requirement": requirement}


def build_release(skip):
    if not skip:
        say("building portreport in release (swift build -c release)")
        started = time.monotonic()
        subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True)
        say("release build done in %.0f s" % (time.monotonic() - started))
    bin_path = run_quiet(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT).stdout.strip().splitlines()
    binary = Path(bin_path[-1] if bin_path else ROOT / ".build" / "release") / "portreport"
    if not binary.exists():
        sys.exit("bench: %s does not exist (run without --skip-build)" % binary)
    return binary


# ----------------------------------------------------------------------------- inputs


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def inputs_for(size):
    """Generates .build/bench/SIZE/ unless its stamp says the generator would write the same bytes."""
    folder = BENCH / str(size)
    stamp_path = folder / "stamp.json"
    generator_sha = sha256_of(GENERATOR)
    names = ("scan.nessus", "scan.nmap.xml", "portreport.yml")
    if stamp_path.exists():
        try:
            stamp = json.loads(stamp_path.read_text())
            same = (stamp.get("generator_sha256") == generator_sha and stamp.get("findings") == size
                    and all((folder / name).exists() and (folder / name).stat().st_size == stamp["bytes"][name]
                            for name in names))
        except (ValueError, KeyError, TypeError):
            same = False
        if same:
            say("%d: reusing %s (generator unchanged)" % (size, folder.relative_to(ROOT)))
            return folder
    BENCH.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    scratch = BENCH / ("%d.partial" % size)
    shutil.rmtree(scratch, ignore_errors=True)
    needed = size * BYTES_PER_FINDING
    free = shutil.disk_usage(BENCH).free
    if free < needed + 2 * 1024**3:
        sys.exit("bench: %d findings need about %.1f GB under %s but only %.1f GB are free"
                 % (size, needed / 1e9, BENCH, free / 1e9))
    say("%d: generating inputs (python3 Benchmarks/generate.py %d %s)" % (size, size, scratch.relative_to(ROOT)))
    started = time.monotonic()
    subprocess.run([sys.executable, str(GENERATOR), str(size), str(scratch)], check=True, stdout=subprocess.DEVNULL)
    stamp = {"generator_sha256": generator_sha, "findings": size,
             "bytes": {name: (scratch / name).stat().st_size for name in names},
             "seconds": round(time.monotonic() - started, 1)}
    (scratch / "stamp.json").write_text(json.dumps(stamp, indent=2) + "\n")
    scratch.rename(folder)
    say("%d: generated %.1f MB in %.0f s" % (size, stamp["bytes"]["scan.nessus"] / MB, stamp["seconds"]))
    return folder


def warm(path):
    """Reads the file once so that every tool starts with it in the page cache."""
    with open(path, "rb") as handle:
        while handle.read(8 << 20):
            pass


# ----------------------------------------------------------------------------- measuring


def cpu_busy_seconds():
    """Seconds of CPU time all cores spent not idle, from /proc/stat."""
    with open("/proc/stat") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def children_of(pid):
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as handle:
            return [int(child) for child in handle.read().split()]
    except OSError:
        return []


def parse_time_v(text):
    result = {}
    patterns = {
        "max_rss_kb": r"Maximum resident set size \(kbytes\): (\d+)",
        "user_s": r"User time \(seconds\): ([\d.]+)",
        "sys_s": r"System time \(seconds\): ([\d.]+)",
        "exit_status": r"Exit status: (\d+)",
    }
    for key, pattern in patterns.items():
        match = re.search(pattern, text)
        if match:
            result[key] = float(match.group(1)) if "." in match.group(1) else int(match.group(1))
    match = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text)
    if match:
        seconds = 0.0
        for part in match.group(1).split(":"):
            seconds = seconds * 60 + float(part)
        result["time_elapsed_s"] = seconds
    return result


def measure(argv, cap, mem_cap_gb, cwd, stdout_path, stderr_path):
    """Runs argv under /usr/bin/time -v with a time cap and an address-space cap; returns one
    measurement."""
    limit = int(mem_cap_gb * 1e9)

    def limit_memory():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    time_path = Path(str(stderr_path) + ".time")
    command = ["/usr/bin/time", "-v", "-o", str(time_path)] + [str(arg) for arg in argv]
    busy_before = cpu_busy_seconds()
    started = time.perf_counter()
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err, start_new_session=True,
                                   preexec_fn=limit_memory)
        timed_out = False
        try:
            process.wait(timeout=cap)
        except BaseException as interruption:
            if not isinstance(interruption, subprocess.TimeoutExpired):
                # The harness itself is stopped (Ctrl-C, SIGTERM): take the measured program
                # (its own session) down with it instead of leaving it running.
                os.killpg(process.pid, signal.SIGKILL)
                raise
            timed_out = True
            # Stop the measured program but not /usr/bin/time, so that it still reports the
            # peak RSS reached so far; then anything left in the group.
            for child in children_of(process.pid):
                try:
                    os.kill(child, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    wall = time.perf_counter() - started
    busy = cpu_busy_seconds() - busy_before
    report = parse_time_v(time_path.read_text(errors="replace")) if time_path.exists() else {}
    own_cpu = report.get("user_s", 0.0) + report.get("sys_s", 0.0)
    return {
        "wall_s": round(wall, 4),
        "timed_out": timed_out,
        "cap_s": cap,
        "mem_cap_gb": mem_cap_gb,
        "exit_status": None if timed_out else report.get("exit_status", process.returncode),
        "max_rss_kb": report.get("max_rss_kb"),
        "user_s": report.get("user_s"),
        "sys_s": report.get("sys_s"),
        "time_elapsed_s": report.get("time_elapsed_s"),
        # Cores kept busy by other work (other builds) while this ran: the noise indicator.
        "background_cores": round(max(0.0, busy - own_cpu) / wall, 2) if wall > 0 else None,
    }


def stage_times(stdout_text):
    """portreport's --timings lines ('  load: 1234 ms' after 'Timings'), in order."""
    stages = {}
    in_timings = False
    for line in stdout_text.splitlines():
        if line.strip() == "Timings":
            in_timings = True
            continue
        if in_timings:
            match = re.fullmatch(r"\s+(.+?): (\d+) ms(?: \(peak memory so far \d+ MB\))?", line)
            if not match:
                break
            stages[match.group(1)] = int(match.group(2))
    return stages


def portreport_kept(stdout_text):
    """Records kept from the input line of the summary ('  PATH [nessus]: N read, K kept')."""
    match = re.search(r"\[nessus\]: (\d+) read, (\d+) kept", stdout_text)
    return int(match.group(2)) if match else None


def peer_findings(path):
    """Vulnerabilities in the peer's JSON: it writes one '"severity": ' key for each."""
    needle, count, carry = b'"severity": ', 0, b""
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(8 << 20), b""):
            data = carry + block
            count += data.count(needle)
            # Keep a tail shorter than the needle, so a key split over two blocks counts once.
            carry = data[-(len(needle) - 1):]
    return count


def last_line(path):
    lines = [line for line in Path(path).read_text(errors="replace").splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def largest_page(site):
    biggest, where, files, total = 0, None, 0, 0
    for folder, _, names in os.walk(site):
        for name in names:
            size = os.path.getsize(os.path.join(folder, name))
            files += 1
            total += size
            if name.endswith(".html") and size > biggest:
                biggest, where = size, os.path.relpath(os.path.join(folder, name), site)
    return {"largest_page_bytes": biggest, "largest_page": where, "site_files": files, "site_bytes": total}


# Sites are never deleted while anything is being timed. On this machine's file system (ext4
# without a journal) the inode allocator skips every inode freed in the last 30 s to 5 min
# (`recently_deleted()` in fs/ext4/ialloc.c), one by one, for every file it creates: deleting
# the previous repetition's 5,000-page site just before a run added 1-2 s of system time to a
# 4 s build at 100k (`perf record`: a fifth of all samples in `find_inode_bit`). A user's builds
# are hours apart and never meet this. So each repetition writes a folder of its own, old sites
# are only renamed aside (which frees nothing), and everything is deleted after the last run.
TRASH = "trash"


def set_aside(folder):
    """Moves earlier sites (and what a stopped run left beside them) into the trash folder."""
    trash = BENCH / TRASH
    trash.mkdir(parents=True, exist_ok=True)
    for leftover in glob.glob(str(folder / "site*")) + glob.glob(str(folder / ".site*")):
        try:
            os.rename(leftover, trash / ("%s-%s-%d" % (folder.name, Path(leftover).name.lstrip("."), time.time_ns())))
        except OSError:
            # On another file system (a mount inside .build/bench) a rename cannot move it: delete.
            shutil.rmtree(leftover, ignore_errors=True)


def empty_trash():
    shutil.rmtree(BENCH / TRASH, ignore_errors=True)


def tail(path, lines=15):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def bench_size(size, options, binary, peer):
    folder = inputs_for(size)
    scan = folder / "scan.nessus"
    reps = options.reps or (1 if size >= 1_000_000 else 3)
    logs = folder / "logs"
    shutil.rmtree(logs, ignore_errors=True)  # only this run's logs
    logs.mkdir()
    set_aside(folder)
    # Every repetition's site stays until the end (about 3.8 KB per finding each).
    needed = reps * size * SITE_BYTES_PER_FINDING
    free = shutil.disk_usage(BENCH).free
    if free < needed + 1024**3:
        sys.exit("bench: %d repetitions at %d findings write about %.1f GB of sites under %s but only %.1f GB "
                 "are free" % (reps, size, needed / 1e9, BENCH, free / 1e9))
    say("%d: warming %s into the page cache" % (size, scan.relative_to(ROOT)))
    warm(scan)

    def site_of(rep):
        return folder / ("site-%d" % rep)

    tools = {
        "portreport": {
            "argv": [binary, "build", "--timings", "--output", "SITE", "--config", folder / "portreport.yml", scan],
            "cap": options.cap},
        "xmllint": {"argv": ["xmllint", "--stream", "--noout", scan], "cap": options.cap},
    }
    if peer:
        tools["peer"] = {"argv": peer["argv"] + [scan], "cap": options.peer_cap}
    runs = {name: [] for name in tools}
    failed = False
    # Interleaved (portreport, xmllint, peer, then again) so that a burst of other work spreads
    # over the tools instead of landing on one.
    for rep in range(1, reps + 1):
        for name, tool in tools.items():
            if any(run["timed_out"] for run in runs[name]):
                continue  # once over the cap, further repetitions would only take the cap again
            site = site_of(rep)
            argv = [site if arg == "SITE" else arg for arg in tool["argv"]]
            # Settle the disk before each timed run: the previous tool's writes are otherwise
            # still going to disk inside the next measurement.
            os.sync()
            time.sleep(1)
            # The peer's JSON goes to a file only to count what it read; it is deleted at once.
            stdout_path = logs / ("%s.%d.%s" % (name, rep, "json" if name == "peer" else "out"))
            stderr_path = logs / ("%s.%d.err" % (name, rep))
            run = measure(argv, tool["cap"], options.mem_cap, folder, stdout_path, stderr_path)
            run["rep"] = rep
            if name == "portreport" and not run["timed_out"]:
                text = Path(stdout_path).read_text(errors="replace")
                run["stages_ms"] = stage_times(text)
                run["findings_read"] = portreport_kept(text)
                if run["exit_status"] == 0 and not (site / "index.html").exists():
                    run["error"] = "no index.html written"
                elif run["exit_status"] == 0 and run["findings_read"] != size:
                    run["error"] = "kept %s of %d findings" % (run["findings_read"], size)
            if name == "peer":
                if not run["timed_out"]:
                    run["findings_read"] = peer_findings(stdout_path)
                    if run["exit_status"] == 0 and run["findings_read"] != size:
                        # It exits 0 even when it could not parse the file: check what it wrote.
                        said = last_line(stderr_path)
                        run["error"] = "exit status 0 but its JSON holds %d of %d findings%s" % (
                            run["findings_read"], size, " (stderr: %s)" % said if said else "")
                os.remove(stdout_path)
            if name == "portreport" and run["timed_out"]:
                # The site is only moved into place at the end: what the staging folder holds
                # at the cap gives a lower bound for the largest page.
                for staging in glob.glob(str(folder / (".%s.tmp-*" % site.name))):
                    run["partial_site"] = largest_page(staging)
            if not run["timed_out"] and run["exit_status"] != 0:
                err = Path(stderr_path).read_text(errors="replace")
                out_of_memory = "MemoryError" in err or "Cannot allocate memory" in err or "bad_alloc" in err
                run["error"] = "exit status %s%s" % (
                    run["exit_status"], ", out of memory under the %g GB cap" % options.mem_cap if out_of_memory else "")
            if run.get("error"):
                # A peer that cannot finish is a result; portreport or xmllint failing is not.
                failed = failed or name != "peer"
                say("%d: %s rep %d FAILED (%s); stderr:\n%s" % (size, name, rep, run["error"], tail(stderr_path)))
            runs[name].append(run)
            rss = "%.0f MB" % (run["max_rss_kb"] * 1024 / MB) if run["max_rss_kb"] else "? MB"
            say("%d: %-10s rep %d/%d: %s, %s%s" % (
                size, name, rep, reps, ("> %g s (cap)" % tool["cap"]) if run["timed_out"] else "%.2f s" % run["wall_s"],
                rss, "" if not run["background_cores"] else ", other work on %.2f cores" % run["background_cores"]))
    written = [site_of(rep) for rep in range(reps, 0, -1) if (site_of(rep) / "index.html").exists()]
    page = largest_page(written[0]) if written else {}
    if not page:
        partial = [run["partial_site"] for run in runs["portreport"] if run.get("partial_site")]
        if partial:
            page = dict(max(partial, key=lambda found: found["largest_page_bytes"]), partial=True)
    stamp = json.loads((folder / "stamp.json").read_text())
    result = {
        "findings": size,
        "reps": reps,
        "inputs": {"folder": str(folder.relative_to(ROOT)), "bytes": stamp["bytes"],
                   "generator_sha256": stamp["generator_sha256"]},
        "commands": {name: " ".join(shlex.quote(str(arg)) for arg in tool["argv"]).replace(str(ROOT) + "/", "")
                     for name, tool in tools.items()},
        "runs": runs,
        "median": {name: summarise(size, rows) for name, rows in runs.items()},
        "site": page,
        "failed": failed,
    }
    return result


def summarise(size, rows):
    """Median wall time, peak RSS and stage times over the repetitions; '> cap' is a lower bound."""
    if not rows:
        return None
    capped = [row for row in rows if row["timed_out"]]
    walls = [float("inf") if row["timed_out"] else row["wall_s"] for row in rows]
    wall = statistics.median(walls)
    lower_bound = wall == float("inf")
    if lower_bound:
        wall = max(row["cap_s"] for row in capped)
    rss_values = [row["max_rss_kb"] for row in rows if row["max_rss_kb"]]
    summary = {
        "wall_s": round(wall, 4),
        "lower_bound": lower_bound,
        "max_rss_mb": round(statistics.median(rss_values) * 1024 / MB, 1) if rss_values else None,
        "findings_per_s": round(size / wall) if wall > 0 else None,
        "background_cores": max((row["background_cores"] or 0) for row in rows),
        "ok": all(not row.get("error") for row in rows),
        "errors": sorted({row["error"] for row in rows if row.get("error")}),
        "findings_read": min((row["findings_read"] for row in rows if row.get("findings_read") is not None),
                             default=None),
    }
    stage_rows = [row["stages_ms"] for row in rows if row.get("stages_ms")]
    if stage_rows:
        summary["stages_ms"] = {stage: round(statistics.median(row.get(stage, 0) for row in stage_rows))
                                for stage in stage_rows[0]}
    return summary


# ----------------------------------------------------------------------------- targets


def ratio(numerator, denominator):
    """(value, kind): kind is 'exact', 'at least' or 'at most' when a side was capped."""
    if not numerator or not denominator or not numerator["ok"] or not denominator["ok"]:
        return None
    value = numerator["wall_s"] / denominator["wall_s"]
    if numerator["lower_bound"] and denominator["lower_bound"]:
        return None
    if numerator["lower_bound"]:
        return value, "at least"
    if denominator["lower_bound"]:
        return value, "at most"
    return value, "exact"


def judge(measured, limit, at_most):
    """'met', 'NOT met' or 'unknown' for a ratio (value, kind) against 'value ≤ limit' (at_most)
    or 'value ≥ limit'; a capped side makes the value a bound, which may still decide."""
    value, kind = measured
    if at_most:
        if value <= limit:
            return "met" if kind in ("exact", "at most") else "unknown (capped)"
        return "NOT met" if kind in ("exact", "at least") else "unknown (capped)"
    if value >= limit:
        return "met" if kind in ("exact", "at least") else "unknown (capped)"
    return "NOT met" if kind in ("exact", "at most") else "unknown (capped)"


def bound(measured):
    value, kind = measured
    return ("" if kind == "exact" else kind + " "), value


def targets(results):
    by_size = {result["findings"]: result for result in results}
    rows = []

    def row(key, measured, status):
        rows.append({"target": key, "text": TARGETS_TEXT[key], "measured": measured, "status": status})

    def rss_row(key, summary, limit_mb):
        if summary and summary["ok"] and summary["max_rss_mb"] is not None:
            if summary["lower_bound"]:  # stopped at the cap: the peak so far is a lower bound
                status = "NOT met" if summary["max_rss_mb"] >= limit_mb else "unknown (capped)"
                row(key, "at least %.0f MB" % summary["max_rss_mb"], status)
            else:
                row(key, "%.0f MB" % summary["max_rss_mb"], "met" if summary["max_rss_mb"] < limit_mb else "NOT met")
        else:
            row(key, "not measured", "not measured")

    small, large = by_size.get(100_000), by_size.get(1_000_000)
    small_pr = small["median"].get("portreport") if small else None
    if small:
        xml, peer = small["median"].get("xmllint"), small["median"].get("peer")
        r = ratio(small_pr, xml)
        if r is None:
            row("pr_vs_xmllint_100k", "not measured", "not measured")
        else:
            row("pr_vs_xmllint_100k", "%s%.2f × xmllint" % bound(r), judge(r, 1.5, at_most=True))
        r = ratio(peer, small_pr)
        if r is None:
            row("peer_vs_pr_100k", "not measured", "not measured")
        else:
            row("peer_vs_pr_100k", "%s%.2f × (peer / portreport)" % bound(r), judge(r, 15, at_most=False))
        rss_row("rss_100k", small_pr, 150)
    else:
        for key in ("pr_vs_xmllint_100k", "peer_vs_pr_100k", "rss_100k"):
            row(key, "100k not in this run", "not measured")
    if large:
        pr = large["median"].get("portreport")
        rss_row("rss_1m", pr, 1000)
        r = ratio(pr, small_pr)
        if r is None:
            row("scaling_1m", "needs 100k and 1M in the same run", "not measured")
        else:
            prefix, value = bound(r)
            row("scaling_1m", "%s%.1f × (%s%.0f s / %.1f s)" % (prefix, value, "> " if pr["lower_bound"] else "",
                                                                  pr["wall_s"], small_pr["wall_s"]),
                judge(r, 12, at_most=True))
        page = large["site"].get("largest_page_bytes")
        if page and large["site"].get("partial"):
            row("page_1m", "at least %.2f MB (`%s`, written before the cap)" % (page / MB, large["site"]["largest_page"]),
                "NOT met" if page > 5 * MB else "unknown (capped)")
        elif page:
            row("page_1m", "%.2f MB (`%s`)" % (page / MB, large["site"]["largest_page"]),
                "met" if page <= 5 * MB else "NOT met")
        else:
            row("page_1m", "not measured (no site written)", "not measured")
    else:
        for key in ("rss_1m", "scaling_1m", "page_1m"):
            row(key, "1M not in this run", "not measured")
    return rows


# ----------------------------------------------------------------------------- report


def machine():
    info = {"cores": run_quiet(["nproc"]).stdout.strip(), "kernel": platform.release()}
    with open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                info["memory_gib"] = round(int(line.split()[1]) / 1024**2, 1)
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    try:
        with open("/etc/os-release") as release:
            for line in release:
                if line.startswith("PRETTY_NAME="):
                    info["os"] = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        info["os"] = platform.platform()
    return info


def versions(peer):
    found = {"python": platform.python_version()}
    swift = run_quiet(["swift", "--version"]).stdout
    match = re.search(r"Swift version (\S+)", swift)
    found["swift"] = match.group(1) if match else swift.strip().splitlines()[0] if swift.strip() else "?"
    match = re.search(r"using libxml version (\d+)", run_quiet(["xmllint", "--version"]).stdout)
    if match:
        number = int(match.group(1))
        found["libxml2"] = "%d.%d.%d" % (number // 10000, number // 100 % 100, number % 100)
    if peer:
        found["peer"] = peer["version"]
    return found


def git_state():
    commit = run_quiet(["git", "rev-parse", "HEAD"], cwd=ROOT).stdout.strip()
    branch = run_quiet(["git", "rev-parse", "--abbrev-ref", "HEAD"], cwd=ROOT).stdout.strip()
    # BENCHMARKS.md itself is what this run rewrites: not a change to what was measured.
    changed = run_quiet(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT).stdout.splitlines()
    dirty = any(line[3:].strip() != "BENCHMARKS.md" for line in changed if line.strip())
    return {"commit": commit, "branch": branch, "uncommitted_changes": dirty}


def number(value):
    return "{:,}".format(value)


def size_name(size):
    if size % 1_000_000 == 0:
        return "%dM" % (size // 1_000_000)
    if size % 1000 == 0:
        return "%dk" % (size // 1000)
    return str(size)


def cell_wall(summary):
    if not summary["ok"]:
        return "failed after %.2f" % summary["wall_s"]
    if summary["lower_bound"]:
        return "> %g (cap)" % summary["wall_s"]
    return "%.2f" % summary["wall_s"]


def markdown(document):
    lines = []
    add = lines.append
    run = document["run"]
    add("# Benchmarks")
    add("")
    add("Written by `make bench` (`Benchmarks/run.py`); rerun it rather than editing this file. "
        "Raw numbers: `.build/bench/results.json`.")
    add("")
    add("| | |")
    add("|---|---|")
    add("| date | %s |" % run["date"])
    git = run["git"]
    add("| commit | `%s` (%s)%s |" % (git["commit"][:12], git["branch"],
                                      ", with uncommitted changes" if git["uncommitted_changes"] else ""))
    m = run["machine"]
    add("| machine | %s cores (`nproc`), %.1f GiB memory, %s |" % (m["cores"], m.get("memory_gib", 0), m.get("cpu", "?")))
    add("| OS | %s, Linux %s |" % (m.get("os", "?"), m["kernel"]))
    v = run["versions"]
    tools = "Swift %s; xmllint (libxml2 %s); Python %s" % (v["swift"], v.get("libxml2", "?"), v["python"])
    if "peer" in v:
        tools += "; peer: %s" % v["peer"]
    add("| tools | %s |" % tools)
    add("| reproduce | `%s` |" % run["command"])
    add("| repetitions | %s; medians shown |" % ", ".join(
        "%s × %d" % (size_name(result["findings"]), result["reps"]) for result in document["results"]))
    add("")
    busiest = max((summary["background_cores"] for result in document["results"]
                   for summary in result["median"].values() if summary), default=0)
    if busiest >= 0.25:
        add("> **Noisy run.** Other work on this 2-core machine (other engineers' builds and runs) kept up to "
            "%.1f cores busy during some measurements (see *other load* below). Wall times are then longer and "
            "the ratios less reliable than on an idle machine." % busiest)
        add("")
    add("## Targets")
    add("")
    add("| target | measured | status |")
    add("|---|---|---|")
    for row in document["targets"]:
        status = "**NOT met**" if row["status"] == "NOT met" else row["status"]
        add("| %s | %s | %s |" % (row["text"], row["measured"], status))
    add("")
    for result in document["results"]:
        size = result["findings"]
        add("## %s findings" % number(size))
        add("")
        add("`scan.nessus`: %.1f MB. " % (result["inputs"]["bytes"]["scan.nessus"] / MB)
            + "Median of %d run%s." % (result["reps"], "" if result["reps"] == 1 else "s"))
        add("")
        add("| tool | wall s | peak RSS MB | findings/s | findings read | other load (cores, max) |")
        add("|---|---:|---:|---:|---:|---:|")
        labels = {"portreport": "portreport build (release)", "xmllint": "xmllint --stream (floor)",
                  "peer": "faraday-plugins (peer)"}
        for name in ("portreport", "xmllint", "peer"):
            summary = result["median"].get(name)
            if not summary:
                continue
            label = labels[name] + ("" if summary["ok"] else " — failed")
            rate = ("≤ " if summary["lower_bound"] else "") + number(summary["findings_per_s"])
            if not summary["ok"]:
                rate = "—"
            rss = "%.1f" % summary["max_rss_mb"] if summary["max_rss_mb"] is not None else "?"
            if summary["lower_bound"]:
                rss = "≥ " + rss
            read = "—" if summary.get("findings_read") is None else number(summary["findings_read"])
            add("| %s | %s | %s | %s | %s | %.2f |" % (
                label, cell_wall(summary), rss, rate, read, summary["background_cores"]))
        add("")
        pr, xml, peer = (result["median"].get(name) for name in ("portreport", "xmllint", "peer"))
        notes = []
        r = ratio(pr, xml)
        if r:
            notes.append("portreport / xmllint = %s%.2f×" % ("" if r[1] == "exact" else r[1] + " ", r[0]))
        r = ratio(peer, pr)
        if r:
            notes.append("peer / portreport = %s%.1f×" % ("" if r[1] == "exact" else r[1] + " ", r[0]))
        site = result["site"]
        if site.get("largest_page_bytes"):
            notes.append("largest page %s%.2f MB (`%s`); site %s files, %.1f MB%s" % (
                "at least " if site.get("partial") else "", site["largest_page_bytes"] / MB, site["largest_page"],
                number(site["site_files"]), site["site_bytes"] / MB,
                " written before the cap" if site.get("partial") else ""))
        if notes:
            add("Ratios: " + "; ".join(notes) + ".")
            add("")
        for name in ("portreport", "xmllint", "peer"):
            summary = result["median"].get(name)
            if summary and summary.get("errors"):
                add("%s failed: %s." % (labels[name], "; ".join(summary["errors"])))
                add("")
    stage_results = [result for result in document["results"]
                     if result["median"].get("portreport") and result["median"]["portreport"].get("stages_ms")]
    if stage_results:
        add("## portreport stage times")
        add("")
        add("From `--timings`, median ms per stage (share of the stages' total).")
        add("")
        add("| stage | " + " | ".join(size_name(result["findings"]) for result in stage_results) + " |")
        add("|---|" + "---:|" * len(stage_results))
        stages = []
        for result in stage_results:
            for stage in result["median"]["portreport"]["stages_ms"]:
                if stage not in stages:
                    stages.append(stage)
        for stage in stages:
            cells = []
            for result in stage_results:
                times = result["median"]["portreport"]["stages_ms"]
                total = sum(times.values()) or 1
                cells.append("%s (%d%%)" % (number(times.get(stage, 0)), round(100 * times.get(stage, 0) / total)))
            add("| %s | %s |" % (stage, " | ".join(cells)))
        add("")
    add("## How it is measured")
    add("")
    add("- Inputs: `python3 Benchmarks/generate.py N .build/bench/N` (deterministic; reused while the "
        "generator's sha256 and N are unchanged). Every tool reads the same `scan.nessus`, first read once "
        "so that it is in the page cache for all.")
    add("- Each command runs under `/usr/bin/time -v`: wall time is measured around it, peak RSS is "
        "`Maximum resident set size`. findings/s = findings / wall. Repetitions alternate between the tools; "
        "before each, the disk is settled (`sync`, one second), so that no run pays for another's writes. "
        "portreport's wall time includes writing its whole site to disk, each repetition into a new folder; "
        "sites are deleted only after the last run (on this ext4 file system without a journal, creating "
        "files within minutes of deleting thousands costs seconds of system time: the allocator skips each "
        "recently freed inode).")
    add("- *other load*: CPU time the whole machine spent on other work during a run (from `/proc/stat`, "
        "less the tool's own user+sys), in cores, the highest over the repetitions; above ~0.25 the timing "
        "is noisy.")
    last = document["results"][-1]
    add("- Commands, as run for %s findings:" % number(last["findings"]))
    for name, command in last["commands"].items():
        add("  - %s: `%s`" % (name, command))
    if document["run"].get("peer"):
        add("- The peer is `%s` in `.build/bench/venv`, run as `%s FILE`; `-drh` stops it resolving "
            "host names. Its JSON (stdout) goes to a scratch file, deleted after counting the findings in it: "
            "it exits 0 even when it could not read the file, so a run whose JSON lacks findings counts as "
            "failed. It is stopped after %g s and then shown as `> cap`, its ratio a lower bound. portreport "
            "must report every finding kept (`N read, N kept`)." % (
                document["run"]["peer"]["requirement"], "faraday-plugins process-report "
                + " ".join(document["run"]["peer"]["argv"][2:]), document["run"]["peer_cap_s"]))
    add("- portreport and xmllint are stopped after %g s (shown as `> cap`; pages portreport wrote before "
        "then still bound the largest page). Every tool may use %g GB of address space (`RLIMIT_AS`), so that "
        "one growing without bound fails alone rather than starving the machine." % (
            document["run"]["cap_s"], document["run"].get("mem_cap_gb", 0)))
    add("- MB = 10^6 bytes (the stricter reading of the targets).")
    add("")
    return "\n".join(lines)


def main():
    # SIGTERM unwinds like Ctrl-C, so that a running measurement is stopped too.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    options = arguments()
    if options.report_only:
        document = json.loads(Path(options.json).read_text())
        document["targets"] = targets(document["results"])
        Path(options.markdown).write_text(markdown(document))
        say("rewrote %s from %s" % (options.markdown, options.json))
        return
    BENCH.mkdir(parents=True, exist_ok=True)
    say("sizes %s; repetitions %s; peer cap %g s" % (
        ", ".join(number(size) for size in options.sizes),
        options.reps or "3 (1 from 1M)", options.peer_cap))
    ensure_system_tools()
    peer = None if options.no_peer else ensure_peer(options.peer_package)
    binary = build_release(options.skip_build)
    started = datetime.datetime.now(datetime.timezone.utc)
    results = []
    try:
        for size in options.sizes:
            results.append(bench_size(size, options, binary, peer))
    finally:
        # Never let the clean-up hide why a run stopped.
        try:
            for size in options.sizes:
                if (BENCH / str(size)).is_dir():
                    set_aside(BENCH / str(size))
            say("deleting the sites written (after the last timed run, see set_aside)")
        finally:
            empty_trash()
    document = {
        "run": {
            "date": started.strftime("%Y-%m-%d %H:%M UTC"),
            "seconds": round((datetime.datetime.now(datetime.timezone.utc) - started).total_seconds()),
            "command": reproduce_command(options),
            "git": git_state(),
            "machine": machine(),
            "versions": versions(peer),
            "peer": peer,
            "peer_cap_s": options.peer_cap,
            "cap_s": options.cap,
            "mem_cap_gb": options.mem_cap,
            "binary": str(binary.relative_to(ROOT)) if binary.is_relative_to(ROOT) else str(binary),
        },
        "results": results,
    }
    document["targets"] = targets(results)
    json_path = Path(options.json)
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(document, indent=2, default=str) + "\n")
    Path(options.markdown).write_text(markdown(document))
    say("wrote %s and %s" % (options.markdown, options.json))
    for row in document["targets"]:
        say("%-50s %-40s %s" % (row["text"], row["measured"], row["status"]))
    if any(result["failed"] for result in results):
        say("some runs FAILED (see above)")
        sys.exit(1)


if __name__ == "__main__":
    main()

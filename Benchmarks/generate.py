#!/usr/bin/env python3
"""Deterministic synthetic scans for `make bench`.

Writes, for a given number of findings:
  scan.nessus      Nessus v2: hosts with several tags, 400 distinct plugins with long
                   descriptions reused across hosts, plugin output per item, port 0 and udp
                   items, text that needs escaping and some non-ASCII.
  scan.nmap.xml    Nmap XML of the same hosts and ports.
  portreport.yml   a few hundred CIDR rules over 60 teams and one load balancer.

Usage: generate.py FINDINGS OUTDIR    FINDINGS a whole number >= 1 (10000, 100_000, 10k, 1M)
       generate.py --check            self-test: determinism, well-formed XML, exact counts
Nothing random: the same arguments give the same bytes.
"""
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from xml.sax.saxutils import escape, quoteattr

USAGE = """usage: generate.py FINDINGS OUTDIR
       generate.py --check
  FINDINGS  how many Nessus findings (ReportItems) to write: a whole number >= 1,
            optionally with _ separators or a k/M suffix (10000, 100_000, 10k, 1M)
  OUTDIR    folder to write scan.nessus, scan.nmap.xml and portreport.yml into
            (created if missing; those three files are overwritten)
  --check   generate small sets twice and check they are identical, well-formed and
            hold exactly the findings, hosts and teams asked for"""

PLUGINS = 400
FINDINGS_PER_HOST = 20


def plugin(pid):
    """The fixed text of plugin number pid (0..399)."""
    severity = [0, 0, 0, 1, 2, 2, 3, 4][pid % 8]
    family = ["General", "Service detection", "Web Servers", "Windows", "Misc.", "Databases"][pid % 6]
    words = ("The remote service is affected by a weakness that allows an attacker to obtain "
             "information or execute code under some conditions; see the vendor's advisory. ")
    description = (words * (4 + pid % 5)).strip() + " Ünïcode — “quotes” & <tags>."
    return {
        "id": str(10000 + pid * 7),
        "name": "Synthetic check %d & <variant %s>" % (pid, "é" if pid % 3 == 0 else "a"),
        "family": family,
        "severity": severity,
        "risk": ["None", "Low", "Medium", "High", "Critical"][severity],
        "synopsis": "The remote host is affected by synthetic issue %d." % pid,
        "description": description,
        "solution": "Upgrade to version %d.%d or later, or apply the vendor's fix." % (pid % 9 + 1, pid % 7),
        "see_also": "https://example.com/advisories/%d\nhttps://example.org/kb/%d" % (pid, pid * 3),
        "cvss3": "%.1f" % [0.0, 3.1, 5.3, 7.5, 9.8][severity],
        "cve": ["CVE-20%02d-%04d" % (10 + pid % 15, 1000 + pid)] if severity > 0 else [],
    }


def host_address(index):
    """Hosts spread over 10.1-240.x.y so that every team's rules match some of them."""
    return "10.%d.%d.%d" % (index % 240 + 1, index // 240 % 250, index // 60000 % 250 + 1)


PORTS = [(0, "general", "tcp"), (22, "ssh", "tcp"), (80, "www", "tcp"), (443, "www", "tcp"),
         (445, "cifs", "tcp"), (3389, "msrdp", "tcp"), (8443, "www", "tcp"), (161, "snmp", "udp"),
         (123, "ntp", "udp"), (5432, "postgresql", "tcp")]


def items_of(index):
    """The (plugin number, port tuple) pairs of host `index`."""
    for k in range(FINDINGS_PER_HOST):
        pid = (index * 13 + k * 29) % PLUGINS
        yield pid, PORTS[(index + k) % len(PORTS)]


def write_nessus(path, hosts, findings):
    plugins = [plugin(p) for p in range(PLUGINS)]
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>Bench</policyName></Policy>\n')
        out.write('<Report name="Synthetic benchmark" xmlns:cm="http://www.nessus.org/cm">\n')
        for index in range(hosts):
            address = host_address(index)
            out.write('<ReportHost name=%s><HostProperties>\n' % quoteattr(address))
            out.write('<tag name="HOST_END">Tue Nov 24 03:%02d:00 2026</tag>\n' % (index % 60))
            out.write('<tag name="operating-system">Linux Kernel 5.15 on Ubuntu 22.04</tag>\n')
            out.write('<tag name="host-ip">%s</tag>\n' % address)
            out.write('<tag name="host-fqdn">host-%d.bench.example.com</tag>\n' % index)
            out.write('<tag name="mac-address">00:50:56:%02x:%02x:%02x</tag>\n' % (index >> 16 & 255, index >> 8 & 255, index & 255))
            out.write('<tag name="HOST_START">Tue Nov 24 02:%02d:00 2026</tag>\n' % (index % 60))
            out.write('</HostProperties>\n')
            for pid, (port, service, transport) in items_of(index):
                if written >= findings:
                    break
                p = plugins[pid]
                out.write('<ReportItem port="%d" svc_name="%s" protocol="%s" severity="%d" pluginID="%s" pluginName=%s pluginFamily=%s>\n'
                          % (port, service, transport, p["severity"], p["id"], quoteattr(p["name"]), quoteattr(p["family"])))
                out.write('<description>%s</description>\n' % escape(p["description"]))
                out.write('<plugin_name>%s</plugin_name>\n' % escape(p["name"]))
                out.write('<risk_factor>%s</risk_factor>\n' % p["risk"])
                out.write('<see_also>%s</see_also>\n' % escape(p["see_also"]))
                out.write('<solution>%s</solution>\n' % escape(p["solution"]))
                out.write('<synopsis>%s</synopsis>\n' % escape(p["synopsis"]))
                out.write('<cvss3_base_score>%s</cvss3_base_score>\n' % p["cvss3"])
                out.write('<cvss3_vector>CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N</cvss3_vector>\n')
                for cve in p["cve"]:
                    out.write('<cve>%s</cve>\n' % cve)
                out.write('<plugin_output>\nServer banner on %s:%d : Synthetic/%d.%d (build &lt;%d&gt;) — ok\n</plugin_output>\n'
                          % (address, port, pid % 10, index % 10, index))
                out.write('</ReportItem>\n')
                written += 1
            out.write('</ReportHost>\n')
        out.write('</Report>\n</NessusClientData_v2>\n')
    return written


def write_nmap(path, hosts):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<nmaprun scanner="nmap" args="nmap -sV" start="1795486211" version="7.94">\n')
        for index in range(hosts):
            address = host_address(index)
            out.write('<host starttime="1795486211" endtime="1795486311"><status state="up" reason="syn-ack"/>\n')
            out.write('<address addr="%s" addrtype="ipv4"/>\n<hostnames><hostname name="host-%d.bench.example.com" type="PTR"/></hostnames>\n<ports>\n' % (address, index))
            for port, service, transport in PORTS[1:]:
                out.write('<port protocol="%s" portid="%d"><state state="open" reason="syn-ack" reason_ttl="64"/>'
                          '<service name="%s" product="Synthetic" version="%d.%d" method="probed" conf="10"/></port>\n'
                          % (transport, port, service.replace("www", "http"), index % 10, port % 10))
            out.write('</ports></host>\n')
        out.write('<runstats><finished time="1795486999"/><hosts up="%d" down="0" total="%d"/></runstats>\n</nmaprun>\n' % (hosts, hosts))


def write_config(path, hosts):
    teams = 60
    with open(path, "w", encoding="utf-8") as out:
        out.write("title: Synthetic benchmark\n")
        out.write("inputs: [scan.nessus, scan.nmap.xml]\n")
        out.write("teams:\n")
        for team in range(teams):
            out.write("  - id: team-%d\n    name: Team %d\n    contacts: [team-%d@example.com]\n    owns:\n" % (team, team, team))
            # A /16 and five /24s per team (360 CIDR rules in all); a quarter of the space is
            # left to no team, so Unassigned has content.
            out.write("      - cidr: 10.%d.0.0/16\n" % (team * 4 + 1))
            for k in range(5):
                out.write("      - cidr: 10.%d.%d.0/24\n" % (team * 4 + 2, k))
        out.write("load_balancers:\n  - name: bench-lb\n    owner: team-0\n    virtual_servers:\n")
        out.write("      - vip: %s:443/tcp\n        pool: [%s:8443, %s:8443]\n" % (host_address(0), host_address(1), host_address(2)))


def usage_error(message):
    """Exits 64 (EX_USAGE, as portreport does) with the message and the usage."""
    sys.stderr.write("generate.py: %s\n%s\n" % (message, USAGE))
    sys.exit(64)


def parse_findings(text):
    """'10000', '100_000', '10k', '1M' -> int; None when it is not a whole number >= 1."""
    match = re.fullmatch(r"([0-9][0-9_]*)([kKmM]?)", text.strip())
    if not match or match.group(1).endswith("_") or "__" in match.group(1):
        return None
    value = int(match.group(1).replace("_", "")) * {"": 1, "k": 1000, "m": 1000000}[match.group(2).lower()]
    return value if value >= 1 else None


def generate(findings, folder):
    """Writes the three files into folder; returns (hosts, findings written)."""
    os.makedirs(folder, exist_ok=True)
    hosts = (findings + FINDINGS_PER_HOST - 1) // FINDINGS_PER_HOST
    written = write_nessus(os.path.join(folder, "scan.nessus"), hosts, findings)
    write_nmap(os.path.join(folder, "scan.nmap.xml"), hosts)
    write_config(os.path.join(folder, "portreport.yml"), hosts)
    return hosts, written


def check():
    """Self-test; prints one line per case and a closing 'N passed, N failed' line."""
    passed = failed = 0
    for findings in (1, 19, 20, 1001):
        problems = []
        with tempfile.TemporaryDirectory(prefix="generate-check-") as scratch:
            first, second = os.path.join(scratch, "a"), os.path.join(scratch, "b")
            hosts, written = generate(findings, first)
            generate(findings, second)
            for name in ("scan.nessus", "scan.nmap.xml", "portreport.yml"):
                with open(os.path.join(first, name), "rb") as a, open(os.path.join(second, name), "rb") as b:
                    if a.read() != b.read():
                        problems.append("%s differs between two runs" % name)
            try:
                root = ElementTree.parse(os.path.join(first, "scan.nessus")).getroot()
                items = len(root.findall("./Report/ReportHost/ReportItem"))
                report_hosts = len(root.findall("./Report/ReportHost"))
                if items != findings or written != findings:
                    problems.append("scan.nessus holds %d findings, wanted %d" % (items, findings))
                if report_hosts != hosts:
                    problems.append("scan.nessus holds %d hosts, wanted %d" % (report_hosts, hosts))
            except ElementTree.ParseError as error:
                problems.append("scan.nessus is not well-formed: %s" % error)
            try:
                nmap_hosts = len(ElementTree.parse(os.path.join(first, "scan.nmap.xml")).getroot().findall("./host"))
                if nmap_hosts != hosts:
                    problems.append("scan.nmap.xml holds %d hosts, wanted %d" % (nmap_hosts, hosts))
            except ElementTree.ParseError as error:
                problems.append("scan.nmap.xml is not well-formed: %s" % error)
            with open(os.path.join(first, "portreport.yml"), encoding="utf-8") as config:
                teams = sum(1 for line in config if line.startswith("  - id: team-"))
            if teams != 60:
                problems.append("portreport.yml names %d teams, wanted 60" % teams)
        if problems:
            failed += 1
            print("FAIL %d findings: %s" % (findings, "; ".join(problems)))
        else:
            passed += 1
            print("ok   %d findings: %d hosts, identical on a second run, well-formed" % (findings, hosts))
    for bad in ("0", "-5", "ten", "1.5", "1e6", "10__0", ""):
        if parse_findings(bad) is not None:
            failed += 1
            print("FAIL FINDINGS %r was accepted" % bad)
        else:
            passed += 1
    for good, value in (("10000", 10000), ("100_000", 100000), ("10k", 10000), ("1M", 1000000)):
        if parse_findings(good) != value:
            failed += 1
            print("FAIL FINDINGS %r read as %r, wanted %d" % (good, parse_findings(good), value))
        else:
            passed += 1
    print("generate.py --check: %d passed, %d failed" % (passed, failed))
    return failed == 0


def main():
    arguments = sys.argv[1:]
    if arguments in (["-h"], ["--help"]):
        print(USAGE)
        return
    if arguments == ["--check"]:
        sys.exit(0 if check() else 1)
    if len(arguments) != 2:
        usage_error("expected FINDINGS and OUTDIR, got %d argument(s)" % len(arguments))
    findings = parse_findings(arguments[0])
    if findings is None:
        usage_error("FINDINGS must be a whole number >= 1, not %r" % arguments[0])
    folder = arguments[1]
    if not folder:
        usage_error("OUTDIR must not be empty")
    if os.path.exists(folder) and not os.path.isdir(folder):
        usage_error("OUTDIR %r exists and is not a folder" % folder)
    try:
        hosts, written = generate(findings, folder)
    except OSError as error:
        sys.stderr.write("generate.py: cannot write into %s: %s\n" % (folder, error))
        sys.exit(1)
    print("%s: %d hosts, %d findings" % (folder, hosts, written))


if __name__ == "__main__":
    main()

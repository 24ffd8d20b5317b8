#!/usr/bin/env python3
"""Derives an Nmap XML and an OpenVAS (GMP) XML export of Example Corp from the Nessus scans.

The Nmap scan covers the external hosts: every TCP port the Nessus scan found open, with Nmap's
service name, product and version (parsed from the Nessus banners where they name one), plus a
jump-host IPv6 address and an open|filtered UDP port. The OpenVAS report covers a few internal
hosts with results in the forms GMP writes. Deterministic: run it after make_sample_scans.py.

Usage: python3 Sample/tools/make_sample_nmap_openvas.py
"""
import os
import re
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SCANS = os.path.join(HERE, "..", "scans")

# Nessus svc_name -> Nmap service name.
NMAP_NAMES = {"www": "http", "cifs": "microsoft-ds", "msrdp": "ms-wbt-server", "dns": "domain",
              "epmap": "msrpc", "smb": "netbios-ssn", "ike": "isakmp", "general": None}
# Banner patterns that name a product and version.
PRODUCTS = [
    (re.compile(r"SSH-2\.0-OpenSSH_([\w.]+)"), "OpenSSH"),
    (re.compile(r"SSH-2\.0-FortiSSH_([\w.]+)"), "FortiSSH"),
    (re.compile(r"nginx/([\d.]+)"), "nginx"),
    (re.compile(r"Apache/([\d.]+)"), "Apache httpd"),
    (re.compile(r"Microsoft-IIS/([\d.]+)"), "Microsoft IIS httpd"),
    (re.compile(r"Postfix"), "Postfix smtpd"),
]


def nessus_hosts(path):
    tree = ET.parse(path)
    for host in tree.iter("ReportHost"):
        tags = {t.get("name"): (t.text or "") for t in host.iter("tag")}
        ports = {}
        for item in host.iter("ReportItem"):
            port = int(item.get("port"))
            proto = item.get("protocol").lower()
            if port == 0 or proto not in ("tcp", "udp"):
                continue
            entry = ports.setdefault((port, proto), {"svc": item.get("svc_name"), "banner": ""})
            output = item.findtext("plugin_output") or ""
            if item.get("pluginID") in ("10107", "10267", "10263") and not entry["banner"]:
                entry["banner"] = output
        yield host.get("name"), tags, ports


def product_of(banner):
    for pattern, product in PRODUCTS:
        match = pattern.search(banner)
        if match:
            version = match.group(1) if match.groups() else ""
            return product, version
    return None, None


def write_nmap(path):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!DOCTYPE nmaprun>',
             '<nmaprun scanner="nmap" args="nmap -sS -sV -O -oX example-corp-external.nmap.xml 203.0.113.0/24 198.51.100.0/24 192.0.2.0/24" '
             'start="1795489200" startstr="Tue Nov 24 04:20:00 2026" version="7.94" xmloutputversion="1.05">']
    for name, tags, ports in nessus_hosts(os.path.join(SCANS, "example-corp-external.nessus")):
        address = tags.get("host-ip", name)
        if address == "198.51.100.1":
            # The firewall answers on everything; Nmap sees tcpwrapped on most of it.
            pass
        lines.append('<host starttime="1795489260" endtime="1795489320"><status state="up" reason="echo-reply" reason_ttl="54"/>')
        lines.append('<address addr=%s addrtype="ipv4"/>' % quoteattr(address))
        if address == "203.0.113.30":
            lines.append('<address addr="2001:db8:30::30" addrtype="ipv6"/>')
        fqdn = tags.get("host-fqdn")
        lines.append("<hostnames>%s</hostnames>" % ('<hostname name=%s type="PTR"/>' % quoteattr(fqdn) if fqdn else ""))
        lines.append("<ports>")
        for (port, proto), entry in sorted(ports.items()):
            if proto != "tcp":
                continue
            svc = (entry["svc"] or "unknown").rstrip("?")
            nmap_name = NMAP_NAMES.get(svc, svc)
            product, version = product_of(entry["banner"])
            if address == "198.51.100.1" and port not in (22, 443):
                lines.append('<port protocol="tcp" portid="%d"><state state="open" reason="syn-ack" reason_ttl="61"/>'
                             '<service name="tcpwrapped" method="probed" conf="8"/></port>' % port)
                continue
            attributes = 'name=%s' % quoteattr(nmap_name or "unknown")
            if product:
                attributes += ' product=%s' % quoteattr(product)
            if version:
                attributes += ' version=%s' % quoteattr(version)
            if port in (443, 8443, 636, 993, 995):
                attributes += ' tunnel="ssl"'
            attributes += ' method="%s" conf="10"' % ("probed" if product else "table")
            lines.append('<port protocol="tcp" portid="%d"><state state="open" reason="syn-ack" reason_ttl="54"/>'
                         '<service %s/></port>' % (port, attributes))
        if address == "198.51.100.53":
            lines.append('<port protocol="udp" portid="53"><state state="open" reason="udp-response" reason_ttl="54"/>'
                         '<service name="domain" product="ISC BIND" version="9.16.1" method="probed" conf="10"/></port>')
        if address == "198.51.100.2":
            lines.append('<port protocol="udp" portid="4500"><state state="open|filtered" reason="no-response" reason_ttl="0"/>'
                         '<service name="nat-t-ike" method="table" conf="3"/></port>')
        lines.append("</ports>")
        lines.append("</host>")
    lines.append('<runstats><finished time="1795489900" timestr="Tue Nov 24 04:31:40 2026" elapsed="700" exit="success"/>'
                 '<hosts up="11" down="0" total="11"/></runstats>')
    lines.append("</nmaprun>")
    with open(os.path.join(SCANS, "example-corp-external.nmap.xml"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


RESULTS = [
    # host, hostname, port text, nvt oid, name, severity, threat, cvss vector, cves, description
    ("10.50.0.13", "redis-01.corp.example.com", "6379/tcp", "1.3.6.1.4.1.25623.1.0.108728",
     "Redis Server No Password", "9.8", "High", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", [],
     "The Redis server accepts commands without authentication.\nINFO returned: redis_version:6.0.16"),
    ("10.50.0.14", "search-01.corp.example.com", "9200/tcp", "1.3.6.1.4.1.25623.1.0.105031",
     "Elasticsearch Unauthenticated Access", "7.5", "High", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", [],
     "The cluster answered GET /_cat/indices without credentials."),
    ("10.40.0.10", "dc01.corp.example.com", "445/tcp (IANA: microsoft-ds)", "1.3.6.1.4.1.25623.1.0.810676",
     "Microsoft Windows SMB Server Multiple Vulnerabilities-Remote (4013389)", "8.1", "High",
     "AV:N/AC:M/Au:N/C:C/I:C/A:C", ["CVE-2017-0143", "CVE-2017-0144"], "The host is missing the MS17-010 update."),
    ("10.40.0.10", "dc01.corp.example.com", "general/tcp", "1.3.6.1.4.1.25623.1.0.80091",
     "TCP Timestamps Information Disclosure", "2.6", "Low", "AV:N/AC:H/Au:N/C:P/I:N/A:N", [],
     "It was detected that the host implements RFC1323/RFC7323."),
    ("10.40.0.11", "dc02.corp.example.com", "  389/tcp  ", "1.3.6.1.4.1.25623.1.0.105235",
     "LDAP Null Bind Allowed", "5.0", "Medium", "AV:N/AC:L/Au:N/C:P/I:N/A:N", [],
     "The LDAP server accepts an anonymous (null) bind."),
    ("10.30.0.20", "cms.corp.example.com", "http (80/tcp)", "1.3.6.1.4.1.25623.1.0.11213",
     "HTTP Debugging Methods (TRACE/TRACK) Enabled", "5.8", "Medium", "AV:N/AC:M/Au:N/C:P/I:P/A:N", ["CVE-2003-1567"],
     "The web server answers TRACE requests."),
    ("10.30.0.20", "cms.corp.example.com", "general/CPE-T", "1.3.6.1.4.1.25623.1.0.810002",
     "CPE Inventory", "0.0", "Log", "", [], "10.30.0.20|cpe:/a:apache:http_server:2.4.41"),
]


def write_openvas(path):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<report id="7f0c4a52-0000-4000-8000-000000000001" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">',
             "<name>Example Corp internal OpenVAS scan</name>",
             "<creation_time>2026-11-24T05:00:00Z</creation_time>",
             '<report id="7f0c4a52-0000-4000-8000-000000000001"><gmp><version>22.4</version></gmp>',
             "<scan_run_status>Done</scan_run_status><timestamp>2026-11-24T05:00:00Z</timestamp>",
             '<results start="1" max="-1">']
    for number, (host, hostname, port, oid, name, severity, threat, vector, cves, description) in enumerate(RESULTS):
        tags = "cvss_base_vector=%s|summary=%s|insight=Found by the sample scan.|solution=Restrict access and apply the vendor's fix.|solution_type=Mitigation" % (vector, name)
        refs = "".join('<ref type="cve" id="%s"/>' % cve for cve in cves)
        parts.append(
            '<result id="00000000-0000-4000-8000-%012d"><name>%s</name><creation_time>2026-11-24T05:0%d:00Z</creation_time>'
            "<host>%s<asset asset_id=\"\"/><hostname>%s</hostname></host><port>%s</port>"
            '<nvt oid="%s"><type>nvt</type><name>%s</name><family>General</family><cvss_base>%s</cvss_base>'
            "<tags>%s</tags><solution type=\"Mitigation\">Restrict access and apply the vendor's fix.</solution>"
            "<refs>%s</refs></nvt><scan_nvt_version/><threat>%s</threat><severity>%s</severity>"
            "<qod><value>%d</value><type>remote_banner</type></qod><description>%s</description></result>"
            % (number, escape(name), number % 10, host, hostname, escape(port), oid, escape(name), severity,
               escape(tags), refs, threat, severity, 80 if threat != "Log" else 30, escape(description)))
    parts.append("</results></report></report>")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(parts) + "\n")


def main():
    write_nmap(os.path.join(SCANS, "example-corp-external.nmap.xml"))
    write_openvas(os.path.join(SCANS, "example-corp-internal.openvas.xml"))
    print("wrote example-corp-external.nmap.xml and example-corp-internal.openvas.xml")


if __name__ == "__main__":
    main()

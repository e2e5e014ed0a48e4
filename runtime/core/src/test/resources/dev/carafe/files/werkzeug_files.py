"""Werkzeug 3.1's answers for Carafe's differential tests: one JSON request on stdin, JSON out.

{"command": "send", "path": ..., "options": {...}, "cases": [{"method": ..., "headers": [{"name": n, "value": v}]}]}
    -> for each case the status and headers of Werkzeug's send_file(..., conditional=True),
       a RequestedRangeNotSatisfiable answered with its own response.
{"command": "parse", "dates": [...], "ranges": [...], "etags": [[header, tag], ...]}
    -> parse_date as epoch seconds, parse_range_header + range_for_length(11), and
       (present, contains, contains_weak, is_strong) of parse_etags(header) for the tag.
"""
import json
import sys

from werkzeug.exceptions import HTTPException
from werkzeug.http import parse_date, parse_etags, parse_range_header
from werkzeug.test import Client
from werkzeug.utils import send_file


def send(request):
    options = request.get("options", {})
    def app(environ, start_response):
        try:
            rv = send_file(request["path"], environ, **options)
        except HTTPException as e:
            rv = e.get_response(environ)
        return rv(environ, start_response)

    client = Client(app)
    out = []
    for case in request["cases"]:
        headers = [(h["name"], h["value"]) for h in case["headers"]]
        r = client.open("/", method=case["method"], headers=headers)
        out.append({"status": r.status_code,
                    "headers": [{"name": k, "value": v} for k, v in r.headers.items()],
                    "length": len(r.get_data())})
        r.close()
    return out


def parse(request):
    dates = []
    for value in request["dates"]:
        try:
            d = parse_date(value)
            dates.append(None if d is None else int(d.timestamp()))
        except Exception as e:  # Werkzeug would answer 500
            dates.append("error " + type(e).__name__)
    ranges = []
    for value in request["ranges"]:
        r = parse_range_header(value)
        if r is None:
            ranges.append(None)
        else:
            span = r.range_for_length(11)
            ranges.append([r.units, [[a, b] for a, b in r.ranges],
                           None if span is None else list(span)])
    etags = []
    for header, tag in request["etags"]:
        e = parse_etags(header)
        etags.append([bool(e), e.contains(tag), e.contains_weak(tag), e.is_strong(tag)])
    return {"dates": dates, "ranges": ranges, "etags": etags}


def main():
    request = json.loads(sys.stdin.read())
    if request["command"] == "version":
        from importlib.metadata import version
        result = version("werkzeug")
    elif request["command"] == "send":
        result = send(request)
    else:
        result = parse(request)
    sys.stdout.write(json.dumps(result))


main()

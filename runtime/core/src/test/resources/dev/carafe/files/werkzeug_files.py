"""Werkzeug 3.1's answers for Carafe's differential tests: one JSON request on stdin, JSON out.

{"command": "send", "path": ..., "options": {...}, "cases": [{"method": ..., "headers": [{"name": n, "value": v}]}]}
    -> for each case the status and headers of Werkzeug's send_file(..., conditional=True),
       a RequestedRangeNotSatisfiable answered with its own response.
"""
import json
import sys

from werkzeug.exceptions import HTTPException
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


def main():
    request = json.loads(sys.stdin.read())
    if request["command"] == "version":
        from importlib.metadata import version
        result = version("werkzeug")
    else:
        result = send(request)
    sys.stdout.write(json.dumps(result))


main()

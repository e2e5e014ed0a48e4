"""Werkzeug's ProxyFix on a list of requests: JSON in, what the application saw as JSON out.

In:  [{"kwargs": {"x_for": 1, ...}, "environ": {"REMOTE_ADDR": ..., "HTTP_HOST": ...}}, ...]
     An environ without HTTP_HOST has no Host header (SERVER_NAME and SERVER_PORT then count).
Out: [{"remote_addr", "scheme", "host_header", "script_root", "external"}, ...], "external"
     being url_for("index", _external=True) for a rule "/": the map's build, as Flask's url_for.
"""
import json
import sys

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import Map
from werkzeug.routing import Rule
from werkzeug.test import create_environ
from werkzeug.wrappers import Request


URLS = Map([Rule("/", endpoint="index")])


def seen(case):
    result = {}

    def app(environ, start_response):
        request = Request(environ)
        result.update(
            remote_addr=request.remote_addr,
            scheme=request.scheme,
            host_header=environ.get("HTTP_HOST"),
            script_root=request.script_root,
            external=URLS.bind_to_environ(environ).build("index", force_external=True),
        )
        start_response("204 No Content", [])
        return []

    environ = create_environ("/")
    environ.update(case["environ"])
    if "HTTP_HOST" not in case["environ"]:
        del environ["HTTP_HOST"]
    ProxyFix(app, **case["kwargs"])(environ, lambda status, headers: None)
    return result


if __name__ == "__main__":
    json.dump([seen(case) for case in json.load(sys.stdin)], sys.stdout)

"""Flask's side of Carafe's session cookie tests: a real Flask application signs and reads
session cookies in a request, with time.time() fixed.

    python3 flask_session.py version                            the Flask version
    python3 flask_session.py sign SECRET FALLBACKS NOW SESSION  the cookie Flask sets
    python3 flask_session.py load SECRET FALLBACKS NOW COOKIE   the session Flask reads, shown
    python3 flask_session.py dumps < VALUE                      VALUE as Flask's tagged JSON
    python3 flask_session.py show < VALUE                       VALUE shown as load shows it

SECRET and FALLBACKS are Python literals (b"key", ["old"]). SESSION and VALUE are Python
expressions that may use datetime, timezone, UUID and Markup. A session is shown as its repr
with dict keys sorted, so that types show: (1,) is a tuple, 1.0 a float, b'x' bytes.
"""

import ast
import sys
import time
from datetime import datetime
from datetime import timezone
from importlib.metadata import version
from uuid import UUID

from flask import Flask
from flask import session
from markupsafe import Markup


def application(secret, fallbacks):
    app = Flask(__name__)
    app.secret_key = ast.literal_eval(secret)
    app.config["SECRET_KEY_FALLBACKS"] = ast.literal_eval(fallbacks)
    return app


def value(expression):
    names = {"datetime": datetime, "timezone": timezone, "UUID": UUID, "Markup": Markup}
    return eval(expression, names)


def show(v):
    if isinstance(v, dict):
        items = sorted(v.items())
        return "{" + ", ".join(f"{k!r}: {show(x)}" for k, x in items) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(show(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    return repr(v)


def freeze(now):
    # itsdangerous signs with int(time.time()) and checks max_age against it.
    time.time = lambda: float(now)


def sign(secret, fallbacks, now, expression):
    app = application(secret, fallbacks)

    @app.get("/")
    def fill():
        session.update(value(expression))
        return ""

    freeze(now)
    header = app.test_client().get("/").headers["Set-Cookie"]
    return header.split(";")[0].split("=", 1)[1]


def load(secret, fallbacks, now, cookie):
    app = application(secret, fallbacks)

    @app.get("/")
    def shown():
        return show(dict(session))

    freeze(now)
    # Without its own cookie jar the test client sends the Cookie header as given.
    client = app.test_client(use_cookies=False)
    return client.get("/", headers={"Cookie": "session=" + cookie}).get_data(as_text=True)


def dumps(expression):
    app = application("'unused'", "[]")
    # In an application context, as in a request, Flask's JSON provider sorts keys and
    # escapes non-ASCII text.
    with app.app_context():
        return app.session_interface.serializer.dumps(value(expression))


def main(command, *args):
    if command == "version":
        return version("flask")
    if command == "sign":
        return sign(*args)
    if command == "load":
        return load(*args)
    if command == "dumps":
        return dumps(sys.stdin.read())
    if command == "show":
        return show(value(sys.stdin.read()))
    raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    print(main(*sys.argv[1:]))

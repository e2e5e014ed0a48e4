"""Werkzeug 3.1's password hashes for Carafe's differential tests: one JSON request on stdin,
JSON out.

{"command": "version"} -> Werkzeug's version
{"command": "generate", "cases": [{"password": p, "method": m?, "salt_length": n?}]}
    -> for each case generate_password_hash's hash (Werkzeug's defaults where m or n is absent),
       or {"error": "ValueError: ..."}
{"command": "check", "cases": [{"hash": h, "password": p}]}
    -> for each case check_password_hash's answer, or {"error": ...} when it raises
"""
import json
import sys

from werkzeug.security import check_password_hash
from werkzeug.security import generate_password_hash


def answer(function, **kwargs):
    try:
        return function(**kwargs)
    except Exception as e:
        return {"error": f"{type(e).__name__}: {e}"}


def main():
    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    command = request["command"]
    if command == "version":
        from importlib.metadata import version
        result = version("werkzeug")
    elif command == "generate":
        result = [answer(generate_password_hash, **case) for case in request["cases"]]
    elif command == "check":
        result = [answer(check_password_hash, pwhash=case["hash"], password=case["password"])
                  for case in request["cases"]]
    else:
        raise ValueError(command)
    sys.stdout.write(json.dumps(result))


main()

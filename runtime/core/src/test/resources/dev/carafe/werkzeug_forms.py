"""Parses request bodies with the real Werkzeug, for FormWerkzeugTest.

Reads a JSON list of cases, each {"type": Content-Type, "body": the body as a Latin-1 string},
and prints a JSON list of answers: {"form": {name: [values]}, "files": {field: ["filename|content
type|size|first 32 bytes as UTF-8", ...]}} or {"status": the HTTP error's code}.
Werkzeug's defaults are Carafe's: 500 kB of form memory, 1000 parts. A part without its own
Content-Type is application/octet-stream, as UploadedFile says.
"""
import importlib.metadata
import io
import json
import sys

from werkzeug.exceptions import HTTPException
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request


def parse(case):
    body = case["body"].encode("latin-1")
    environ = EnvironBuilder(method="POST", input_stream=io.BytesIO(body),
                             content_length=len(body), content_type=case["type"]).get_environ()
    request = Request(environ)
    try:
        # A part without a name is filed under None, which no view can ask for by name:
        # Carafe skips it, so it is left out here too.
        form = {k: request.form.getlist(k) for k in request.form.keys() if k is not None}
        files = {}
        for k, f in request.files.items(multi=True):
            if k is None:
                continue
            size = len(f.read())
            f.seek(0)
            start = f.read(32).decode("utf-8", "replace")
            files.setdefault(k, []).append(
                f"{f.filename}|{f.content_type or 'application/octet-stream'}|{size}|{start}")
        return {"form": form, "files": files}
    except HTTPException as e:
        return {"status": e.code}


if __name__ == "__main__":
    cases = json.load(sys.stdin)
    if cases == "version":
        print(json.dumps(importlib.metadata.version("werkzeug")))
    else:
        print(json.dumps([parse(case) for case in cases]))

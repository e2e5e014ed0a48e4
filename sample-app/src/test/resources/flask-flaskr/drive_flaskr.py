"""Drives Flask's own Flaskr, the package beside this script (Flask's examples/tutorial/flaskr,
unchanged, under Flask's license: see sample-app/FLASKR-LICENSE.txt), through Flask's test client,
for the tests of Carafe's Flaskr (FlaskCompatibilityTest). The application is Flaskr's as
create_app({"DATABASE": DATABASE}) makes it: its SECRET_KEY is Flaskr's default, "dev".

    python3 drive_flaskr.py register DATABASE USERNAME PASSWORD TITLE
        init-db, registers the user, logs in and writes a post with TITLE
    python3 drive_flaskr.py login DATABASE USERNAME PASSWORD
        logs in and prints the session cookie's value
    python3 drive_flaskr.py page DATABASE COOKIE PATH
        prints the page at PATH, asked for with the session cookie COOKIE
"""

import sys

from flaskr import create_app
from flaskr.db import init_db


def expect_redirect(response, location):
    if response.status_code != 302 or response.headers.get("Location") != location:
        sys.exit(f"expected a redirect to {location}, got {response.status}:"
                 f" {response.get_data(as_text=True)}")


def main(command, database, *args):
    app = create_app({"DATABASE": database})
    client = app.test_client()
    if command == "register":
        username, password, title = args
        with app.app_context():
            init_db()
        form = {"username": username, "password": password}
        expect_redirect(client.post("/auth/register", data=form), "/auth/login")
        expect_redirect(client.post("/auth/login", data=form), "/")
        expect_redirect(client.post("/create", data={"title": title, "body": ""}), "/")
    elif command == "login":
        username, password = args
        form = {"username": username, "password": password}
        expect_redirect(client.post("/auth/login", data=form), "/")
        print(client.get_cookie("session").value)
    elif command == "page":
        cookie, path = args
        client.set_cookie("session", cookie)
        response = client.get(path)
        if response.status_code != 200:
            sys.exit(f"GET {path}: {response.status}")
        sys.stdout.write(response.get_data(as_text=True))
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main(*sys.argv[1:])

"""Create the PostgreSQL database DATABASE_URL names, if it does not exist yet.

`python -m directory.create_database`, used by `make bench`. SQLite creates its file by itself.
"""

import os

import dj_database_url
import psycopg
from psycopg import sql


def main():
    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    if "postgresql" not in config["ENGINE"]:
        return
    with psycopg.connect(
        dbname="postgres",
        user=config["USER"],
        password=config["PASSWORD"],
        host=config["HOST"],
        port=config["PORT"] or 5432,
        autocommit=True,
    ) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            connection.execute(
                sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"]))
            )


if __name__ == "__main__":
    main()

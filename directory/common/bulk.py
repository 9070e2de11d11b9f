"""Writing many rows at once, for bulk loads that would spend most of their time in
bulk_create's preparation of every field of every model instance."""

from django.db import connection


def insert_rows(table, columns, rows):
    """INSERT `rows` (sequences of values ready for the database, in the order of `columns`)
    into `table` with one executemany.

    (With DEBUG on, Django writes out the SQL of each statement it logs, quoting every
    value, but logs an executemany as one line without its values: a third of the time of
    generate_demo on SQLite went to multi-row statements' logs.)
    """
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(table)} ({', '.join(quote(column) for column in columns)})"
        f" VALUES ({', '.join(['%s'] * len(columns))})"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def reserve_ids(model, count):
    """Ids for `count` new rows of `model`, so rows can point at each other before they are
    written: from the table's sequence on PostgreSQL; after the highest id ever given on
    SQLite, where the caller's transaction must be the only writer.
    """
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [table, model._meta.pk.column, count],
            )
            return [pk for (pk,) in cursor.fetchall()]
        quote = connection.ops.quote_name
        cursor.execute(
            f"SELECT MAX(COALESCE((SELECT MAX({quote(model._meta.pk.column)})"  # noqa: S608
            f" FROM {quote(table)}), 0), COALESCE((SELECT seq FROM sqlite_sequence"
            " WHERE name = %s), 0))",
            [table],
        )
        first = cursor.fetchone()[0] + 1
    return list(range(first, first + count))

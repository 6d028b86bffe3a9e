# SPDX-License-Identifier: EUPL-1.2
"""The floor of `kraftdesk pending` and `kraftdesk search`: SQLAlchemy and the same SQL.

    python benchmarks/floor_sql.py REGISTER.sqlite3 pending
    python benchmarks/floor_sql.py REGISTER.sqlite3 search "FTS5 MATCH EXPRESSION"

A plain Python process that imports SQLAlchemy, opens the register with create_engine and
runs the query the command needs, printing the rows: for `pending` the join of statement,
paragraph, meeting and body for the promised statements, by deadline; for `search` the
full-text query (bm25 with kraftdesk's column weights over every match, the best 20) and
the places of the hits. Nothing of kraftdesk is imported.
"""

import sys

from sqlalchemy import create_engine, text

PENDING = """
SELECT s.id, s.kind, s.deadline, p.series, p.number, p.title, m.starts_at, b.short_name
FROM statement s
JOIN paragraph p ON p.id = s.paragraph_id
JOIN meeting m ON m.id = p.meeting_id
JOIN body b ON b.id = p.body_id
WHERE s.state = 'promised'
ORDER BY s.deadline, s.id
"""

SEARCH = """
SELECT f.rowid, bm25(search_fts, {weights}) AS score FROM search_fts f
WHERE search_fts MATCH :match ORDER BY score, f.rowid DESC LIMIT 20
"""

PLACES = """
SELECT p.id, b.short_name, m.starts_at, p.series, p.number, p.title
FROM paragraph p JOIN meeting m ON m.id = p.meeting_id JOIN body b ON b.id = p.body_id
WHERE p.id IN ({ids})
"""


def main(argv: list[str]) -> None:
    register, what = argv[0], argv[1]
    engine = create_engine(f"sqlite:///{register}")
    with engine.connect() as connection:
        if what == "pending":
            rows = connection.execute(text(PENDING)).all()
        else:
            weights = argv[3] if len(argv) > 3 else "8.0, 6.0, 1.0, 3.0, 1.0, 1.0"
            ranked = connection.execute(text(SEARCH.format(weights=weights)),
                                        {"match": argv[2]}).all()
            ids = ", ".join(str(int(row[0])) for row in ranked) or "NULL"
            rows = connection.execute(text(PLACES.format(ids=ids))).all()
    for row in rows:
        print(*row)


if __name__ == "__main__":
    main(sys.argv[1:])

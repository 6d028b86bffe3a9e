# SPDX-License-Identifier: EUPL-1.2
"""The register: SQLAlchemy models, engine, migrations and read queries. No Qt."""

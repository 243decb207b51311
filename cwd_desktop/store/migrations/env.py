"""Alembic environment: always run on a connection handed in by ``store.migrate``."""

from alembic import context

from cwd_desktop.domain import Base
from cwd_desktop.store.migrate import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()

"""The violation store: one SQLite file per installation, one owner thread, WAL, migrations, hash chain.

- ``Store`` (store.py): the DB thread; proxies ``ViolationRepository`` (repository.py).
- ``ShowRecorder`` (recorder.py): records one show from pipeline events; scores and circuit breaker.
- ``schema.py`` migrations, ``database.py`` open/repair, ``chain.py`` tamper evidence, ``breaker.py``.
"""

from app.store.chain import ChainCheck, verify_chain
from app.store.repository import REVIEW_STATUS_CN, REVIEW_STATUSES, StoreWriteError, ViolationRepository
from app.store.store import Store

__all__ = [
    "ChainCheck",
    "REVIEW_STATUSES",
    "REVIEW_STATUS_CN",
    "Store",
    "StoreWriteError",
    "ViolationRepository",
    "verify_chain",
]

"""Python's cyclic collector and the UI thread: a full collection walks every object the process holds, on whichever
thread triggers it, under the GIL. With the app's own objects (modules, widgets: about 400,000) a full collection
held the UI thread 20 ms at unlock, and with 100,000 case rows scrolled in, 100-180 ms (make bench-scale, decisions
136 and 241). `settle` moves what lives now out of its reach.

Frozen objects are still freed by reference counting as ever; only a cycle among them waits for the lock. The lock's
own collection (hardening.release_freed_memory, whoever closes the vault) hands everything back first, so nothing of
a case is held past a lock; the controller settles again after it: what survives that collection is the app itself.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Out of the collector's reach: everything alive now. O(1)."""
    gc.freeze()

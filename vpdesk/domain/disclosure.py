"""Disclosure control for published tables: threshold suppression plus complementary suppression.

Sums across advisers are made first and exactly; suppression applies only to what is published.

**Primary.** A count from 1 to k-1 is hidden (default k = 5). Where the contributions of the advisers are known
(the coordinator's report), a count is also hidden when (a) fewer than ``min_advisers`` advisers contributed
(default 2), (b) one adviser contributed more than ``dominance`` of it (default 0.8), or (c) what the others
contributed, after taking away any one adviser's part, is below k. (c) is what defeats an insider: an adviser
who pads every cell of their export with +5, or simply knows their own share, subtracts it from a published
count and learns only a number of at least k about the others, never a "<5" of somebody else.

**Zeros are published.** A 0 says "nobody", which points at no person; hiding zeros would also hide every empty
category and make the tables useless for monitoring. (A zero beside a small count can say "all contacts of this
unit were about X": that is why the small count is itself hidden.) A zero is hidden only as a complementary cell
of last resort, when a line has no non-zero cell left to hide.

**Complementary.** The attacker is assumed to know every total: the ones printed and the same figures printed
in other tables. Tables are therefore modelled as one *flow network*: a count is an edge, and every node says
"what flows in flows out" (a table's cells add up to its total; a category's quarters add up to the category's
figure in the main-category table; a main category's subcategories add up to at least that figure). Then:

1. **Fixed point.** Every node with a hidden edge gets at least two (a lonely hidden edge is its node's total
   minus the published rest). A partner is chosen to do the most good: one that also pairs a lonely edge at its
   other end, then one that leaves no new lonely node, then the smallest non-zero count, then a zero; totals
   only as a last resort. This is the textbook rule for 1-D tables ("if exactly one cell is suppressed, suppress
   the next smallest") and for 2-D tables ("every row and column with suppressed cells has at least two").
2. **Audit.** Two per line is not always enough (a hidden cell joining two otherwise separate blocks is a
   *bridge* and follows from the totals; zeros can block every way of moving value between hidden cells). So for
   every hidden count the audit asks whether the published figures also allow it another value (non-negative
   integers, every node balanced). That is a flow-feasibility question, answered exactly with a small max-flow;
   the feasible values of one count form an interval, so trying the found value +1 and -1 suffices.
   **Insiders.** The audit runs again for every adviser who contributed to a hidden count, on the network of what
   the *others* contributed (every count minus that adviser's own, which they know). An insider may learn that
   nobody else contributed to a hidden count (a 0, like a published zero), never a positive count of others.
3. A count the audit can pin gets a neighbour hidden, and 1-2 run again, until the audit passes. When nothing
   is left to hide (e.g. a table of one row, whose column totals *are* its cells) the totals go too.

tests/domain/test_disclosure.py attacks the result independently by brute force and must fail to pin any
hidden count.
"""

from __future__ import annotations

from vpdesk.domain.disclosure_categories import CategoryTables, category_edges, suppress_categories
from vpdesk.domain.disclosure_network import Edge, audit, primary_keys, suppress_network, values
from vpdesk.domain.disclosure_rules import (
    DEFAULT_DOMINANCE,
    DEFAULT_K,
    DEFAULT_MIN_ADVISERS,
    NEAR_RECORDS_CONVERSATIONS,
    Cell,
    Insider,
    Pos,
    Rules,
    near_records,
)
from vpdesk.domain.disclosure_tables import Suppressed1D, Suppressed2D, suppress_1d, suppress_2d

__all__ = [
    "DEFAULT_DOMINANCE",
    "DEFAULT_K",
    "DEFAULT_MIN_ADVISERS",
    "NEAR_RECORDS_CONVERSATIONS",
    "CategoryTables",
    "Cell",
    "Edge",
    "Insider",
    "Pos",
    "Rules",
    "Suppressed1D",
    "Suppressed2D",
    "audit",
    "category_edges",
    "near_records",
    "primary_keys",
    "suppress_1d",
    "suppress_2d",
    "suppress_categories",
    "suppress_network",
    "values",
]

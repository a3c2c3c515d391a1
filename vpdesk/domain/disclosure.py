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

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial

Cell = int | None  # None = suppressed
Pos = tuple[str, str]  # (row, column)

DEFAULT_K = 5
DEFAULT_MIN_ADVISERS = 2
DEFAULT_DOMINANCE = 0.8


@dataclass(frozen=True, slots=True)
class Rules:
    """The suppression parameters (policy keys suppression_threshold, suppression_min_advisers,
    suppression_dominance)."""

    k: int = DEFAULT_K
    min_advisers: int = DEFAULT_MIN_ADVISERS
    dominance: float = DEFAULT_DOMINANCE

    def __post_init__(self) -> None:
        if self.k < 1:
            raise ValueError("k must be at least 1")
        if self.min_advisers < 1:
            raise ValueError("min_advisers must be at least 1")
        if not 0 < self.dominance <= 1:
            raise ValueError("dominance must be above 0 and at most 1")

    def primary(self, value: int, parts: Sequence[int] = ()) -> bool:
        """Is a count of ``value`` made of the advisers' ``parts`` hidden by the primary rules? Without parts
        (a single adviser's own table) only the threshold applies."""
        if value <= 0:
            return False
        if value < self.k:
            return True
        if not parts:
            return False
        largest = max(parts)
        contributors = sum(1 for p in parts if p > 0)
        return contributors < self.min_advisers or largest > self.dominance * value or 0 < value - largest < self.k


Insider = Mapping[str, int]  # one adviser's own value of each edge (missing = 0)


# --- the network ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Edge:
    """One published count. ``threshold``: the primary rule applies to it (cells; not totals or slacks).
    ``total``: hide it only as a last resort. ``slack``: never published (an unknown the attacker must allow
    for, e.g. contacts counted in two subcategories of one main category)."""

    key: str
    tail: str
    head: str
    value: int
    threshold: bool = True
    total: bool = False
    slack: bool = False


def suppress_network(
    edges: Sequence[Edge], k: int | Rules = DEFAULT_K, insiders: Sequence[Insider] = ()
) -> tuple[set[str], bool]:
    """The keys of the edges to hide, and whether the audit could only pass by hiding everything hideable.
    ``insiders``: each contributing adviser's own values, when the network sums several advisers."""
    rules = _rules(k)
    by_key = {e.key: e for e in edges}
    if len(by_key) != len(edges):
        raise ValueError("edge keys must be unique")
    if any(e.value < 0 for e in edges):
        raise ValueError("counts are never negative")
    hidden = {e.key for e in edges if e.slack} | primary_keys(edges, rules, insiders)
    at: dict[str, list[Edge]] = {}
    for e in edges:
        at.setdefault(e.tail, []).append(e)
        at.setdefault(e.head, []).append(e)
    nodes = sorted(at)

    def count(node: str) -> int:
        """Hidden counts at a node; a hidden slack there leaves its equation open, like a second hidden count."""
        n = sum(e.key in hidden for e in at[node] if not e.slack)
        return n + 1 if n and any(e.slack for e in at[node]) else n

    def cost(e: Edge, here: str) -> tuple[bool, int, bool, int, str]:
        score = 0
        for other in (e.tail, e.head):
            if other != here:
                h = count(other)
                score += -1 if h == 1 else (1 if h == 0 else 0)
        return (e.total, score, e.value == 0, e.value, e.key)

    exhausted = False
    while True:
        changed = True
        while changed:  # 1. the fixed point
            changed = False
            for node in nodes:
                if count(node) == 1:
                    candidates = [e for e in at[node] if e.key not in hidden]
                    if candidates:
                        hidden.add(min(candidates, key=partial(cost, here=node)).key)
                        changed = True
        pinned = audit(edges, hidden) or _insider_audit(edges, hidden, insiders)  # 2. the audit
        if not pinned:
            return hidden, exhausted
        e = by_key[pinned[0]]
        near = [x for x in (*at[e.tail], *at[e.head]) if x.key not in hidden]
        rest = [x for x in edges if x.key not in hidden]
        pool = near or rest
        if not pool:
            return hidden, True  # everything is hidden; nothing published can pin anything
        exhausted = not near
        hidden.add(min(pool, key=lambda x: (x.total, x.value == 0, x.value, x.key)).key)  # 3.


def _insider_audit(edges: Sequence[Edge], hidden: set[str], insiders: Sequence[Insider]) -> list[str]:
    """The hidden edges of which some insider can pin what the others contributed (a positive count)."""
    seen: set[tuple[int, ...]] = set()
    keys = sorted(hidden)
    for own in insiders:
        mine = tuple(int(own.get(key, 0)) for key in keys)
        if not any(mine) or mine in seen:  # no part in a hidden count: they see what an outsider sees
            continue
        seen.add(mine)
        others = [replace(e, value=e.value - int(own.get(e.key, 0))) for e in edges]
        pinned = audit(others, hidden, zero_ok=True)
        if pinned:
            return pinned
    return []


def audit(edges: Sequence[Edge], hidden: set[str], zero_ok: bool = False) -> list[str]:
    """The hidden, non-slack edges whose value follows from the published ones (sorted keys). ``zero_ok``: a
    count that can only be 0 is not reported (an insider learning that nobody else contributed)."""
    need: dict[str, int] = {}
    roads: list[Edge] = []
    for e in edges:
        need.setdefault(e.tail, 0)
        need.setdefault(e.head, 0)
        if e.key in hidden:
            roads.append(e)
        else:  # what a published edge brings in, hidden edges must carry out
            need[e.head] += e.value
            need[e.tail] -= e.value
    flow = _feasible_flow(need, roads)
    if flow is None:
        return []  # the published figures admit no table at all under these equations: nothing to solve
    pinned = []
    for e in roads:
        if e.slack:
            continue
        others = [r for r in roads if r.key != e.key]
        found = False
        for w in (flow[e.key] + 1, flow[e.key] - 1):
            if w < 0:
                continue
            moved = dict(need)
            moved[e.tail] -= w
            moved[e.head] += w
            if _feasible_flow(moved, others) is not None:
                found = True
                break
        if not found and not (zero_ok and flow[e.key] == 0):
            pinned.append(e.key)
    return sorted(pinned)


def _feasible_flow(need: Mapping[str, int], roads: Sequence[Edge]) -> dict[str, int] | None:
    """Non-negative flows on ``roads`` with net outflow ``need[n]`` at every node, or None if there are none."""
    supply = sum(n for n in need.values() if n > 0)
    if supply != sum(-n for n in need.values() if n < 0):
        return None
    src, sink = "\x00source", "\x00sink"
    cap: dict[str, dict[str, int]] = {src: {}, sink: {}}
    big = supply + 1

    def edge(a: str, b: str, c: int) -> None:
        cap.setdefault(a, {})
        cap.setdefault(b, {})
        cap[a][b] = cap[a].get(b, 0) + c
        cap[b].setdefault(a, 0)

    for node, n in need.items():
        if n > 0:
            edge(src, node, n)
        elif n < 0:
            edge(node, sink, -n)
    for road in roads:  # through a node of its own, so parallel and opposite roads keep their own flow
        if road.tail != road.head:
            edge(road.tail, "\x00" + road.key, big)
            edge("\x00" + road.key, road.head, big)
    pushed = 0
    while pushed < supply:
        parent: dict[str, str] = {src: src}
        queue = deque([src])
        while queue and sink not in parent:
            node = queue.popleft()
            for nxt, room in cap[node].items():
                if room > 0 and nxt not in parent:
                    parent[nxt] = node
                    queue.append(nxt)
        if sink not in parent:
            return None
        path = []
        node = sink
        while node != src:
            path.append((parent[node], node))
            node = parent[node]
        push = min(cap[a][b] for a, b in path)
        for a, b in path:
            cap[a][b] -= push
            cap[b][a] += push
        pushed += push
    return {r.key: (big - cap[r.tail]["\x00" + r.key] if r.tail != r.head else 0) for r in roads}


# --- tables as networks --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Suppressed1D:
    cells: dict[str, Cell]
    total: int | None  # None when publishing it would reveal a hidden cell
    primary: tuple[str, ...]
    complementary: tuple[str, ...]


def _rules(k: int | Rules) -> Rules:
    return k if isinstance(k, Rules) else Rules(k=k)


def primary_keys(edges: Sequence[Edge], rules: Rules, insiders: Sequence[Insider] = ()) -> set[str]:
    """The edges the primary rules hide, given each adviser's own values: threshold edges by every rule, totals
    by the insider margin (a total less one adviser's part must not leave 1..k-1 either)."""
    parts: dict[str, list[int]] = {e.key: [] for e in edges}
    for own in insiders:
        for key, n in own.items():
            if n and key in parts:
                parts[key].append(int(n))
    return {
        e.key
        for e in edges
        if (e.threshold and rules.primary(e.value, parts[e.key]))
        or (not e.threshold and not e.slack and parts[e.key] and 0 < e.value - max(parts[e.key]) < rules.k)
    }


def values(edges: Sequence[Edge]) -> dict[str, int]:
    """An adviser's own network as an ``Insider``: the value of every edge, by key."""
    return {e.key: e.value for e in edges if e.value}


def _one_d(
    counts: Mapping[str, int], hidden: set[str], prefix: str, total_hidden: bool, first: set[str]
) -> Suppressed1D:
    cells: dict[str, Cell] = {c: (None if prefix + c in hidden else int(n)) for c, n in counts.items()}
    primary = tuple(sorted(c for c in counts if prefix + c in first))
    complementary = tuple(
        sorted((c for c in counts if cells[c] is None and c not in primary), key=lambda c: (counts[c], c))
    )
    total = None if total_hidden else sum(int(n) for n in counts.values())
    return Suppressed1D(cells, total, primary, complementary)


def _line_edges(counts: Mapping[str, int]) -> list[Edge]:
    edges = [Edge("c:" + cell, "S", "Z", int(n)) for cell, n in counts.items()]
    edges.append(Edge("total", "Z", "S", sum(int(n) for n in counts.values()), threshold=False, total=True))
    return edges


def suppress_1d(
    counts: Mapping[str, int], k: int | Rules = DEFAULT_K, parts: Sequence[Mapping[str, int]] = ()
) -> Suppressed1D:
    """One line with its total: hide what the primary rules hide, then a partner if exactly one cell is hidden;
    the total is withheld only when there is no partner. ``parts``: each adviser's own counts of this line."""
    rules = _rules(k)
    edges = _line_edges(counts)
    insiders = [values(_line_edges({c: int(own.get(c, 0)) for c in counts})) for own in parts]
    hidden, _ = suppress_network(edges, rules, insiders)
    return _one_d(counts, hidden, "c:", "total" in hidden, primary_keys(edges, rules, insiders))


def category_group(code: str) -> str:
    """Taxonomy codes group under their main category: "oo.pesten" and "oo" both belong to "oo"."""
    return code.split(".", 1)[0]


@dataclass(frozen=True, slots=True)
class Suppressed2D:
    cells: dict[str, dict[str, Cell]]
    row_totals: dict[str, int | None]
    col_totals: dict[str, int | None]
    grand_total: int | None
    primary: tuple[Pos, ...]
    complementary: tuple[Pos, ...]


def _cell_key(r: str, c: str) -> str:
    return f"cell:{r}\x00{c}"


def _grid_edges(grid: Mapping[str, Mapping[str, int]], columns: Sequence[str]) -> list[Edge]:
    """Rows r: R_r -> Q_c per cell; Q_c -> Z per column total; Z -> S the grand total. Row totals come in S -> R_r
    (added by the caller: a plain total, or a main category's count that is itself a cell elsewhere)."""
    edges = []
    for r in sorted(grid):
        for c in columns:
            edges.append(Edge(_cell_key(r, c), "r:" + r, "q:" + c, int(grid[r].get(c, 0))))
    for c in columns:
        col = sum(int(grid[r].get(c, 0)) for r in grid)
        edges.append(Edge("col:" + c, "q:" + c, "Z", col, threshold=False, total=True))
    grand = sum(int(grid[r].get(c, 0)) for r in grid for c in columns)
    edges.append(Edge("total", "Z", "S", grand, threshold=False, total=True))
    return edges


def _two_d(
    grid: Mapping[str, Mapping[str, int]], columns: Sequence[str], hidden: set[str], row_prefix: str, first: set[str]
) -> Suppressed2D:
    rows = sorted(grid)
    value = {(r, c): int(grid[r].get(c, 0)) for r in rows for c in columns}
    cells = {r: {c: (None if _cell_key(r, c) in hidden else value[(r, c)]) for c in columns} for r in rows}
    primary = {rc for rc in value if _cell_key(*rc) in first}
    hidden_cells = {(r, c) for r in rows for c in columns if cells[r][c] is None}
    return Suppressed2D(
        cells=cells,
        row_totals={r: None if row_prefix + r in hidden else sum(value[(r, c)] for c in columns) for r in rows},
        col_totals={c: None if "col:" + c in hidden else sum(value[(r, c)] for r in rows) for c in columns},
        grand_total=None if "total" in hidden else sum(value.values()),
        primary=tuple(sorted(primary)),
        complementary=tuple(sorted(hidden_cells - primary)),
    )


def _table_edges(grid: Mapping[str, Mapping[str, int]], columns: Sequence[str]) -> list[Edge]:
    edges = _grid_edges(grid, columns)
    for r in sorted(grid):
        row = sum(int(grid[r].get(c, 0)) for c in columns)
        edges.append(Edge("row:" + r, "S", "r:" + r, row, threshold=False, total=True))
    return edges


def suppress_2d(
    grid: Mapping[str, Mapping[str, int]],
    columns: Sequence[str],
    k: int | Rules = DEFAULT_K,
    parts: Sequence[Mapping[str, Mapping[str, int]]] = (),
) -> Suppressed2D:
    """A rows x columns table with row, column and grand totals, all published where they reveal nothing."""
    rules = _rules(k)
    edges = _table_edges(grid, columns)
    insiders = [values(_table_edges({r: own.get(r, {}) for r in grid}, columns)) for own in parts]
    hidden, _ = suppress_network(edges, rules, insiders)
    return _two_d(grid, columns, hidden, "row:", primary_keys(edges, rules, insiders))


@dataclass(frozen=True, slots=True)
class CategoryTables:
    main: Suppressed1D  # per main category ("top_category"); also the grid's row totals
    sub: Suppressed1D  # per category code, grouped under its main category
    grid: Suppressed2D  # main category x quarter


def category_edges(
    main: Mapping[str, int], sub: Mapping[str, int], grid: Mapping[str, Mapping[str, int]], columns: Sequence[str]
) -> list[Edge]:
    """The three category tables as one network, because they share figures.

    S -sub[c]-> A_g -main[g]-> R_g -grid[g][q]-> Q_q -col[q]-> Z -total-> S, and A_g -overlap_g-> O -overlaps-> S.
    A main category's count is its grid row's total and at most the sum of its subcategories (a contact in two
    subcategories of one main category counts once there: the unknown overlap_g). The subcategory table's total
    is the main total plus all overlaps, so publishing both totals publishes "overlaps".
    """
    rows = {g: int(n) for g, n in main.items()}
    if {r: sum(int(n) for n in grid.get(r, {}).values()) for r in rows} != rows or not set(grid) <= set(rows):
        raise ValueError("the grid's row totals must be the main categories' counts")
    edges = _grid_edges({g: grid.get(g, {}) for g in rows}, columns)
    for code, n in sub.items():
        edges.append(Edge("sub:" + code, "S", "a:" + category_group(code), int(n)))
    overlaps = 0
    for g, n in sorted(rows.items()):
        over = sum(int(m) for c, m in sub.items() if category_group(c) == g) - n
        if over < 0:
            raise ValueError("a main category counts more contacts than its subcategories")
        overlaps += over
        edges.append(Edge("main:" + g, "a:" + g, "r:" + g, n, total=True))  # hide a main category last
        if sum(category_group(c) == g for c in sub) > 1:  # one code alone cannot count a contact twice
            edges.append(Edge("over:" + g, "a:" + g, "O", over, threshold=False, slack=True))
        elif over:
            raise ValueError("a main category with one code counts other contacts than that code")
    if any(category_group(c) not in rows for c in sub):
        raise ValueError("a subcategory has no main category")
    edges.append(Edge("overlaps", "O", "S", overlaps, threshold=False, total=True))
    return edges


def suppress_categories(
    main: Mapping[str, int],
    sub: Mapping[str, int],
    grid: Mapping[str, Mapping[str, int]],
    columns: Sequence[str],
    k: int | Rules = DEFAULT_K,
    parts: Sequence[tuple[Mapping[str, int], Mapping[str, int], Mapping[str, Mapping[str, int]]]] = (),
) -> CategoryTables:
    """Suppress the main-category table, the subcategory table and main category x quarter together, so that no
    figure hidden in one is printed, or can be computed, from another. ``parts``: each adviser's own (main, sub,
    grid)."""
    rules = _rules(k)
    edges = category_edges(main, sub, grid, columns)
    insiders = [
        values(
            category_edges(
                {g: int(m.get(g, 0)) for g in main},
                {c: int(s.get(c, 0)) for c in sub},
                {g: g_.get(g, {}) for g in main},
                columns,
            )
        )
        for m, s, g_ in parts
    ]
    hidden, _ = suppress_network(edges, rules, insiders)
    first = primary_keys(edges, rules, insiders)
    rows = {g: grid.get(g, {}) for g in main}
    return CategoryTables(
        main=_one_d(main, hidden, "main:", "total" in hidden, first),
        sub=_one_d(sub, hidden, "sub:", "total" in hidden or "overlaps" in hidden, first),
        grid=_two_d(rows, columns, hidden, "main:", first),
    )


NEAR_RECORDS_CONVERSATIONS = 20


def near_records(tables: Mapping[str, object], k: int = DEFAULT_K) -> bool:
    """Are an adviser's tables so thin that they amount to the records? Fewer than 20 conversations, or most
    non-zero counts below k: then a reader who knows one melder's contact can find it in the tables."""
    totals = tables.get("totals")
    conversations = int(totals.get("conversations", 0)) if isinstance(totals, Mapping) else 0
    if conversations == 0:
        return False
    counts = [
        int(n)
        for table in tables.values()
        if isinstance(table, Mapping) and table is not totals
        for n in table.values()
        if isinstance(n, int) and n > 0
    ]
    small = sum(n < k for n in counts)
    return conversations < NEAR_RECORDS_CONVERSATIONS or small * 2 > len(counts)

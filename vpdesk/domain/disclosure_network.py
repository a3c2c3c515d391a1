"""The published figures as one flow network: which counts to hide so that none follows from the rest, for an
outsider and for an insider who knows their own part (the method is in disclosure.py)."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial

from vpdesk.domain.disclosure_rules import DEFAULT_K, Insider, Rules, rules_of


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
    rules = rules_of(k)
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


def solve(edges: Sequence[Edge], rules: Rules, own: Sequence[Sequence[Edge]] = ()) -> tuple[set[str], set[str]]:
    """The keys to hide in ``edges`` and those of them the primary rules hide; ``own``: each adviser's own network
    (the same edges with their own values), for the rules against insiders."""
    insiders = [values(mine) for mine in own]
    hidden, _ = suppress_network(edges, rules, insiders)
    return hidden, primary_keys(edges, rules, insiders)

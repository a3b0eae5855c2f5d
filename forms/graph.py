"""The relevance dependency graph: an evaluation order, or the cycle that prevents one."""

from __future__ import annotations

from collections.abc import Callable

from forms.model import Item


def relevance_order(items: dict[str, Item], report: Callable[[str, str], None]) -> list[Item]:
    """Return ``items`` ordered so each comes after what its relevance depends on.

    An item's relevance depends on its container's relevance and on the relevance of
    every item its ``relevant`` expression names (a hidden field's answer counts as
    empty). Reports each cycle found through ``report(location, message)``. Iterative
    (Kahn's algorithm), so long chains cannot exhaust the stack.
    """
    deps: dict[str, set[str]] = {}
    for name, item in items.items():
        d: set[str] = set()
        if item.parent is not None and not item.parent.name.startswith("#"):
            d.add(item.parent.name)
        if item.relevant is not None:
            d |= {r for r in item.relevant.refs if r in items}
        deps[name] = d
    users: dict[str, list[str]] = {name: [] for name in items}
    waiting = {name: len(d) for name, d in deps.items()}
    for name, d in deps.items():
        for dep in d:
            users[dep].append(name)
    ready = [name for name in items if waiting[name] == 0]
    order: list[str] = []
    while ready:
        name = ready.pop()
        order.append(name)
        for user in users[name]:
            waiting[user] -= 1
            if waiting[user] == 0:
                ready.append(user)
    if len(order) < len(items):
        left = {name for name in items if waiting[name] > 0}
        reported: set[str] = set()
        for start in items:
            if start not in left or start in reported:
                continue
            cycle = _find_cycle(start, deps, left)
            if cycle and not reported.intersection(cycle):
                reported.update(cycle)
                names = " -> ".join(f"${{{n}}}" for n in [*cycle, cycle[0]])
                report(
                    items[cycle[0]].location + "/relevant", f"Relevance goes in a circle: {names}."
                )
        return []
    # Kahn's order is valid but not document order; make it stable for readers and tests.
    position = {name: i for i, name in enumerate(items)}
    return _stable(order, deps, position, items)


def _find_cycle(start: str, deps: dict[str, set[str]], left: set[str]) -> list[str]:
    """Follow dependencies inside ``left`` from ``start`` until a name repeats."""
    path: list[str] = []
    seen: dict[str, int] = {}
    node = start
    while node not in seen:
        seen[node] = len(path)
        path.append(node)
        nxt = sorted(d for d in deps[node] if d in left)
        if not nxt:
            return []
        node = nxt[0]
    return path[seen[node] :]


def _stable(
    order: list[str], deps: dict[str, set[str]], position: dict[str, int], items: dict[str, Item]
) -> list[Item]:
    import heapq

    waiting = {n: len(deps[n]) for n in order}
    users: dict[str, list[str]] = {n: [] for n in order}
    for n in order:
        for d in deps[n]:
            users[d].append(n)
    heap = [(position[n], n) for n in order if waiting[n] == 0]
    heapq.heapify(heap)
    result: list[Item] = []
    while heap:
        _, n = heapq.heappop(heap)
        result.append(items[n])
        for u in users[n]:
            waiting[u] -= 1
            if waiting[u] == 0:
                heapq.heappush(heap, (position[u], u))
    return result

"""Comparing two sequences within a bounded amount of work: the one place that uses difflib.

``difflib.SequenceMatcher`` finds the longest block the sequences share, then does the same
on either side of it. When many items repeat and few blocks are shared (the spaces between
the words of two different texts, one word repeated), every step scans a quadratic number
of pairs to find a block of one item, and the whole takes cubic time: 2 KB of "a a a …"
against "b b b …" took 37 s. Texts have no length limit, so anyone who may edit a
description could make every comparison page hang.

``opcodes`` therefore runs the matcher counting the steps of its inner loop *before* it
takes them (from the positions of each item, which the matcher keeps sorted):

1. on the whole, with a part of the steps it may take: ordinary texts get the matcher's
   result, exactly as before;
2. when that is not enough, it sets aside the common beginning and end (the longer first,
   as the matcher would; a single edit leaves little else), anchors the rest on the items
   that occur exactly once in each sequence, keeping the longest run of them that is in
   the same order in both (as ``git diff --patience`` does; O(n log n); in prose these
   are the rarer words, a few words apart), and runs the matcher on each stretch between
   two anchors: long texts with edits all over them take milliseconds, not seconds;
3. when even that would take more steps than it may, it stops, and ``opcodes`` returns
   None: the caller shows the change as a whole.

A ``DiffBudget`` is the work one page may spend on all its comparisons together; one
comparison may also spend at most ``limit`` of it, so that one huge text does not leave
nothing for the others. A step is one pair of items looked at (0.03–0.4 µs).
"""

import difflib
from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Sequence

# Steps one comparison may take: under 0.1 s at the very worst, and far more than the texts
# of a strategy need (a 40 KB chapter with 200 edits takes ~90 000 when anchored).
DIFF_LIMIT = 250_000
# Of those, what the matcher may take on the whole before the anchored way is tried.
PLAIN_STEPS = 100_000
# Steps one page of comparisons may take together: well under a second at the very worst.
PAGE_BUDGET = 1_000_000

# What one search costs beyond its pairs (setting up, recording the block found), in steps.
SEARCH_STEPS = 40

Opcode = tuple[str, int, int, int, int]
Block = tuple[int, int, int]  # a[i:i+size] == b[j:j+size]


class DiffBudget:
    """What is left to spend on comparisons, shared by the comparisons of one page."""

    def __init__(self, steps: int = PAGE_BUDGET):
        self.remaining = steps


class _OverBudget(Exception):
    pass


class _Steps:
    """The steps one comparison has taken, and how many it may."""

    def __init__(self, allowance: int):
        self.allowance = allowance
        self.spent = 0

    def take(self, steps: int, *, looked: int = 0) -> None:
        """Take ``steps``; or, when there are not so many left, count only the ``looked``
        ones it took to find that out, and stop the comparison."""
        if self.spent + steps > self.allowance:
            self.spent = min(self.allowance, self.spent + looked)
            raise _OverBudget
        self.spent += steps


class _CountingMatcher(difflib.SequenceMatcher):
    """difflib's matcher that refuses a search costing more steps than are left."""

    def __init__(self, a: Sequence[Hashable], b: Sequence[Hashable], steps: _Steps):
        super().__init__(None, a, b, autojunk=False)
        self.steps = steps

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        ahi = len(self.a) if ahi is None else ahi
        bhi = len(self.b) if bhi is None else bhi
        # The search looks at every item of a[alo:ahi] and, for each, at the positions of
        # that item in b below bhi (b2j holds them in ascending order).
        left = self.steps.allowance - self.steps.spent
        cost = SEARCH_STEPS + ahi - alo
        for looked, item in enumerate(self.a[alo:ahi], start=1):
            positions = self.b2j.get(item)
            if positions:
                cost += bisect_left(positions, bhi)
                if cost > left:
                    self.steps.take(cost, looked=looked)
        self.steps.take(cost)
        return super().find_longest_match(alo, ahi, blo, bhi)


def _anchors(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[int, int]]:
    """Pairs (i, j) with a[i] == b[j] occurring once in a and once in b: the longest run of
    them in the same order in both (longest increasing subsequence of j, by patience)."""
    in_a, in_b = Counter(a), Counter(b)
    where_in_b = {item: j for j, item in enumerate(b) if in_b[item] == 1}
    pairs = [
        (i, where_in_b[item]) for i, item in enumerate(a) if in_a[item] == 1 and item in where_in_b
    ]
    tops: list[int] = []  # the j ending the best run of each length
    ends: list[int] = []  # index in pairs of that pair
    before: list[int] = []  # for each pair, the pair before it in its best run
    for index, (_, j) in enumerate(pairs):
        length = bisect_left(tops, j)
        if length == len(tops):
            tops.append(j)
            ends.append(index)
        else:
            tops[length] = j
            ends[length] = index
        before.append(ends[length - 1] if length else -1)
    run = []
    index = ends[-1] if ends else -1
    while index >= 0:
        run.append(pairs[index])
        index = before[index]
    return run[::-1]


def _common_length(
    a: Sequence[Hashable], b: Sequence[Hashable], most: int, *, forward: bool
) -> int:
    """How many items at the beginning (or the end) of ``a`` and ``b`` are the same."""
    length = 0
    if forward:
        while length < most and a[length] == b[length]:
            length += 1
    else:
        while length < most and a[len(a) - 1 - length] == b[len(b) - 1 - length]:
            length += 1
    return length


def _plain_blocks(a: Sequence[Hashable], b: Sequence[Hashable], steps: _Steps) -> list[Block]:
    """The matcher's own blocks, within PLAIN_STEPS of what ``steps`` has left."""
    allowance = steps.allowance
    steps.allowance = min(allowance, steps.spent + PLAIN_STEPS)
    try:
        steps.take(len(a) + len(b))  # the matcher's index of b, the opcodes
        return [tuple(block) for block in _CountingMatcher(a, b, steps).get_matching_blocks()]
    finally:
        steps.allowance = allowance


def _anchored_blocks(a: Sequence[Hashable], b: Sequence[Hashable], steps: _Steps) -> list[Block]:
    """Blocks from the common ends, the anchors and the matcher between anchors."""
    steps.take(len(a) + len(b))  # the passes below
    # The longer of the common beginning and end first, as the matcher would take it: they
    # may overlap ("a b" and "a x a b" share "a" at the start and "a b" at the end).
    shortest = min(len(a), len(b))
    start = _common_length(a, b, shortest, forward=True)
    end = _common_length(a, b, shortest, forward=False)
    if end > start:
        start = _common_length(a, b, shortest - end, forward=True)
    else:
        end = _common_length(a, b, shortest - start, forward=False)
    a_end, b_end = len(a) - end, len(b) - end
    blocks: list[Block] = [(0, 0, start)]
    i, j = start, start
    for anchor_i, anchor_j in [*_anchors(a[start:a_end], b[start:b_end]), (None, None)]:
        next_i = a_end if anchor_i is None else anchor_i + start
        next_j = b_end if anchor_j is None else anchor_j + start
        if a[i:next_i] == b[j:next_j]:  # most stretches of an edited text
            blocks.append((i, j, next_i - i))
        elif next_i > i and next_j > j:
            matcher = _CountingMatcher(a[i:next_i], b[j:next_j], steps)
            for bi, bj, size in matcher.get_matching_blocks()[:-1]:
                blocks.append((bi + i, bj + j, size))
        if anchor_i is not None:
            blocks.append((next_i, next_j, 1))
        i, j = next_i + 1, next_j + 1
    blocks.append((a_end, b_end, end))
    merged: list[Block] = []  # adjacent blocks as one, as the matcher gives them
    for block_i, block_j, size in blocks:
        if merged and (block_i, block_j) == (
            merged[-1][0] + merged[-1][2],
            merged[-1][1] + merged[-1][2],
        ):
            merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + size)
        elif size:
            merged.append((block_i, block_j, size))
    return [*merged, (len(a), len(b), 0)]


def opcodes(
    a: Sequence[Hashable],
    b: Sequence[Hashable],
    *,
    budget: DiffBudget | None = None,
    limit: int = DIFF_LIMIT,
) -> list[Opcode] | None:
    """How to turn ``a`` into ``b``, as ``difflib.SequenceMatcher.get_opcodes`` tells it
    (equal, replace, delete, insert); or None when finding out would take more than
    ``limit`` steps or than what is left of ``budget`` (charged with what was spent)."""
    steps = _Steps(limit if budget is None else min(limit, budget.remaining))
    blocks: list[Block] | None
    try:
        blocks = _plain_blocks(a, b, steps)
    except _OverBudget:
        try:
            blocks = _anchored_blocks(a, b, steps)
        except _OverBudget:
            blocks = None
    if budget is not None:
        budget.remaining -= steps.spent
    if blocks is None:
        return None
    result: list[Opcode] = []
    i = j = 0
    for block_i, block_j, size in blocks:  # the last one: (len(a), len(b), 0)
        if i < block_i and j < block_j:
            result.append(("replace", i, block_i, j, block_j))
        elif i < block_i:
            result.append(("delete", i, block_i, j, block_j))
        elif j < block_j:
            result.append(("insert", i, block_i, j, block_j))
        i, j = block_i + size, block_j + size
        if size:
            result.append(("equal", block_i, i, block_j, j))
    return result

"""The evaluation report as text: the figures with their n, the targets of issue 4, and
what was missed or predicted without support (so a regression can be read, not guessed)."""

from __future__ import annotations

from prosograph.evaluate.dev import DevReport, FieldScore
from prosograph.evaluate.seeds import SeedReport

#: Targets of issue 4: (minimum recall, minimum precision) per development-corpus field.
TARGETS: dict[str, tuple[float, float]] = {
    "birth_date": (0.90, 0.97),
    "death_date": (0.90, 0.97),
    "birth_place": (0.80, 0.95),
    "death_place": (0.80, 0.95),
    "positions": (0.70, 0.90),
}
#: Seed target: share of the gold found with the right sentence (and no unsupported fact).
SEED_TARGET = 0.85
#: Seed target of issue 5, once the events tier (every fact type) is scored.
EVENTS_TARGET = 0.80

_LABELS = {
    "birth_date": "birth date",
    "birth_place": "birth place",
    "death_date": "death date",
    "death_place": "death place",
    "positions": "positions",
    "memberships": "party memberships",
}


def _figure(value: float | None, n: int) -> str:
    return f"{'   -' if value is None else f'{value:.2f}'} (n={n})"


def _verdict(name: str, score: FieldScore) -> str:
    target = TARGETS.get(name)
    if target is None:
        return ""
    if not score.gold and not score.judged:
        return "no gold value stated in the prose: not measured"
    recall_ok = score.recall is None or score.recall >= target[0]
    precision_ok = score.precision is None or score.precision >= target[1]
    met = "met" if recall_ok and precision_ok else "NOT MET"
    return f"target R>={target[0]:.2f} P>={target[1]:.2f}: {met}"


def format_dev(report: DevReport, *, details: bool = True) -> str:
    """The development-corpus table, then misses, errors and unjudged predictions."""
    lines = [
        f"Development corpus: {report.documents} prose-only documents against the infobox gold",
        f"  {'field':<18} {'recall':<14} {'precision':<14}",
    ]
    for name, score in report.fields.items():
        lines.append(
            f"  {_LABELS[name]:<18} {_figure(score.recall, score.gold):<14} "
            f"{_figure(score.precision, score.judged):<14} {_verdict(name, score)}".rstrip()
        )
    if details:
        for name, score in report.fields.items():
            for label, items in (
                ("missed", score.misses),
                ("wrong", score.errors),
                ("not judged", score.unjudged),
            ):
                for item in items:
                    lines.append(f"  {label}: {_LABELS[name]}: {item}")
    return "\n".join(lines)


def format_seeds(report: SeedReport, *, details: bool = True) -> str:
    """The seed table: recall per type, then every miss and unsupported prediction."""
    found, required = sum(report.found.values()), sum(report.required.values())
    recall = report.recall
    target = EVENTS_TARGET if "events" in report.tiers else SEED_TARGET
    met = recall is not None and recall >= target and not report.unsupported
    lines = [
        f"Seed gold ({', '.join(report.types)}): {found}/{required} found with the right "
        f"sentence ({'-' if recall is None else f'{recall:.2f}'}), "
        f"{len(report.unsupported)} unsupported; target >={target:.2f} and none "
        f"unsupported: {'met' if met else 'NOT MET'}",
    ]
    for kind in report.types:
        lines.append(
            f"  {kind:<14} {_share(report.found.get(kind, 0), report.required.get(kind, 0))}"
        )
    lines.append(_traps_line(report))
    if details:
        for fact in report.missed:
            lines.append(
                f"  missed: {fact.document} {fact.person[0]}: {fact.type} {fact.values[0]!r}"
                f" [{fact.snippets[0][:70]!r}]"
            )
        for prediction, why in report.unsupported:
            lines.append(
                f"  unsupported: {prediction.document} {prediction.person}: {prediction.type} "
                f"{prediction.value!r} {prediction.date or ''} ({why}) "
                f"[{prediction.text[:70]!r}]"
            )
        for trap in report.traps:
            if trap.status != "right":
                lines.append(
                    f"  date trap {trap.status}: {trap.document} {trap.text[:50]!r} expected "
                    f"{list(trap.expected)} found {list(trap.found)}"
                )
    return "\n".join(lines)


def _share(found: int, required: int) -> str:
    """``found/required (recall)`` for one type."""
    recall = f"{found / required:.2f}" if required else "   -"
    return f"{found}/{required} ({recall})"


def _traps_line(report: SeedReport) -> str:
    """How many date traps the facts read right, wrong, or do not cite."""
    counts = {status: 0 for status in ("right", "wrong", "not dated")}
    for trap in report.traps:
        counts[trap.status] += 1
    return (
        f"  date traps: {counts['right']}/{len(report.traps)} read right, "
        f"{counts['wrong']} wrong, {counts['not dated']} not dated by any fact"
    )

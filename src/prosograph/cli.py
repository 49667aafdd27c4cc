"""The command line: parse options, call the library, format the answer. No rules, no SQL.

Exit status: 0 success, 1 when an input failed or a person was not found, 2 when a query
is ambiguous (the candidates are listed) or the options are wrong.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from prosograph import api, settings
from prosograph.api import IngestEvent, KnowledgeBase
from prosograph.errors import AmbiguousError, NotFoundError, ProsographError
from prosograph.readers import FORMATS

T = TypeVar("T")

app = typer.Typer(
    name="prosograph",
    help="Biographical text in, a source-linked knowledge graph of people out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
errors = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        envvar="PROSOGRAPH_DB",
        help="Knowledge-base file (SQLite).",
        show_default=True,
    ),
]
_DEFAULT_DB = Path(settings.get("db"))


def _open(db: Path, *, read_only: bool = True) -> KnowledgeBase:
    if read_only and not db.exists():
        errors.print(f"[red]error:[/] {db}: no knowledge base here; run `prosograph ingest` first")
        raise typer.Exit(1)
    try:
        return api.open(db, read_only=read_only)
    except ProsographError as error:
        errors.print(f"[red]error:[/] {error}")
        raise typer.Exit(1) from error


def _lookup(db: Path, ask: Callable[[KnowledgeBase], T], *, read_only: bool = True) -> T:
    """Ask the knowledge base a question about named people; a failed lookup exits."""
    with _open(db, read_only=read_only) as kb:
        try:
            return ask(kb)
        except (NotFoundError, AmbiguousError) as error:
            raise _fail_lookup(error) from error


def _fail_lookup(error: ProsographError) -> typer.Exit:
    """Print a lookup failure; ambiguous queries list the candidates and exit 2."""
    if isinstance(error, AmbiguousError):
        errors.print(f"[yellow]{error}[/]:")
        for pid, name in error.candidates:
            errors.print(f"  {pid}  {name}")
        return typer.Exit(2)
    errors.print(f"[red]error:[/] {error}")
    return typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (read recursively).")],
    db: DbOption = _DEFAULT_DB,
    format: Annotated[
        str | None,
        typer.Option("--format", help=f"Input format, one of {', '.join(FORMATS)}; default: auto."),
    ] = None,
    subject: Annotated[
        str | None, typer.Option("--subject", help="Subject of plain-text files without one.")
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", envvar="PROSOGRAPH_WORKERS", min=1, help="Processes for extraction."
        ),
    ] = int(settings.get("workers")),
) -> None:
    """Read documents, extract their facts and store them.

    Example: prosograph ingest examples/corpus --db demo.db
    """
    if format is not None and format not in FORMATS:
        errors.print(f"[red]error:[/] unknown format {format!r}; use one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    for path in paths:
        if not path.exists():
            errors.print(f"[red]error:[/] {path}: no such file or directory")
            raise typer.Exit(1)
    kb = _open(db, read_only=False)
    with (
        kb,
        Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest[/]"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            console=errors,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("", total=None)

        def show(event: IngestEvent) -> None:
            progress.advance(task)
            progress.update(task, description=f"{event.status}: {event.document}")
            if event.status == "failed":
                progress.console.print(f"[red]error:[/] {event.message}")

        report = kb.ingest(paths, format=format, subject=subject, on_event=show, workers=workers)
    counts = report.counts
    summary = Table(title="Ingest summary", show_header=False)
    for label, value in (
        ("documents stored", report.stored),
        ("documents unchanged", report.unchanged),
        ("files failed", len(report.failures)),
        ("documents in store", counts.get("documents", 0)),
        ("sentences", counts.get("sentences", 0)),
        ("persons", counts.get("persons", 0)),
        ("factoids", counts.get("facts", 0)),
    ):
        summary.add_row(label, str(value))
    console.print(summary)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def people(db: DbOption = _DEFAULT_DB) -> None:
    """List every person with birth and death dates and the number of facts."""
    with _open(db) as kb:
        rows = kb.people()
    table = Table(title=f"{len(rows)} people")
    for column in ("name", "born", "died", "facts", "id"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            row["name"], row["birth"] or "", row["death"] or "", str(row["facts"]), row["id"]
        )
    console.print(table)


@app.command()
def stats(
    db: DbOption = _DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show counts: documents, sentences, persons, facts, facts per type."""
    with _open(db) as kb:
        counts = kb.stats()
    if as_json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
        return
    table = Table(title="Knowledge base", show_header=False)
    for key, value in counts.items():
        if isinstance(value, dict):
            for sub, number in value.items():
                table.add_row(f"  {sub}", str(number))
        else:
            table.add_row(key, str(value))
    console.print(table)


@app.command()
def person(
    name: Annotated[str, typer.Argument(help="A name (any form, any case) or a person id.")],
    db: DbOption = _DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print the contract JSON.")] = False,
) -> None:
    """Show one person's card: names and every fact with its sources.

    Example: prosograph person Beloborodov --json
    """
    card = _lookup(db, lambda kb: kb.person(name))
    if as_json:
        print(json.dumps(card, ensure_ascii=False, indent=2))
        return
    console.print(f"[bold]{card['name']}[/]  ({card['id']})")
    if card["aliases"]:
        console.print("also: " + "; ".join(card["aliases"]))
    _print_facts(card["facts"], title="Facts")


@app.command()
def timeline(
    name: Annotated[str, typer.Argument(help="A name or a person id.")],
    db: DbOption = _DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show a person's dated facts in time order."""
    facts = _lookup(db, lambda kb: kb.timeline(name))
    if as_json:
        print(json.dumps(facts, ensure_ascii=False, indent=2))
        return
    _print_facts(facts, title="Timeline")


def _print_facts(facts: list[dict[str, Any]], *, title: str) -> None:
    table = Table(title=title)
    for column in ("date", "type", "value", "place", "other", "source"):
        table.add_column(column, overflow="fold")
    for fact in facts:
        source = fact["sources"][0]
        more = f" (+{len(fact['sources']) - 1})" if len(fact["sources"]) > 1 else ""
        other = fact["other_person"]["name"] if fact["other_person"] else ""
        table.add_row(
            fact["date"] or "",
            fact["type"],
            fact["value"],
            fact["place"] or "",
            other,
            f"{source['document']} {source['span'][0]}-{source['span'][1]}{more}",
        )
    console.print(table)


@app.command()
def export(
    db: DbOption = _DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="Output format: jsonl.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Output file (default: stdout).")
    ] = None,
) -> None:
    """Export every person, one `person --json` object per line."""
    if format != "jsonl":
        errors.print(f"[red]error:[/] unknown export format {format!r}; use jsonl")
        raise typer.Exit(2)
    with _open(db) as kb:
        if output is None:
            for card in kb.export():
                sys.stdout.write(json.dumps(card, ensure_ascii=False) + "\n")
            return
        tmp = output.with_name(output.name + ".part")
        with tmp.open("w", encoding="utf-8") as handle:
            for card in kb.export():
                handle.write(json.dumps(card, ensure_ascii=False) + "\n")
        tmp.replace(output)
    errors.print(f"wrote {output}")


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _print_sources(sources: list[dict[str, Any]], indent: str = "    ") -> None:
    for source in sources:
        console.print(
            f"{indent}[dim]{source['document']} {source['span'][0]}-{source['span'][1]}:[/] "
            f"{source['text']}",
            highlight=False,
        )


@app.command()
def related(
    name: Annotated[str, typer.Argument(help="A name or a person id.")],
    db: DbOption = _DEFAULT_DB,
    type: Annotated[
        str | None, typer.Option("--type", help="Only relations whose name contains this.")
    ] = None,
    loose: Annotated[
        bool, typer.Option("--loose", help="Also persons named in the same sentence.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """List a person's neighbours in the people graph, with the relation and its source.

    Example: prosograph related Beloborodov --type succeeded
    """
    rows = _lookup(db, lambda kb: kb.related(name, type=type, loose=loose))
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        console.print("no related persons")
    for row in rows:
        date = f" ({row['date']})" if row["date"] else ""
        console.print(f"[bold]{row['relation']}[/] {row['person']['name']}{date}", highlight=False)
        _print_sources(row["sources"])


@app.command()
def path(
    name_a: Annotated[str, typer.Argument(help="The first person.")],
    name_b: Annotated[str, typer.Argument(help="The second person.")],
    db: DbOption = _DEFAULT_DB,
    loose: Annotated[
        bool, typer.Option("--loose", help="Allow steps between persons merely named together.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Show the shortest chain of sourced relations between two people.

    Example: prosograph path Kedrov Beloborodov
    """
    steps = _lookup(db, lambda kb: kb.path(name_a, name_b, loose=loose))
    if as_json:
        print(json.dumps(steps, ensure_ascii=False, indent=2))
        return
    if not steps:
        hint = "" if loose else " (try --loose to allow co-occurrence)"
        console.print(f"no chain of stated relations found{hint}")
        raise typer.Exit(1)
    for number, step in enumerate(steps, start=1):
        console.print(
            f"{number}. {step['from']['name']} [bold]{step['relation']}[/] {step['to']['name']}",
            highlight=False,
        )
        _print_sources(step["sources"])


@app.command()
def who(
    position: Annotated[str, typer.Option("--position", help="Office title (matched loosely).")],
    on: Annotated[str, typer.Option("--on", help="Day: YYYY, YYYY-MM or YYYY-MM-DD.")],
    db: DbOption = _DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Who held a position on a date.

    Example: prosograph who --position "Internal Affairs" --on 1925-01-01
    """
    with _open(db) as kb:
        try:
            rows = kb.who(position, on)
        except ValueError as error:
            errors.print(f"[red]error:[/] {error}")
            raise typer.Exit(2) from error
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        console.print("nobody found")
    for row in rows:
        console.print(
            f"[bold]{row['person']['name']}[/] {row['position']} ({row['date']})", highlight=False
        )
        _print_sources(row["sources"])


@app.command()
def events(
    type: Annotated[str, typer.Option("--type", help="Fact type, e.g. execution, arrest.")],
    db: DbOption = _DEFAULT_DB,
    year_from: Annotated[int | None, typer.Option("--from", help="First year.")] = None,
    year_to: Annotated[int | None, typer.Option("--to", help="Last year.")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Place contains this.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List events of a type in a period and place.

    Example: prosograph events --type execution --from 1937 --to 1938
    """
    with _open(db) as kb:
        rows = kb.events(type, year_from=year_from, year_to=year_to, place=place)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(rows)} {type} facts")
    for column in ("date", "person", "value", "place", "source"):
        table.add_column(column, overflow="fold")
    for row in rows:
        source = row["sources"][0]
        table.add_row(
            row["date"] or "",
            row["person"]["name"],
            row["value"],
            row["place"] or "",
            f"{source['document']}: {source['text']}",
        )
    console.print(table)


@app.command()
def conflicts(
    name: Annotated[str | None, typer.Argument(help="Only this person's conflicts.")] = None,
    db: DbOption = _DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """List where sources disagree, each claim with its source."""
    rows = _lookup(db, lambda kb: kb.conflicts(name))
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        console.print("no conflicts")
    for row in rows:
        console.print(f"[bold]{row['person']['name']}[/]: {row['slot']}", highlight=False)
        for claim in row["claims"]:
            console.print(f"  - {claim['value']} ({claim['date'] or 'no date'})", highlight=False)
            _print_sources(claim["sources"])


@app.command()
def why(
    name_a: Annotated[str, typer.Argument(help="A name form or person.")],
    name_b: Annotated[str, typer.Argument(help="Another name form or person.")],
    db: DbOption = _DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Explain the evidence for and against two names being one person.

    Example: prosograph why "A. G. Beloborodov" "Alexander Beloborodov"
    """
    answer = _lookup(db, lambda kb: kb.why(name_a, name_b))
    if as_json:
        print(json.dumps(answer, ensure_ascii=False, indent=2))
        return
    state = "resolved as one person" if answer["merged"] else "resolved as different people"
    console.print(f"[bold]{name_a}[/] / [bold]{name_b}[/]: {state}", highlight=False)
    for line in answer["lines"]:
        console.print(line, highlight=False)


@app.command()
def merge(
    name_a: Annotated[str, typer.Argument(help="A name form or person.")],
    name_b: Annotated[str, typer.Argument(help="The name form or person that is the same.")],
    db: DbOption = _DEFAULT_DB,
) -> None:
    """Record that two names are one person (kept across re-ingests), then re-resolve.

    Example: prosograph merge "Tolmachyov" "N. G. Tolmachyov"
    """
    card = _lookup(db, lambda kb: kb.merge(name_a, name_b), read_only=False)
    console.print(f"merged: {card['name']} ({card['id']})", highlight=False)


@app.command()
def split(
    person: Annotated[str, typer.Argument(help="The person to split.")],
    name: Annotated[str, typer.Argument(help="The name form that is someone else.")],
    db: DbOption = _DEFAULT_DB,
) -> None:
    """Record that a person's records called NAME are another person, then re-resolve.

    Example: prosograph split "Mikhail Kedrov" "Igor Kedrov"
    """
    cards = _lookup(db, lambda kb: kb.split(person, name), read_only=False)
    for card in cards:
        console.print(f"now: {card['name']} ({card['id']})", highlight=False)


def main() -> None:
    """Entry point for `python -m prosograph`."""
    app()


def _setting_help(name: str) -> str:
    return next(s.help for s in settings.SETTINGS if s.name == name)


@app.command()
def serve(
    db: DbOption = _DEFAULT_DB,
    host: Annotated[
        str,
        typer.Option("--host", envvar="PROSOGRAPH_HOST", help=_setting_help("host")),
    ] = settings.get("host"),
    port: Annotated[
        int,
        typer.Option("--port", envvar="PROSOGRAPH_PORT", help=_setting_help("port")),
    ] = int(settings.get("port")),
) -> None:
    """Serve the knowledge base read-only as web pages and a JSON API, until Ctrl-C.

    Example: prosograph serve --db demo.db   (then open http://127.0.0.1:8000/)
    """
    import uvicorn

    from prosograph.web import create_app

    if not db.exists():
        errors.print(f"[red]error:[/] {db}: no knowledge base here; run `prosograph ingest` first")
        raise typer.Exit(1)
    try:
        web_app = create_app(db)
    except ProsographError as error:
        errors.print(f"[red]error:[/] {error}")
        raise typer.Exit(1) from error
    console.print(f"Serving {db} read-only at http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


@app.command("eval")
def eval_command(
    dev: Annotated[
        Path | None, typer.Option("--dev", help="Development corpus (with prose/ and gold.jsonl).")
    ] = None,
    seeds: Annotated[Path | None, typer.Option("--seeds", help="Seed documents.")] = None,
    gold: Annotated[Path | None, typer.Option("--gold", help="Seed gold (JSON).")] = None,
    events: Annotated[
        bool, typer.Option("--events", help="Also score the events tier of the seed gold.")
    ] = False,
    brief: Annotated[bool, typer.Option("--brief", help="Figures only, no item lists.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Score prose extraction: the dev corpus per field (recall, precision, n) and the seeds.

    Example: prosograph eval --brief
    """
    from prosograph import evaluate

    paths = evaluate.default_paths()
    dev_dir = dev or paths["dev"]
    seed_dir = seeds or paths["seeds"]
    gold_file = gold or paths["gold"]
    for path in (dev_dir, seed_dir, gold_file):
        if not path.exists():
            errors.print(f"[red]error:[/] {path}: not found; pass --dev, --seeds and --gold")
            raise typer.Exit(1)
    dev_report = evaluate.evaluate_dev(dev_dir)
    tiers = ("core", "events") if events else ("core",)
    seed_report = evaluate.evaluate_seeds(gold_file, seed_dir, tiers=tiers)
    if as_json:
        print(json.dumps({"dev": dev_report.as_dict(), "seeds": seed_report.as_dict()}, indent=2))
        return
    print(evaluate.format_dev(dev_report, details=not brief))
    print()
    print(evaluate.format_seeds(seed_report, details=not brief))

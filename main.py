"""Clearlist: the desktop app without arguments, the contract's command line with them.

Only argument parsing, logging and opening the workspace live here; every command calls a use
case of `storage/` (the same ones the GUI calls) and prints a short summary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import logging.handlers
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

log = logging.getLogger("clearlist")

APP_NAME = "Clearlist"


def setup_logging(*, to_stderr: bool) -> None:
    """A rotating log file in the per-user log folder. Ids and counts only, never personal data."""
    import platformdirs

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        folder = platformdirs.user_log_path(APP_NAME, appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "clearlist.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError:
        pass  # no log file is better than no program
    if to_stderr:
        err = logging.StreamHandler(sys.stderr)
        err.setLevel(logging.ERROR)
        err.setFormatter(logging.Formatter("clearlist: %(message)s"))
        root.addHandler(err)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clearlist",
        description="Clearlist: prospect lists you may lawfully e-mail. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--db", type=Path, help="the workspace database file")
    parser.add_argument("--as-of", type=_date, help="act as if today were this date (YYYY-MM-DD)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import a .csv, .txt, .tsv or .xlsx file as one batch")
    p.add_argument("file", type=Path)
    p.add_argument("--source-type", required=True, choices=_enum("SOURCE_TYPES"))
    p.add_argument("--source-name", required=True)
    p.add_argument("--acquired-on", type=_date)
    p.add_argument("--audience", choices=_enum("AUDIENCES"))
    p.add_argument("--lawful-basis", choices=_enum("LAWFUL_BASES"))
    p.add_argument("--informed-at-collection", choices=("yes", "no"))
    p.add_argument("--sheet")
    p.add_argument("--map", action="append", default=[], metavar="HEADER=field")
    p.add_argument("--on-duplicate", choices=("skip", "fill", "overwrite"), default="fill")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--report", type=Path)
    p.add_argument("--rejected", type=Path, help="write the rejected rows, with a reason column")

    p = sub.add_parser("optout", help="the opt-out list")
    osub = p.add_subparsers(dest="optout_command", metavar="SUBCOMMAND", required=True)
    q = osub.add_parser("add", help="add addresses or whole domains (@example.com)")
    q.add_argument("values", nargs="+", metavar="VALUE")
    q.add_argument("--reason", default="manual", choices=_enum("OPTOUT_REASONS"))
    q = osub.add_parser("import", help="add every address (or hash) of a file")
    q.add_argument("file", type=Path)
    q.add_argument("--hashed", choices=("sha256", "md5"))
    q.add_argument("--reason", default="unsubscribed", choices=_enum("OPTOUT_REASONS"))

    p = sub.add_parser("export", help="write the cleared contacts of a campaign")
    p.add_argument("--campaign", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    # `--function F ...`: several functions after one flag, or the flag repeated.
    p.add_argument(
        "--function", action="extend", nargs="+", default=[], choices=_enum("JOB_FUNCTIONS")
    )
    p.add_argument("--segment")
    p.add_argument("--decisions", type=Path)
    p.add_argument("--report", type=Path)

    p = sub.add_parser("classify", help="print title, function and seniority for job titles")
    p.add_argument("titles", nargs="*", metavar="TITLE")

    p = sub.add_parser("access-report", help="write the access report (GDPR art. 15)")
    p.add_argument("email")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument(
        "--language", choices=("en", "fr", "sv"), help="default: from the person's country"
    )

    p = sub.add_parser("erase", help="erase one person everywhere")
    p.add_argument("email")

    p = sub.add_parser("retention", help="list (or purge) contacts whose retention has ended")
    p.add_argument("--purge", action="store_true")
    return parser


def _enum(name: str) -> tuple[str, ...]:
    from compliance import fields

    return getattr(fields, name)


# ----------------------------------------------------------------------------- commands
def open_workspace(args: argparse.Namespace):  # noqa: ANN201 - storage.workspace.Workspace
    from storage.workspace import Workspace, default_db_path

    return Workspace.open(args.db or default_db_path(), today=args.as_of)


def cmd_optout(args: argparse.Namespace) -> int:
    from storage import optout

    if args.optout_command == "add":
        entries = [optout.parse_optout_value(v) for v in args.values]  # check before opening
        with open_workspace(args) as ws:
            result = optout.add_entries(ws, entries, reason=args.reason, origin="command line")
        print(f"{result.added} added to the opt-out list, {result.already} already there.")
        return 0
    optout.check_input_file(args.file)  # before opening: a missing file creates no workspace
    with open_workspace(args) as ws:
        imported = optout.import_file(ws, args.file, hashed=args.hashed, reason=args.reason)
    skipped = f", {imported.skipped} values skipped" if imported.skipped else ""
    print(
        f"{imported.added} added to the opt-out list, {imported.already} already there{skipped} "
        f"({imported.rows} rows, column '{imported.column}')."
    )
    return 0


def _not_yet(name: str) -> int:
    from storage.errors import UserError

    raise UserError(f"The command '{name}' is not available in this version yet.")


def cmd_import(args: argparse.Namespace) -> int:
    import dataclasses

    from compliance.mapping import parse_map_options
    from storage.errors import UsageError
    from storage.importer import (
        ImportOptions,
        check_plan,
        file_sha256,
        plan_file,
        previous_imports,
        run_import,
    )
    from storage.workspace import default_db_path

    try:
        mapping = parse_map_options(args.map)
    except ValueError as exc:
        raise UsageError(f"{exc}: write --map 'Column header=field'.") from exc
    informed = None if args.informed_at_collection is None else args.informed_at_collection == "yes"
    options = ImportOptions(
        source_type=args.source_type,
        source_name=args.source_name,
        acquired_on=args.acquired_on.isoformat() if args.acquired_on else None,
        audience=args.audience,
        lawful_basis=args.lawful_basis,
        informed_at_collection=informed,
        sheet=args.sheet,
        mapping=mapping,
        on_duplicate=args.on_duplicate,
        dry_run=args.dry_run,
        rejected_file=args.rejected,
        report_file=args.report,
    )
    options.check()
    # The file is opened before the workspace: an unreadable file exits 3 and creates nothing.
    plan = plan_file(None, args.file, options)
    if not (args.db or default_db_path()).exists():
        check_plan(plan, args.file.name)  # a new workspace remembers no mapping that could help
    sha = file_sha256(args.file)
    with open_workspace(args) as ws:
        for earlier in previous_imports(ws, sha):
            print(
                f"clearlist: note: this same file was already imported on "
                f"{earlier['created_at'][:10]} (batch {earlier['batch_id']}, "
                f"source '{earlier['source_name']}').",
                file=sys.stderr,
            )
        report = run_import(ws, args.file, dataclasses.replace(options, file_sha256=sha), plan=plan)
    for warning in report.warnings:
        print(f"clearlist: warning: {warning}", file=sys.stderr)
    if report.ignored_columns:
        print(
            f"clearlist: {len(report.ignored_columns)} columns not imported (no field): "
            + ", ".join(report.ignored_columns[:10])
            + (" ..." if len(report.ignored_columns) > 10 else ""),
            file=sys.stderr,
        )
    if report.possible_duplicates:
        print(
            f"clearlist: {report.possible_duplicates} possible duplicates (same name and company, "
            "another address) were kept apart; review them in the app.",
            file=sys.stderr,
        )
    if report.rejected_file:
        print(f"clearlist: rejected rows written to {report.rejected_file}", file=sys.stderr)
    print(report.summary())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from storage.campaigns import load_campaign_file
    from storage.export import ExportSelection, run_export
    from storage.writers import table_format

    # Everything that can be judged without the workspace is judged before opening it, so a
    # bad command creates no workspace: the output format (2), the campaign file (3 or 5).
    table_format(args.out)
    campaign, _spec = load_campaign_file(args.campaign)
    selection = ExportSelection(segment=args.segment, functions=tuple(args.function))
    with open_workspace(args) as ws:
        result = run_export(
            ws,
            campaign,
            args.out,
            selection,
            decisions_path=args.decisions,
            report_path=args.report,
        )
    counts = result.counts
    reasons = ", ".join(f"{code} {n}" for code, n in sorted(counts.excluded.items()) if n)
    print(
        f"{counts.exported} of {counts.considered} contacts exported to {result.path.name}; "
        f"{counts.excluded_contacts} excluded" + (f" ({reasons})." if reasons else ".")
    )
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    """title<TAB>function<TAB>seniority per title; stdin lines when none are given. No database."""
    import os

    from compliance.jobtitles import classify

    titles = args.titles
    if not titles:
        sys.stdin.reconfigure(errors="replace")  # a stray byte must not stop a long list
        titles = (line.rstrip("\r\n") for line in sys.stdin)
    sys.stdout.reconfigure(errors="replace")
    out = sys.stdout
    try:
        for title in titles:  # streamed: one line out per line in, blank lines included
            result = classify(title)
            out.write(f"{title.replace(chr(9), ' ')}\t{result.function}\t{result.seniority}\n")
        out.flush()
    except BrokenPipeError:  # `... classify | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def cmd_access_report(args: argparse.Namespace) -> int:
    from storage import rights

    rights.check_address(args.email)  # a malformed address is bad usage (exit 2)
    with open_workspace(args) as ws:
        written = rights.write_access_report(ws, args.email, args.out, language=args.language)
    print(f"Access report written to {written.path} ({written.language}).")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from storage import rights

    rights.check_address(args.email)  # a malformed address is bad usage (exit 2)
    with open_workspace(args) as ws:
        result = rights.erase_person(ws, args.email)
    what = "The person was erased" if result.contact_id else "The address was erased"
    print(f"{what}; only the SHA-256 of the address stays on the opt-out list.")
    if result.export_tools:
        tools = ", ".join(result.export_tools)
        print(f"The person was in files exported for: {tools}. Delete them there too.")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from storage import retention

    with open_workspace(args) as ws:
        if args.purge:
            result = retention.purge(ws)
            print(f"{result.deleted} contacts whose retention period had ended were deleted.")
            return 0
        found = retention.scan(ws)
    for entry in found.expired:
        print(f"{entry.email}\t{entry.last_day.isoformat()}\t{entry.basis}")
    print(
        f"{len(found.expired)} contacts' retention period has ended "
        f"({len(found.ending_soon)} more end within {retention.SOON_DAYS} days); "
        "run 'retention --purge' to delete them."
    )
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "optout": cmd_optout,
    "export": cmd_export,
    "classify": cmd_classify,
    "access-report": cmd_access_report,
    "erase": cmd_erase,
    "retention": cmd_retention,
}


def run_command(args: argparse.Namespace) -> int:
    from storage.errors import UserError

    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        log.info("command %s failed: %s", args.command, type(exc).__name__)
        print(f"clearlist: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("clearlist: interrupted; nothing was changed.", file=sys.stderr)
        return 1
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(
            "clearlist: something went wrong inside Clearlist; nothing was changed. "
            "The details are in the log file; please report them.",
            file=sys.stderr,
        )
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        setup_logging(to_stderr=False)
        from gui.app import run_app

        return run_app(db_path=args.db, as_of=args.as_of)
    setup_logging(to_stderr=True)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())

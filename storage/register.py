"""The register of processing activities (GDPR art. 30(1); RULES.md section E).

Each section is a text the user may edit. Until it is edited, a section is prefilled from the
workspace as it is now: the controller from the campaigns' sender, the kinds of people and data
actually stored, the sources in use, the recipients (the e-mail tools lists were exported to),
known transfers outside the EU, the retention rules and the security measures. An edited section
is kept in the `register` table (audited by section name) and wins over the prefill; resetting it
brings the prefill back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compliance.access_report import (
    CATEGORY_ORDER,
    FIELD_CATEGORIES,
    Section,
    long_date,
    render_document,
    texts,
)
from compliance.fields import SOURCE_TYPES

from .atomic import write_text_atomically
from .errors import UsageError
from .workspace import Workspace, now_iso

SECTIONS: tuple[str, ...] = (
    "controller",
    "purposes",
    "people",
    "data",
    "sources",
    "recipients",
    "transfers",
    "retention",
    "security",
)
# Tools whose service keeps data outside the EU (their default safeguards, in the texts).
_TOOLS_OUTSIDE_EU = ("mailchimp",)


@dataclass(frozen=True)
class RegisterSection:
    key: str
    heading: str
    text: str  # what the register says: the edited text, or the prefill
    prefill: str  # what the workspace suggests now
    edited: bool
    updated_at: str | None


def _categories_held(ws: Workspace) -> list[str]:
    """The kinds of data stored in at least one contact (one EXISTS per kind: stops early)."""
    held = []
    for category in CATEGORY_ORDER:
        names = [n for n, c in FIELD_CATEGORIES.items() if c == category]
        if category == "optout":
            sql = "SELECT EXISTS (SELECT 1 FROM optouts)"
        else:
            cond = " OR ".join(f"({n} IS NOT NULL AND {n} != '')" for n in names)
            sql = f"SELECT EXISTS (SELECT 1 FROM contacts WHERE {cond})"
        if ws.conn.execute(sql).fetchone()[0]:
            held.append(category)
    return held


def export_tools(ws: Workspace) -> list[str]:
    """The e-mail tools lists were exported to (each a recipient of the data)."""
    rows = ws.conn.execute(
        "SELECT DISTINCT coalesce(tool, 'generic') FROM exports ORDER BY 1"
    ).fetchall()
    return [r[0] for r in rows]


def latest_sender(ws: Workspace) -> str | None:
    """The sender identity of the most recently saved or exported campaign."""
    for sql in (
        "SELECT spec_json FROM campaigns ORDER BY updated_at DESC, id DESC LIMIT 1",
        "SELECT campaign_json FROM exports ORDER BY id DESC LIMIT 1",
    ):
        row = ws.conn.execute(sql).fetchone()
        if row:
            try:
                sender = json.loads(row[0]).get("sender")
            except (ValueError, AttributeError):
                continue
            if sender and str(sender).strip():
                return str(sender).strip()
    return None


def prefill(ws: Workspace, language: str = "en") -> dict[str, str]:
    """Each section as the workspace suggests it now."""
    t = texts(language)
    d = t["register"]["defaults"]
    out: dict[str, str] = {}
    sender = latest_sender(ws)
    out["controller"] = sender or d["controller_missing"]
    out["purposes"] = d["purposes"]

    people = []
    for audience in ("b2b", "b2c"):
        if ws.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM contacts WHERE audience = ?)", (audience,)
        ).fetchone()[0]:
            people.append(d["people"][audience])
    if ws.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM contacts WHERE customer_since IS NOT NULL "
        "OR last_purchase_date IS NOT NULL)"
    ).fetchone()[0]:
        people.append(d["people"]["customer"])
    count = ws.contact_count()
    listed = ", ".join(people) if people else d["people"]["none"]
    out["people"] = d["people_line"].format(list=listed, count=count)

    held = _categories_held(ws)
    categories = ", ".join(t["categories"][c] for c in held) or "-"
    out["data"] = d["data_line"].format(list=categories)

    lines = []
    for source_type in SOURCE_TYPES:
        rows = ws.conn.execute(
            "SELECT s.source_name, count(cs.contact_id) FROM sources s "
            "LEFT JOIN contact_sources cs ON cs.source_id = s.id "
            "WHERE s.undone_at IS NULL AND s.source_type = ? GROUP BY s.id "
            "HAVING count(cs.contact_id) > 0 ORDER BY s.acquired_on DESC LIMIT 30",
            (source_type,),
        ).fetchall()
        if rows:
            names = "; ".join(sorted({r[0] for r in rows}))
            total = sum(r[1] for r in rows)
            label = t["values"]["source_type"][source_type]
            lines.append(d["sources_line"].format(type=label, count=total, names=names))
    out["sources"] = "\n".join(lines) or d["sources_none"]

    tools = export_tools(ws)
    recipients = [d["recipients_staff"]]
    if tools:
        labels = ", ".join(t["tools"].get(tool, tool) for tool in tools)
        recipients.append(d["recipients_tools"].format(tools=labels))
    out["recipients"] = "; ".join(recipients) + "."

    transfers = [d[f"transfers_{tool}"] for tool in tools if tool in _TOOLS_OUTSIDE_EU]
    out["transfers"] = "\n".join(transfers) or d["transfers_none"]
    out["retention"] = d["retention"]

    last_backup = ws.setting("last_backup_at")
    backup = d["security_backup"].format(date=last_backup[:10]) if last_backup else ""
    out["security"] = d["security"].format(backup=backup)
    return out


def sections(ws: Workspace, language: str = "en") -> list[RegisterSection]:
    """The register as it stands: edited sections as edited, the others prefilled."""
    headings = texts(language)["register"]["sections"]
    suggested = prefill(ws, language)
    stored = {
        row[0]: (json.loads(row[1]), row[2])
        for row in ws.conn.execute("SELECT section, value_json, updated_at FROM register")
    }
    out = []
    for key in SECTIONS:
        if key in stored:
            text, updated = stored[key]
            out.append(RegisterSection(key, headings[key], text, suggested[key], True, updated))
        else:
            out.append(
                RegisterSection(key, headings[key], suggested[key], suggested[key], False, None)
            )
    return out


def save_section(ws: Workspace, key: str, text: str) -> None:
    """Keep the user's text for one section (audited by section name, not content)."""
    if key not in SECTIONS:
        raise ValueError(f"unknown register section {key!r}")
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO register (section, value_json, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (section) DO UPDATE SET value_json = excluded.value_json, "
            "updated_at = excluded.updated_at",
            (key, json.dumps(text.strip(), ensure_ascii=False), now_iso()),
        )
        ws.audit("register.edited", details={"section": key})


def reset_section(ws: Workspace, key: str) -> None:
    """Forget the user's text for one section: the prefill applies again."""
    if key not in SECTIONS:
        raise ValueError(f"unknown register section {key!r}")
    with ws.transaction():
        ws.conn.execute("DELETE FROM register WHERE section = ?", (key,))
        ws.audit("register.reset", details={"section": key})


def controller_lines(ws: Workspace) -> tuple[str, ...]:
    """The controller's identity and contact, as lines (for the access report); empty when not
    known yet."""
    row = ws.conn.execute("SELECT value_json FROM register WHERE section = 'controller'").fetchone()
    text = json.loads(row[0]) if row else latest_sender(ws)
    if not text:
        return ()
    return tuple(line.strip() for line in str(text).splitlines() if line.strip())


def render_html(ws: Workspace, language: str = "en") -> str:
    t = texts(language)["register"]
    parts = tuple(
        Section(s.key, s.heading, paragraphs=tuple(p for p in s.text.split("\n") if p.strip()))
        for s in sections(ws, language)
    )
    printed = t["updated_on"].format(date=long_date(ws.today, language))
    return render_document(language, t["title"], t["subtitle"], (printed,), parts)


def write_document(
    ws: Workspace,
    path: Path,
    language: str = "en",
    *,
    pdf_writer: Callable[[str, Path], object] | None = None,
) -> Path:
    """The register as an HTML file, or a PDF through the GUI's `pdf_writer`; audited."""
    path = Path(path)
    html = render_html(ws, language)
    if path.suffix.lower() == ".pdf":
        if pdf_writer is None:
            raise UsageError("Save the register as .html (PDF is made by the app's window).")
        pdf_writer(html, path)
    elif path.suffix.lower() in (".html", ".htm"):
        write_text_atomically(path, html)
    else:
        raise UsageError("The register file must end in .html or .pdf.")
    ws.audit("register.exported", details={"language": language, "format": path.suffix[1:]})
    return path


def as_dict(ws: Workspace, language: str = "en") -> dict[str, Any]:
    return {s.key: s.text for s in sections(ws, language)}

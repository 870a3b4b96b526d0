"""Campaigns: the contract's campaign JSON (CONTRACT.md section 4), kept in the workspace.

A campaign is stored as its JSON object (`spec`), exactly the contract's fields, so that "save as
JSON file" and "open a JSON file" are lossless. `compliance.campaign.parse_campaign` is the one
judge of a campaign's validity; here its two failures become the contract's exit codes:
`CampaignError` -> `InputFileError` (3), `CampaignBlocked` -> `storage.errors.CampaignBlocked` (5).

A campaign may be saved without a sender or an unsubscribe means (a draft being written in the
GUI): it is then "blocked", and the export refuses it (RULES.md A, row 0). Anything else wrong
with it is refused when saving.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compliance import campaign as rules
from compliance.campaign import Campaign
from compliance.notices import LANGUAGES, default_template

from .atomic import write_text_atomically
from .errors import CampaignBlocked, InputFileError, UserError
from .workspace import Workspace, now_iso

CAMPAIGN_FIELDS: tuple[str, ...] = (
    "name",
    "sender",
    "unsubscribe",
    "topic_functions",
    "product_category",
    "notice",
    "jurisdiction",
)
# Placeholders used only to check the rest of a blocked draft; never stored.
_DRAFT_SENDER = "draft sender"
_DRAFT_UNSUBSCRIBE = "mailto:draft@draft.example"


@dataclass(frozen=True)
class StoredCampaign:
    id: int
    name: str
    spec: dict[str, Any]
    updated_at: str

    @property
    def blocked_problem(self) -> str | None:
        """Why an export of this campaign is refused (no sender or unsubscribe), or None."""
        try:
            campaign_from_spec(self.spec)
        except CampaignBlocked as exc:
            return exc.message
        except InputFileError as exc:  # pragma: no cover - saved campaigns were checked
            return exc.message
        return None

    def campaign(self) -> Campaign:
        return campaign_from_spec(self.spec)


def campaign_from_spec(spec: Any) -> Campaign:
    """The `Campaign` of a campaign JSON object; exit code 3 or 5 errors."""
    try:
        return rules.parse_campaign(spec)
    except rules.CampaignBlocked as exc:
        raise CampaignBlocked(exc.message) from exc
    except rules.CampaignError as exc:
        raise InputFileError(exc.message) from exc


def spec_of(campaign: Campaign) -> dict[str, Any]:
    """The contract's JSON object for a `Campaign` (fields in the contract's order)."""
    return {
        "name": campaign.name,
        "sender": campaign.sender,
        "unsubscribe": campaign.unsubscribe,
        "topic_functions": sorted(campaign.topic_functions),
        "product_category": campaign.product_category,
        "notice": campaign.notice,
        "jurisdiction": campaign.jurisdiction,
    }


def read_campaign_file(path: Path) -> dict[str, Any]:
    """The JSON object of a campaign file (not yet judged); exit code 3 when unreadable."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputFileError(f"The campaign file {path} does not exist. Check its name.") from exc
    except OSError as exc:
        raise InputFileError(
            f"The campaign file {path.name} cannot be read ({exc.strerror})."
        ) from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"The campaign file {path.name} is not UTF-8 text: save it as UTF-8 JSON."
        ) from exc
    except json.JSONDecodeError as exc:
        raise InputFileError(
            f"The campaign file {path.name} is not valid JSON (line {exc.lineno}, column "
            f"{exc.colno}: {exc.msg}). Correct it; a campaign file looks like "
            '{"name": ..., "sender": ..., "unsubscribe": ..., "jurisdiction": "FR"}.'
        ) from exc
    if not isinstance(data, dict):
        raise InputFileError(
            f"The campaign file {path.name} must hold one JSON object such as "
            '{"name": ..., "sender": ..., "unsubscribe": ..., "jurisdiction": "FR"}.'
        )
    return data


def load_campaign_file(path: Path) -> tuple[Campaign, dict[str, Any]]:
    """A campaign file judged strictly: (Campaign, its JSON object). Exit code 3 or 5 errors."""
    spec = read_campaign_file(path)
    return campaign_from_spec(spec), spec


def check_draft(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec normalised for saving; refuses anything wrong but a missing sender/unsubscribe."""
    trial = dict(spec)
    if not str(trial.get("sender") or "").strip():
        trial["sender"] = _DRAFT_SENDER
    if not str(trial.get("unsubscribe") or "").strip():
        trial["unsubscribe"] = _DRAFT_UNSUBSCRIBE
    checked = spec_of(campaign_from_spec(trial))
    for key in ("sender", "unsubscribe"):
        if trial[key] in (_DRAFT_SENDER, _DRAFT_UNSUBSCRIBE):
            checked[key] = ""
    return checked


def save_campaign(ws: Workspace, spec: dict[str, Any], campaign_id: int | None = None) -> int:
    """Create or update a campaign from its JSON object; returns its id."""
    checked = check_draft(spec)
    name = checked["name"]
    payload = json.dumps(checked, ensure_ascii=False)
    stamp = now_iso()
    with ws.transaction():
        clash = ws.conn.execute(
            "SELECT id FROM campaigns WHERE name = ? AND id IS NOT ?", (name, campaign_id)
        ).fetchone()
        if clash:
            raise UserError(f"A campaign named '{name}' already exists: choose another name.")
        if campaign_id is None:
            cur = ws.conn.execute(
                "INSERT INTO campaigns (name, spec_json, created_at, updated_at) "
                "VALUES (?, ?, ?, ?)",
                (name, payload, stamp, stamp),
            )
            campaign_id = int(cur.lastrowid)
        else:
            cur = ws.conn.execute(
                "UPDATE campaigns SET name = ?, spec_json = ?, updated_at = ? WHERE id = ?",
                (name, payload, stamp, campaign_id),
            )
            if not cur.rowcount:
                raise UserError("This campaign no longer exists: it was deleted.")
        ws.audit("campaign.saved", entity="campaign", entity_id=campaign_id)
    return campaign_id


def import_campaign_file(ws: Workspace, path: Path) -> int:
    """Save a campaign file as a campaign of the workspace (a new one, or the one of that name)."""
    spec = read_campaign_file(path)
    checked = check_draft(spec)
    row = ws.conn.execute("SELECT id FROM campaigns WHERE name = ?", (checked["name"],)).fetchone()
    return save_campaign(ws, checked, row[0] if row else None)


def export_campaign_file(campaign: StoredCampaign, path: Path) -> Path:
    """Write a campaign as the contract's JSON file (through a temporary file and a rename)."""
    text = json.dumps(campaign.spec, ensure_ascii=False, indent=2) + "\n"
    return write_text_atomically(Path(path), text)


def list_campaigns(ws: Workspace) -> list[StoredCampaign]:
    rows = ws.conn.execute(
        "SELECT id, name, spec_json, updated_at FROM campaigns ORDER BY name COLLATE NOCASE"
    ).fetchall()
    return [StoredCampaign(r[0], r[1], json.loads(r[2]), r[3]) for r in rows]


def get_campaign(ws: Workspace, campaign_id: int) -> StoredCampaign:
    row = ws.conn.execute(
        "SELECT id, name, spec_json, updated_at FROM campaigns WHERE id = ?", (campaign_id,)
    ).fetchone()
    if row is None:
        raise UserError("This campaign no longer exists: it was deleted.")
    return StoredCampaign(row[0], row[1], json.loads(row[2]), row[3])


def delete_campaign(ws: Workspace, campaign_id: int) -> None:
    """Delete a campaign; its past exports keep their own copy of it (exports.campaign_json)."""
    with ws.transaction():
        ws.conn.execute(
            "UPDATE exports SET campaign_id = NULL WHERE campaign_id = ?", (campaign_id,)
        )
        ws.conn.execute("DELETE FROM campaigns WHERE id = ?", (campaign_id,))
        ws.audit("campaign.deleted", entity="campaign", entity_id=campaign_id)


def notice_templates() -> dict[str, str]:
    """The default first-contact notice per language (resources/notices), for the editor."""
    return {language: default_template(language) for language in LANGUAGES}


def new_spec(language: str = "en", jurisdiction: str = "FR") -> dict[str, Any]:
    """A blank campaign with the default notice of `language` (a starting point for the GUI)."""
    return {
        "name": "",
        "sender": "",
        "unsubscribe": "",
        "topic_functions": [],
        "product_category": None,
        "notice": default_template(language),
        "jurisdiction": jurisdiction,
    }

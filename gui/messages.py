"""Sentences from storage and compliance, shown in the user's language.

`storage/` and `compliance/` have no Qt: their messages (a `UserError`'s sentence, a campaign or
notice problem, a field's validation error, the import's explanations) are English sentences,
many with values in them ("salon.csv is empty: there is nothing to import."). `TEMPLATES` lists
each of them once, values as `{placeholders}`, for lupdate (context "messages").
`translate_message` finds the template a sentence was made from, translates the template and
puts the values back (a value that is itself a listed sentence is translated too). A sentence
not listed is shown as it is.

The list is generated from the source: `python -m tests.gui.storage_sentences --write` (then
`ruff format gui/messages.py`);
tests/gui/test_messages.py fails when it is out of date.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "messages"
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

TEMPLATES: tuple[str, ...] = (
    # BEGIN GENERATED
    QT_TRANSLATE_NOOP("messages", "'{raw}' is not a domain: write a domain as @example.com."),
    QT_TRANSLATE_NOOP("messages", "--hashed must be sha256 or md5."),
    QT_TRANSLATE_NOOP(
        "messages", "A backup cannot replace the workspace itself: choose another file."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "A bought or rented list of consumers counts as not consenting unless the "
        "provider can prove that each person agreed to their address being passed "
        "on, with your company or sector named.",
    ),
    QT_TRANSLATE_NOOP("messages", "A campaign named '{name}' already exists: choose another name."),
    QT_TRANSLATE_NOOP(
        "messages",
        "A consent counts only with its date and its source for each person. The "
        "file has no consent date and source columns mapped, so these contacts will "
        "count as not consenting until you add them.",
    ),
    QT_TRANSLATE_NOOP("messages", "A request cannot be closed before it was received."),
    QT_TRANSLATE_NOOP("messages", "A segment named '{name}' already exists: choose another name."),
    QT_TRANSLATE_NOOP("messages", "A title rule needs a job title with at least one word in it."),
    QT_TRANSLATE_NOOP(
        "messages",
        "An Excel sheet holds at most {xlsx_max_rows} contacts; this export has "
        "more. Write it as .csv, or narrow the selection; nothing was written.",
    ),
    QT_TRANSLATE_NOOP("messages", "An e-mail address is required."),
    QT_TRANSLATE_NOOP("messages", "Answer yes or no."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Businesses and consumers are mixed: the file's audience column says which "
        "is which; rows without it count as unknown and are judged strictly.",
    ),
    QT_TRANSLATE_NOOP("messages", "Choose one of: {list}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Clearlist cannot create the folder {parent}: {strerror}. Choose another location.",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "Clearlist cannot read {suffix} files. Save the list as one of: {supported}."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Clearlist cannot write in the folder {folder} ({strerror}). Choose another "
        "folder; nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Clearlist cannot write in the folder {folder} ({strerror}). Choose another one.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Clearlist cannot write in the folder {folder}. Choose a folder you can "
        "write to; nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Clearlist cannot write in the folder {parent}. Choose a folder you can "
        "write to (for example your Documents folder), or ask for write access to "
        "this one.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Clearlist cannot write in the folder {parent}. Choose a folder you can "
        "write to, or ask for write access to this one.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Consumers who did not agree cannot receive marketing e-mails; they are kept "
        "under legitimate interest and will be left out of e-mail campaigns.",
    ),
    QT_TRANSLATE_NOOP("messages", "Describe what happened (the facts of the breach)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Existing customers may receive offers for products like the ones they "
        "bought (the soft opt-in), if they could refuse when they gave their "
        "address: the lawful basis is legitimate interest.",
    ),
    QT_TRANSLATE_NOOP("messages", "Export {export_id} was already marked as sent on {sent_at}."),
    QT_TRANSLATE_NOOP(
        "messages", "Give the person's e-mail address, written like name@example.com."
    ),
    QT_TRANSLATE_NOOP("messages", "Give the segment a name."),
    QT_TRANSLATE_NOOP("messages", "Import batch {batch_id} was already undone on {row}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "No column of {name} holds e-mail addresses. Name that column 'email' (or "
        "E-mail, Courriel, E-post), or choose it with --map 'HEADER=email'. The "
        "columns are: {list}.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "No column of {name} holds e-mail addresses. Name that column 'email' (or "
        "E-mail, Courriel, E-post), or choose it with --map 'HEADER=email'. The "
        "columns are: {list}....",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "No contacts are attached to this breach yet: attach the affected contacts first.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "No one with this address is stored in this workspace (it may have been "
        "erased already). Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "No usable system keyring was found to keep the workspace key. Either choose "
        "a passphrase (set the environment variable {passphrase_env}, or enter it in "
        "the app), or install and unlock a system keyring (Secret Service, macOS "
        "Keychain, Windows Credential Manager).",
    ),
    QT_TRANSLATE_NOOP("messages", "On duplicates, choose skip, fill or overwrite."),
    QT_TRANSLATE_NOOP(
        "messages",
        "One of the values is not a valid e-mail address (write a whole domain as @example.com).",
    ),
    QT_TRANSLATE_NOOP("messages", "Only an open request can have its deadline extended."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Professionals may be e-mailed about offers related to their job without "
        "prior consent (legitimate interest), as long as they can object easily.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Row {header_row} is not among the first rows of {name} that hold something; "
        "choose another header row.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Row {number} of {name}{shown} is not a {name2} hash: {hint}. Nothing was added.",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "Save the breach log as .html (PDF is made by the app's window)."
    ),
    QT_TRANSLATE_NOOP("messages", "Save the register as .html (PDF is made by the app's window)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Say precisely where the contacts come from (a provider's name, an event, a "
        "form): the source name is required.",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "Say why the request is refused: the person must be told the reason."
    ),
    QT_TRANSLATE_NOOP("messages", 'The CSV separator must be "," or ";".'),
    QT_TRANSLATE_NOOP(
        "messages", "The PDF {name} could not be written ({strerror}); nothing was saved."
    ),
    QT_TRANSLATE_NOOP("messages", "The PDF {name} could not be written; nothing was saved."),
    QT_TRANSLATE_NOOP("messages", "The acquisition date must be written YYYY-MM-DD."),
    QT_TRANSLATE_NOOP("messages", "The audience must be b2b or b2c."),
    QT_TRANSLATE_NOOP(
        "messages", "The authority cannot have been told before the breach was noticed."
    ),
    QT_TRANSLATE_NOOP("messages", "The authority cannot have been told in the future."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The authority was told more than 72 hours after the breach was noticed: "
        "give the reasons for the delay (GDPR article 33(1) requires them).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The backup could not be copied next to the workspace ({strerror}); the "
        "workspace is unchanged.",
    ),
    QT_TRANSLATE_NOOP("messages", "The backup could not be written ({exc})."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The backup could not be written to {parent} ({strerror}). Choose a folder "
        "you can write to.",
    ),
    QT_TRANSLATE_NOOP("messages", "The breach log file must end in .html or .pdf."),
    QT_TRANSLATE_NOOP(
        "messages",
        'The campaign "jurisdiction" must be "FR" or "SE", not "{shown}": set it to '
        "the country whose law applies to contacts with no country.",
    ),
    QT_TRANSLATE_NOOP("messages", 'The campaign "jurisdiction" must be "FR" or "SE".'),
    QT_TRANSLATE_NOOP("messages", 'The campaign "name" is blank: give the campaign a name.'),
    QT_TRANSLATE_NOOP(
        "messages",
        'The campaign field "topic_functions" must be a list of job functions, such '
        'as ["finance", "executive"].',
    ),
    QT_TRANSLATE_NOOP(
        "messages", 'The campaign field "{key}" must be text in double quotes, not {kind}.'
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The campaign file has the unknown field {names}: remove it or correct its "
        "spelling (the fields are {allowed}).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        'The campaign file must hold one JSON object such as {"name": ..., "sender": '
        '..., "unsubscribe": ..., "jurisdiction": "FR"}.',
    ),
    QT_TRANSLATE_NOOP("messages", "The campaign file {name} cannot be read ({strerror})."),
    QT_TRANSLATE_NOOP(
        "messages", "The campaign file {name} is not UTF-8 text: save it as UTF-8 JSON."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The campaign file {name} is not valid JSON (line {lineno}, column {colno}: "
        '{msg}). Correct it; a campaign file looks like {"name": ..., "sender": ..., '
        '"unsubscribe": ..., "jurisdiction": "FR"}.',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        'The campaign file {name} must hold one JSON object such as {"name": ..., '
        '"sender": ..., "unsubscribe": ..., "jurisdiction": "FR"}.',
    ),
    QT_TRANSLATE_NOOP("messages", "The campaign file {path} does not exist. Check its name."),
    QT_TRANSLATE_NOOP(
        "messages",
        'The campaign has no "jurisdiction": add "jurisdiction": "FR" or "SE", the '
        "country whose law applies to contacts with no country.",
    ),
    QT_TRANSLATE_NOOP("messages", 'The campaign has no "{key}": add it to the campaign file.'),
    QT_TRANSLATE_NOOP(
        "messages",
        "The campaign has no sender identity and no unsubscribe means, so nothing "
        'can be exported: fill in "sender" (your company\'s name and address) and '
        '"unsubscribe" (a link containing {token}, or a mailto: address).',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The campaign has no sender identity, so nothing can be exported: fill in "
        '"sender" with your company\'s name and postal or e-mail address.',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The campaign has no unsubscribe means, so nothing can be exported: fill in "
        '"unsubscribe" with a link containing {token} (replaced by each contact\'s '
        "own code) or a mailto: address.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        'The campaign names the unknown job function {list} in "topic_functions": '
        "use only {list2}.",
    ),
    QT_TRANSLATE_NOOP("messages", "The column layout must be one of: {list}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The data was not collected from the people themselves: the first e-mail to "
        "each person must name this source and say how to object (GDPR article 14).",
    ),
    QT_TRANSLATE_NOOP("messages", "The date of receipt cannot be in the future."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The deadline can be extended only if the person was told within one month "
        "of the request (by {isoformat}); it is too late now.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The disk is full, so nothing was saved. Free some space on the disk that "
        "holds {parent} and try again; the workspace is as it was.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The disk is full, so the backup could not be written. Free some space or "
        "choose another disk; the workspace is unchanged.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The disk is full, so the workspace could not be backed up before its "
        "upgrade. Free some space and try again; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "The export file, the decisions file and the report need three names."
    ),
    QT_TRANSLATE_NOOP("messages", "The file {name} cannot be read ({strerror})."),
    QT_TRANSLATE_NOOP(
        "messages", "The file {name} could not be written ({strerror}); nothing was saved."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The file {name} could not be written ({value}); nothing was written and the "
        "workspace is unchanged.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The file {name} is too short to be a Clearlist workspace. Check that you "
        "chose the right file.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The file {path} is read-only (or open in another program), so it cannot be "
        "replaced. Close it or choose another name; nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The folder {folder} does not exist, so {name} cannot be written. Choose an "
        "existing folder; nothing was written.",
    ),
    QT_TRANSLATE_NOOP("messages", "The folder {folder} does not exist. Choose an existing folder."),
    QT_TRANSLATE_NOOP("messages", "The folder {parent} does not exist. Choose an existing folder."),
    QT_TRANSLATE_NOOP("messages", "The folder {parent} does not exist. Choose another one."),
    QT_TRANSLATE_NOOP("messages", "The lawful basis must be one of: {list}."),
    QT_TRANSLATE_NOOP("messages", "The moment the breach was noticed cannot be in the future."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The notice does not name the source of the data: it must contain "
        "{source_name}, which is replaced by the precise source of each contact "
        "(GDPR art. 14).",
    ),
    QT_TRANSLATE_NOOP("messages", "The notice is empty."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The notice uses the unknown placeholder {list}; the placeholders a notice "
        "may use are {allowed}.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The output file {name} must end in .csv or .xlsx (the format is chosen from "
        "the file name).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The passphrase is too short: use at least {min_passphrase_length} characters.",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "The people cannot have been told before the breach was noticed."
    ),
    QT_TRANSLATE_NOOP("messages", "The people cannot have been told in the future."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The person cannot have been told of the extension before the request arrived.",
    ),
    QT_TRANSLATE_NOOP("messages", "The reason must be one of: {list}."),
    QT_TRANSLATE_NOOP("messages", "The register file must end in .html or .pdf."),
    QT_TRANSLATE_NOOP("messages", "The report file must end in {list}."),
    QT_TRANSLATE_NOOP("messages", "The report language must be en, fr or sv."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The report {name} cannot be written in {folder} ({strerror}); nothing was "
        "imported. Choose another folder for the report.",
    ),
    QT_TRANSLATE_NOOP("messages", "The risk must be one of: {list}."),
    QT_TRANSLATE_NOOP("messages", "The segment '{name}' cannot be used: {exc}"),
    QT_TRANSLATE_NOOP("messages", "The sheet '{chosen}' of {name} is empty: nothing to import."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The sheet '{name}' of {name2} cannot be read: the file is damaged. Open it "
        "in your spreadsheet program and save it again.",
    ),
    QT_TRANSLATE_NOOP("messages", "The source type must be one of: {list}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The system keyring is locked or not answering, so the workspace key cannot "
        "be read. Unlock your keyring (log in to your desktop session) and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The system keyring refused to store the new workspace key. Unlock it and "
        "try again, or set {passphrase_env} to use a passphrase instead.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        'The unsubscribe address "{text}" is not a usable mailto: address: write it '
        "as mailto:unsubscribe@yourcompany.example.",
    ),
    QT_TRANSLATE_NOOP("messages", 'The unsubscribe link "{text}" contains spaces: remove them.'),
    QT_TRANSLATE_NOOP(
        "messages",
        'The unsubscribe link "{text}" does not contain {token}, so it would be the '
        "same for everybody: add {token} where each contact's own code goes, as in "
        "https://yourcompany.example/unsubscribe?t={token}.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        'The unsubscribe means "{text}" is neither a web link nor a mailto: address: '
        "write a link such as https://yourcompany.example/unsubscribe?t={token}, or "
        "mailto:unsubscribe@yourcompany.example.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The workspace could not be backed up before its upgrade ({strerror}); "
        "nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("messages", "The workspace could not be created at {path}: {exc}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The workspace could not be opened with the key kept in the system keyring: "
        "the file is not a Clearlist workspace, or it was replaced. Check that you "
        "chose the right file.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The workspace could not be opened: the passphrase is wrong, or the file is "
        "not a Clearlist workspace. Check the passphrase (it is case-sensitive) and "
        "the file.",
    ),
    QT_TRANSLATE_NOOP("messages", "The workspace could not be opened: {exc}."),
    QT_TRANSLATE_NOOP(
        "messages", "The workspace could not be upgraded ({exc}); it was left as it was."
    ),
    QT_TRANSLATE_NOOP("messages", "The workspace file cannot be read: {strerror}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The workspace is busy: another Clearlist window or command is writing to "
        "it. Wait for it to finish and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The workspace is in use by another window or task; close it and try again. "
        "The workspace is unchanged.",
    ),
    QT_TRANSLATE_NOOP("messages", "The {replace} cannot be negative."),
    QT_TRANSLATE_NOOP("messages", "The {replace} must be a whole number."),
    QT_TRANSLATE_NOOP("messages", "There is no export number {export_id}."),
    QT_TRANSLATE_NOOP("messages", "There is no file {path}. Check the name and the folder."),
    QT_TRANSLATE_NOOP("messages", "There is no import batch {batch_id}."),
    QT_TRANSLATE_NOOP("messages", "There is no segment named '{name}'. {hint}"),
    QT_TRANSLATE_NOOP("messages", "There is no workspace at {path}. Check the path."),
    QT_TRANSLATE_NOOP(
        "messages", "They agreed to receive marketing e-mails: the lawful basis is consent."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "They agreed, through the provider, to receive marketing e-mails: the lawful "
        "basis is consent.",
    ),
    QT_TRANSLATE_NOOP("messages", "This breach is not in the log."),
    QT_TRANSLATE_NOOP("messages", "This campaign no longer exists: it was deleted."),
    QT_TRANSLATE_NOOP("messages", "This contact no longer exists (it was deleted or erased)."),
    QT_TRANSLATE_NOOP("messages", "This is not a valid e-mail address."),
    QT_TRANSLATE_NOOP(
        "messages",
        "This is not a valid e-mail address. Write the person's full address, like "
        "name@example.com.",
    ),
    QT_TRANSLATE_NOOP("messages", "This request does not exist."),
    QT_TRANSLATE_NOOP("messages", "This request is already closed."),
    QT_TRANSLATE_NOOP(
        "messages", "This request's deadline was already extended; it cannot be again."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "This workspace is locked with a passphrase and none was given. Enter it, or "
        "set the environment variable {passphrase_env}. (No key for it is in the "
        "system keyring.)",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "This workspace was saved by a newer version of Clearlist (schema {version}; "
        "this program knows up to {schema_version}). Install the newer version to "
        "open it; the file was not changed.",
    ),
    QT_TRANSLATE_NOOP("messages", "Unknown job function '{function}'. Use one of: {list}."),
    QT_TRANSLATE_NOOP("messages", "Unknown job function: {list}. Use one of: {list2}."),
    QT_TRANSLATE_NOOP("messages", "Unknown opt-out entry kind {kind}."),
    QT_TRANSLATE_NOOP("messages", "Unknown segment criteria: {list}."),
    QT_TRANSLATE_NOOP("messages", "Unknown seniority '{seniority}'. Use one of: {list}."),
    QT_TRANSLATE_NOOP("messages", "Unknown value for {name}: {list}. Use one of: {list2}."),
    QT_TRANSLATE_NOOP("messages", "Use a date written as YYYY-MM-DD."),
    QT_TRANSLATE_NOOP("messages", "Use a two-letter country code such as FR, SE or GB."),
    QT_TRANSLATE_NOOP(
        "messages", "You do not know whether they agreed: they count as not consenting."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "You do not know whether they were told: Clearlist assumes they were not, so "
        "the first e-mail to each of them must carry the information notice.",
    ),
    QT_TRANSLATE_NOOP("messages", "consent must be true, false or absent."),
    QT_TRANSLATE_NOOP("messages", "source_ids must be batch numbers."),
    QT_TRANSLATE_NOOP("messages", "{exc}. The fields are: {list}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} cannot be read as a workbook: it is damaged or incomplete (was the "
        "download or the copy finished?). Open it in your spreadsheet program and "
        "save it again, or save it as CSV.",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{name} cannot be read as a workbook: it is damaged or incomplete."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} cannot be read near line {line_num} ({exc}). Open it in your "
        "spreadsheet program and save it again as CSV.",
    ),
    QT_TRANSLATE_NOOP("messages", "{name} cannot be read: {strerror}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} contains NUL bytes (line {line}): it is not a plain text table, or "
        "it is damaged. {convert_hint}",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} could not be opened with this workspace's key: it is not a Clearlist "
        "backup, or it is the backup of another workspace (or was made with another "
        "passphrase).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} does not look like a text table (it holds binary data). Choose the "
        "contact list itself, saved as {supported}.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} has a cell larger than 1 MB near line {line_num}: it is damaged or "
        "is not a contact list. Check that line in your spreadsheet program.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} has a cell larger than 1 MB on row {number}: it is damaged or is not "
        "a contact list.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} has a header row but no contacts under it: there is nothing to import.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} has no column of e-mail addresses (looked for a header such as "
        "'Email', 'E-mail', 'Email Address', 'Courriel' or 'E-post', then for a "
        "column of addresses, then for our unsubscribe codes). Add a header 'Email' "
        "above the addresses, or import a hashed list with --hashed sha256 or "
        "--hashed md5. Nothing was added.",
    ),
    QT_TRANSLATE_NOOP("messages", "{name} has no sheet named '{sheet}'. Its sheets are: {list}."),
    QT_TRANSLATE_NOOP("messages", "{name} has no sheets: there is nothing to import."),
    QT_TRANSLATE_NOOP("messages", "{name} holds no data on any sheet: nothing to import."),
    QT_TRANSLATE_NOOP("messages", "{name} holds no hashes: there is nothing to add."),
    QT_TRANSLATE_NOOP("messages", "{name} holds no rows: there is nothing to add."),
    QT_TRANSLATE_NOOP("messages", "{name} holds no rows: there is nothing to import."),
    QT_TRANSLATE_NOOP("messages", "{name} holds no text: there is nothing to import."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is a workbook saved under a text file's name. Rename it to .xlsx (or "
        ".xls), or save it again as CSV, and import it again.",
    ),
    QT_TRANSLATE_NOOP("messages", "{name} is an encrypted database, but not a Clearlist backup."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is an encrypted database, but not a Clearlist workspace. Choose a "
        "Clearlist workspace file.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is an unencrypted SQLite database, not a Clearlist workspace. Choose "
        "a Clearlist workspace file, or a new file name to create one.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is an unencrypted database, not a Clearlist backup. Choose a backup file.",
    ),
    QT_TRANSLATE_NOOP("messages", "{name} is damaged and cannot be restored."),
    QT_TRANSLATE_NOOP("messages", "{name} is empty: there is nothing to import."),
    QT_TRANSLATE_NOOP("messages", "{name} is not a Clearlist backup (it holds no workspace)."),
    QT_TRANSLATE_NOOP("messages", "{name} is not a Clearlist backup (it is not a database file)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is not all in one text encoding (near line {value}). Save it again "
        "as 'CSV UTF-8' and import it again.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is protected by a password (the workbook is encrypted). Open it in "
        "your spreadsheet program, remove the password (File > Info > Protect "
        "Workbook > Encrypt with Password, then clear it), save it, and import it "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is protected by a password. Open it in your spreadsheet program, "
        "remove the password, save it, and import it again.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is {what}, not a table. Choose the contact list itself (a {supported} file).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} mixes two text encodings: most of it is UTF-8, but line {line} is "
        "not. Open the file in your spreadsheet program and save it again as 'CSV "
        "UTF-8' (or fix that line), then import it again.",
    ),
    QT_TRANSLATE_NOOP("messages", "{name} must be a date written YYYY-MM-DD."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} was made by a newer version of Clearlist (schema {version}); install "
        "that version to restore it.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        '{notice_problem} Correct the campaign "notice", or set it to null if the '
        "message carries no first-contact notice.",
    ),
    QT_TRANSLATE_NOOP("messages", "{path} is a folder, not a file. Choose a spreadsheet file."),
    QT_TRANSLATE_NOOP("messages", "{path} is a folder: give a file name; nothing was written."),
    # END GENERATED
)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str, tuple[tuple[str, str], ...]], ...]:
    """(regular expression, template, (placeholder, group)) for the templates with values,
    the most specific (most fixed text) first."""
    out = []
    for template in TEMPLATES:
        parts = _PLACEHOLDER.split(template)  # text, name, text, name, ..., text
        if len(parts) == 1:
            continue
        regex, groups = [], {}
        for i, part in enumerate(parts):
            if i % 2 == 0:
                regex.append(re.escape(part))
            elif part in groups:
                regex.append(f"(?P={groups[part]})")
            else:
                groups[part] = f"v{len(groups)}"
                regex.append(f"(?P<{groups[part]}>.+?)")
        out.append((re.compile("".join(regex), re.DOTALL), template, tuple(groups.items())))
    out.sort(key=lambda item: -len(_PLACEHOLDER.sub("", item[1])))
    return tuple(out)


def translate_message(text: str, _depth: int = 0) -> str:
    """`text` (an English sentence from storage or compliance) in the interface's language."""
    if not text:
        return text
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated != text:
        return translated
    for pattern, template, groups in _patterns():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = {name: match.group(group) for name, group in groups}
        if _depth < 2:  # "The segment 'x' cannot be used: <another listed sentence>"
            values = {name: translate_message(v, _depth + 1) for name, v in values.items()}
        result = QCoreApplication.translate(CONTEXT, template)
        return _PLACEHOLDER.sub(lambda m, v=values: v.get(m.group(1), m.group(0)), result)
    return text

"""The policy keys as IT's tools want them, generated from `policy.BOUNDS` and `Settings` (one source):

- Windows: ``vpdesk.admx`` with ``en-US/vpdesk.adml`` and ``nl-NL/vpdesk.adml`` for Group Policy and Intune's
  ADMX ingestion. They write what `platform_policy.read_registry` reads (decision 123): whole numbers as decimal
  (REG_DWORD, with the key's range), true/false as an enabled/disabled policy (REG_DWORD 1/0), choices as a
  drop-down, text and fractions as text (REG_SZ).
- macOS: ``vpdesk.schema.json`` (the JSON schema Jamf's "Application & Custom Settings" reads) and
  ``vpdesk.mobileconfig`` (a configuration-profile template with every key at its default, for domain
  ``nl.vpdesk.vpdesk``).

`python -m vpdesk.policy_templates OUTDIR` writes them; installer/windows/policy and installer/macos hold the
generated copies, and tests/platforms/test_policy_templates.py fails when they drift from BOUNDS.
"""

from __future__ import annotations

import json
import plistlib
import sys
import uuid
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from vpdesk.platform_policy import MAC_DOMAIN, REGISTRY_KEY
from vpdesk.policy import BOUNDS, Settings

NAMESPACE = "NL.Vpdesk.Policies"
PD = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"

# the Dutch meaning of every key, for the Dutch ADML (a test checks that each key of BOUNDS has one)
DUTCH: dict[str, str] = {
    "language": "taal van de app",
    "idle_lock_minutes": "minuten zonder invoer voordat de kluis vergrendelt (BIO: hooguit 15)",
    "clipboard_clear_seconds": "seconden voordat gekopieerde zaaktekst van het klembord wordt gewist",
    "autosave_seconds": "seconden stilte voordat een notitie in wording wordt bewaard",
    "room_pool": "de gedeelde kamerpool",
    "vp_code": "de code van de vertrouwenspersoon in de kamerpool (leeg: afgeleid van de sleutel van de kluis)",
    "suppression_threshold": "kleinste aantal dat het jaarverslag van de coördinator publiceert",
    "suppression_min_advisers": "minste aantal vertrouwenspersonen waarvan een gepubliceerd aantal afkomstig is",
    "suppression_dominance": "grootste aandeel dat één vertrouwenspersoon aan een gepubliceerd aantal mag leveren",
    "backup_reminder_days": "dagen na de laatste reservekopie tot een herinnering (0: nooit)",
    "retention_months": "maanden na afsluiten tot een zaak vernietigd moet worden",
    "inactivity_months": "maanden zonder activiteit voordat een open zaak in de agenda verschijnt",
    "conversation_minutes": "de duur waarmee een nieuw gesprek begint, in minuten",
    "vault_cache_mib": "geheugen (MiB) dat elke verbinding houdt van ontsleutelde pagina's van de kluis",
    "wipe_database_memory": "SQLCipher wist en vergrendelt vrijgegeven geheugen (veiliger; zoeken ca. 100x trager)",
    "org_unit_level": "hoeveel niveaus van de organisatie-eenheid een export bewaart",
    "guide_override": "het aanvullingsbestand van de organisatie voor de wegwijzer",
}
# the allowed values in Dutch, for the keys whose bounds say them in words (a test checks each has one)
DUTCH_ALLOWED: dict[str, str] = {
    "room_pool": '"local" of een https://-adres',
    "vp_code": "hooguit 32 letters, cijfers, '.', '_' of '-'",
    "wipe_database_memory": "ingeschakeld (waar) of uitgeschakeld (onwaar)",
    "guide_override": "een volledig pad",
}
# how a choice is shown in the drop-down: its name in each language, the value stays the code
CHOICE_NAMES: dict[str, dict[str, str]] = {
    "en": {"nl": "Dutch (nl)", "en": "English (en)"},
    "nl": {"nl": "Nederlands (nl)", "en": "Engels (en)"},
}
TEXT: dict[str, dict[str, str]] = {
    "en": {
        "category": "vpdesk (confidential advisers)",
        "supported": "vpdesk 0.2 and later",
        "organisation": "Organisation that sets this policy",
        "organisation_explain": 'Shown to the adviser as who locked a setting ("set by ...").',
        "allowed": "Allowed",
        "default": "Default",
        "explain_tail": "When this policy is set, the adviser cannot change the setting.",
        "key": "vpdesk key",
        "empty": "(empty)",
        "true": "true",
        "false": "false",
        "or": "or",
        "range": "{lo} to {hi}",
        "point": " (written with a decimal point)",
    },
    "nl": {
        "category": "vpdesk (vertrouwenspersonen)",
        "supported": "vpdesk 0.2 en later",
        "organisation": "Organisatie die dit beleid instelt",
        "organisation_explain": 'Getoond bij een vergrendelde instelling ("ingesteld door ...").',
        "allowed": "Toegestaan",
        "default": "Standaard",
        "explain_tail": "Als dit beleid is ingesteld, kan de vertrouwenspersoon de instelling niet wijzigen.",
        "key": "vpdesk-sleutel",
        "empty": "(leeg)",
        "true": "waar",
        "false": "onwaar",
        "or": "of",
        "range": "{lo} tot en met {hi}",
        "point": " (geschreven met een punt als decimaalteken)",
    },
}
LOCALES = {"en": "en-US", "nl": "nl-NL"}


def _kind(name: str) -> str:
    """How the key is shown and stored: boolean, decimal, enum or text."""
    default = getattr(Settings(), name)
    if isinstance(default, bool):
        return "boolean"
    if isinstance(default, int):
        return "decimal"
    if BOUNDS[name].choices:
        return "enum"
    return "text"


def _keys() -> list[str]:
    return list(BOUNDS)


def admx() -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<policyDefinitions xmlns="{PD}" revision="1.0" schemaVersion="1.0">',
        "  <policyNamespaces>",
        f'    <target prefix="vpdesk" namespace="{NAMESPACE}"/>',  # no <using>: it depends on no other ADMX
        "  </policyNamespaces>",
        '  <resources minRequiredRevision="1.0"/>',
        "  <supportedOn><definitions>",
        '    <definition name="SUPPORTED_vpdesk" displayName="$(string.SUPPORTED_vpdesk)"/>',
        "  </definitions></supportedOn>",
        '  <categories><category name="vpdesk" displayName="$(string.vpdesk)"/></categories>',
        "  <policies>",
    ]
    for name in ["organisation", *_keys()]:
        kind = "text" if name == "organisation" else _kind(name)
        head = (
            f'    <policy name="{name}" class="Machine" displayName="$(string.{name})" '
            f'explainText="$(string.{name}_Explain)" key="{REGISTRY_KEY}"'
        )
        common = '      <parentCategory ref="vpdesk"/>\n      <supportedOn ref="SUPPORTED_vpdesk"/>'
        if kind == "boolean":
            out += [
                f'{head} valueName="{name}">',
                common,
                '      <enabledValue><decimal value="1"/></enabledValue>',
                '      <disabledValue><decimal value="0"/></disabledValue>',
                "    </policy>",
            ]
            continue
        out += [f'{head} presentation="$(presentation.{name})">', common, "      <elements>"]
        if kind == "decimal":
            b = BOUNDS[name]
            out.append(
                f'        <decimal id="{name}" valueName="{name}" required="true" '
                f'minValue="{int(b.lo or 0)}" maxValue="{int(b.hi or 0)}"/>'
            )
        elif kind == "enum":
            out.append(f'        <enum id="{name}" valueName="{name}" required="true">')
            for choice in BOUNDS[name].choices:
                out.append(
                    f'          <item displayName="$(string.{name}_{choice})"><value><string>{escape(choice)}'
                    "</string></value></item>"
                )
            out.append("        </enum>")
        else:
            required = "true" if name == "organisation" else "false"
            out.append(f'        <text id="{name}" valueName="{name}" required="{required}" maxLength="1024"/>')
        out += ["      </elements>", "    </policy>"]
    out += ["  </policies>", "</policyDefinitions>", ""]
    return "\n".join(out)


def _allowed(name: str, lang: str) -> str:
    """BOUNDS[name].describe() in `lang`: the English is policy.py's own sentence."""
    b, t = BOUNDS[name], TEXT[lang]
    if lang == "en":
        text = b.describe()
    elif b.choices:
        text = f" {t['or']} ".join(f'"{c}"' for c in b.choices)
    elif b.lo is not None:
        text = t["range"].format(lo=f"{b.lo:g}", hi=f"{b.hi:g}")
    else:
        text = DUTCH_ALLOWED[name]
    return text + (t["point"] if isinstance(getattr(Settings(), name), float) else "")


def _shown_default(name: str, lang: str) -> str:
    default, t = getattr(Settings(), name), TEXT[lang]
    if isinstance(default, bool):
        return t["true"] if default else t["false"]
    return str(default) if str(default) else t["empty"]


def _explain(name: str, lang: str) -> str:
    t = TEXT[lang]
    meaning = BOUNDS[name].meaning if lang == "en" else DUTCH[name]
    return (
        f"{meaning[0].upper()}{meaning[1:]}.\n\n{t['allowed']}: {_allowed(name, lang)}. "
        f"{t['default']}: {_shown_default(name, lang)}.\n\n{t['explain_tail']}\n\n{t['key']}: {name}"
    )


def adml(lang: str) -> str:
    t = TEXT[lang]
    strings: list[tuple[str, str]] = [
        ("vpdesk", t["category"]),
        ("SUPPORTED_vpdesk", t["supported"]),
        ("organisation", t["organisation"]),
        ("organisation_Explain", t["organisation_explain"]),
    ]
    label = escape(t["organisation"])
    presentations = [
        f'      <presentation id="organisation"><textBox refId="organisation"><label>{label}</label></textBox>'
        "</presentation>"
    ]
    for name in _keys():
        meaning = BOUNDS[name].meaning if lang == "en" else DUTCH[name]
        strings += [(name, f"{meaning[0].upper()}{meaning[1:]} ({name})"), (f"{name}_Explain", _explain(name, lang))]
        kind = _kind(name)
        label = escape(f"{meaning[0].upper()}{meaning[1:]}")
        default = getattr(Settings(), name)
        if kind == "decimal":
            presentations.append(
                f'      <presentation id="{name}"><decimalTextBox refId="{name}" defaultValue="{default}" '
                f'spin="true">{label}</decimalTextBox></presentation>'
            )
        elif kind == "enum":
            choices = BOUNDS[name].choices
            strings += [(f"{name}_{c}", CHOICE_NAMES[lang].get(c, c)) for c in choices]
            presentations.append(
                f'      <presentation id="{name}"><dropdownList refId="{name}" '
                f'defaultItem="{choices.index(default)}">{label}</dropdownList></presentation>'
            )
        elif kind == "text":
            presentations.append(
                f'      <presentation id="{name}"><textBox refId="{name}"><label>{label}</label>'
                f"<defaultValue>{escape(str(default))}</defaultValue></textBox></presentation>"
            )
    rows = [f"      <string id={quoteattr(sid)}>{escape(text)}</string>" for sid, text in strings]
    return "\n".join(
        [
            '<?xml version="1.0" encoding="utf-8"?>',
            f'<policyDefinitionResources xmlns="{PD}" revision="1.0" schemaVersion="1.0">',
            "  <displayName>vpdesk</displayName>",
            f"  <description>{escape(t['category'])}</description>",
            "  <resources>",
            "    <stringTable>",
            *rows,
            "    </stringTable>",
            "    <presentationTable>",
            *presentations,
            "    </presentationTable>",
            "  </resources>",
            "</policyDefinitionResources>",
            "",
        ]
    )


def json_schema() -> dict[str, Any]:
    """The schema Jamf Pro's custom settings form reads (JSON Schema draft 7 with Jamf's "title"/"description")."""
    props: dict[str, Any] = {
        "organisation": {"title": "organisation", "description": "who sets this policy", "type": "string"}
    }
    for name, b in BOUNDS.items():
        default = getattr(Settings(), name)
        entry: dict[str, Any] = {"title": name, "description": b.meaning, "default": default}
        kind = _kind(name)
        if kind == "boolean":
            entry["type"] = "boolean"
        elif kind == "decimal":
            entry |= {"type": "integer", "minimum": int(b.lo or 0), "maximum": int(b.hi or 0)}
        elif isinstance(default, float):
            entry |= {"type": "number", "minimum": b.lo, "maximum": b.hi}
        elif b.choices:
            entry |= {"type": "string", "enum": list(b.choices)}
        else:
            entry |= {"type": "string", "pattern": f"^(?:{b.pattern})$"}
        props[name] = entry
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": f"vpdesk policy ({MAC_DOMAIN})",
        "description": "Managed preferences for vpdesk: the same keys and bounds as policy.toml.",
        "type": "object",
        "additionalProperties": False,
        "properties": props,
    }


def mobileconfig(organisation: str = "Ministerie van BZK") -> bytes:
    """A configuration-profile template: one managed-preferences payload for nl.vpdesk.vpdesk, every key at its
    default. UUIDs are fixed (derived from the domain) so the template does not change on every build; IT edits
    the values and signs the profile in its MDM."""
    settings: dict[str, Any] = {"organisation": organisation}
    settings |= {name: getattr(Settings(), name) for name in BOUNDS}
    payload_uuid = str(uuid.uuid5(uuid.NAMESPACE_DNS, f"{MAC_DOMAIN}.settings")).upper()
    profile_uuid = str(uuid.uuid5(uuid.NAMESPACE_DNS, f"{MAC_DOMAIN}.profile")).upper()
    profile = {
        "PayloadContent": [
            {
                "PayloadType": MAC_DOMAIN,
                "PayloadIdentifier": f"{MAC_DOMAIN}.settings",
                "PayloadUUID": payload_uuid,
                "PayloadVersion": 1,
                "PayloadDisplayName": "vpdesk policy",
                **settings,
            }
        ],
        "PayloadDisplayName": "vpdesk",
        "PayloadDescription": "Machine policy for vpdesk (locked settings for confidential advisers).",
        "PayloadIdentifier": f"{MAC_DOMAIN}.profile",
        "PayloadOrganization": organisation,
        "PayloadScope": "System",
        "PayloadType": "Configuration",
        "PayloadUUID": profile_uuid,
        "PayloadVersion": 1,
    }
    return plistlib.dumps(profile, sort_keys=True)


def files() -> dict[str, bytes]:
    """Every generated file by its path under installer/."""
    return {
        "windows/policy/vpdesk.admx": admx().encode(),
        **{f"windows/policy/{LOCALES[lang]}/vpdesk.adml": adml(lang).encode() for lang in LOCALES},
        "macos/vpdesk.schema.json": (json.dumps(json_schema(), indent=1, ensure_ascii=False) + "\n").encode(),
        "macos/vpdesk.mobileconfig": mobileconfig(),
    }


def write(root: Path) -> list[Path]:
    written = []
    for rel, data in files().items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - the build step
    for p in write(Path(sys.argv[1] if len(sys.argv) > 1 else "installer")):
        print(p)

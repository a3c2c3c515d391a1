"""Domain objects of the adviser's desk: clients, cases, conversations, referrals, audit entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    MAIL = "mail"


class ContactKind(StrEnum):
    FIRST = "first"
    FOLLOW_UP = "follow_up"


class MelderPosition(StrEnum):
    EMPLOYEE = "employee"
    MANAGER = "manager"
    BYSTANDER = "bystander"
    FORMER_EMPLOYEE = "former_employee"
    HIRED_STAFF = "hired_staff"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class Outcome(StrEnum):
    LISTENED = "listened"  # luisterend oor, nothing further
    ADVISED = "advised"  # klankbord, the melder acts alone
    REFERRED = "referred"  # wegwijzer: referred to a route
    RESOLVED_INFORMALLY = "resolved_informally"
    FORMAL_REPORT = "formal_report"
    WITHDRAWN = "withdrawn"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Client:
    pseudonym: str
    name: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Case:
    categories: tuple[str, ...]
    opened: date
    org_unit: str = ""
    status: CaseStatus = CaseStatus.OPEN
    closed: date | None = None
    outcome: Outcome | None = None
    client_id: int | None = None
    position: MelderPosition | None = None
    gender: Gender | None = None
    id: int | None = None
    destroy_on: date | None = None  # set at closure: closure + the policy's retention months
    hold_reason: str | None = None  # a legal hold ("lopende procedure") suspends destruction
    hold_review: date | None = None
    follow_up_on: date | None = None  # the adviser's reminder ("terugbellen op ...")
    follow_up_note: str = ""

    @property
    def held(self) -> bool:
        return self.hold_reason is not None

    @property
    def is_closed(self) -> bool:
        return self.status == CaseStatus.CLOSED


@dataclass(frozen=True, slots=True)
class Conversation:
    case_id: int
    when: datetime
    duration_min: int = 0
    channel: Channel = Channel.IN_PERSON
    kind: ContactKind = ContactKind.FOLLOW_UP
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Referral:
    case_id: int
    route: str
    on: date
    note: str = ""
    guide_version: str = ""
    id: int | None = None
    at: datetime | None = None  # when it was recorded (None for referrals from before the time was kept)
    answers: dict[str, bool | str] = field(default_factory=dict)  # the wegwijzer answers it rested on (decision 211)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """BIO log line: action, object, result, actor, timestamp. Never content."""

    at: datetime
    actor: str
    action: str
    object: str
    result: str
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    case_id: int
    conversation_id: int
    snippet: str
    when: datetime | None = None


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the case list: what the list shows, nothing more."""

    id: int
    pseudonym: str
    categories: tuple[str, ...]
    org_unit: str
    status: CaseStatus
    opened: date
    closed: date | None
    last_contact: datetime | None
    conversations: int = 0
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """Which cases the list shows."""

    status: CaseStatus | None = None
    category: str | None = None  # a code; matches the code and its subcategories
    opened_from: date | None = None
    opened_to: date | None = None

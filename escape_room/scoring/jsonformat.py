"""The JSON export format, as pydantic models: what `scores export --format json` writes and
`scores merge` accepts. Unknown keys are refused, so a file that is not ours is told apart."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

FORMAT_NAME = "escape-room-scores"
FORMAT_VERSION = 1


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built on merge


class EventEntry(_Strict):
    seq: int = Field(ge=1)
    at: str
    kind: str
    data: dict[str, Any]


class TeamEntry(_Strict):
    id: str
    name: str
    nicknames: list[str]
    check_forms: tuple[Literal["A", "B"], Literal["A", "B"]]
    created: str
    pc: str = Field(default="", description="The computer the team played on.")
    events: list[EventEntry]


class SessionEntry(_Strict):
    uuid: str
    code: str
    class_label: str
    created: str
    pack_id: str
    pack_hash: str
    language: str
    teams: list[TeamEntry]
    outcomes: list[dict[str, Any]] = Field(
        default_factory=list, description="Summary rows for readers; ignored by merge."
    )


class ExportFile(_Strict):
    format: Literal["escape-room-scores"]
    version: Literal[1]
    exported: str
    sessions: list[SessionEntry]

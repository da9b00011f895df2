"""Shared fixtures: Label Studio's official SDK pointed at a live Groundwork server.

run.mjs sets LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY (the SDK's own variables), GW_DB
(sqlite|postgres) and GW_ADMIN_EMAIL (the owner the key belongs to).
"""
import copy
import os
import uuid

import pytest
from label_studio_sdk import LabelStudio

if not os.environ.get("LABEL_STUDIO_URL") or not os.environ.get("LABEL_STUDIO_API_KEY"):
    pytest.exit("set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY, or run the suite with `node e2e/compat/run.mjs`", returncode=4)

URL = os.environ["LABEL_STUDIO_URL"]
KEY = os.environ["LABEL_STUDIO_API_KEY"]

TEXT_CONFIG = (
    '<View><Text name="text" value="$text"/>'
    '<Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices></View>'
)

# Spans and a choice on the same text: results with nested values, offsets and extra keys.
NER_CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Labels name="ner" toName="text">
    <Label value="PER"/>
    <Label value="ORG"/>
  </Labels>
  <Choices name="sentiment" toName="text" choice="single">
    <Choice value="Positive"/>
    <Choice value="Negative"/>
  </Choices>
</View>"""


def choice(value, region_id="r1"):
    """A Choices result item, exactly as the Label Studio editor writes one."""
    return {
        "id": region_id,
        "from_name": "sentiment",
        "to_name": "text",
        "type": "choices",
        "value": {"choices": [value]},
        "origin": "manual",
    }


def span(start, end, text, label, region_id):
    return {
        "id": region_id,
        "from_name": "ner",
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": end, "text": text, "labels": [label]},
        "origin": "manual",
    }


def rich_result():
    """A result with unicode, floats, nested lists and editor-only keys: it must come back byte-for-byte."""
    return copy.deepcopy(
        [
            span(0, 5, "Ada L", "PER", "sp-1"),
            span(12, 20, "Zürich é", "ORG", "sp-2"),
            {**choice("Positive", "ch-1"), "score": 0.875, "readonly": False, "meta": {"text": ["ünïcode ✓"]}},
        ]
    )


def unique_title(prefix):
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def pytest_report_header(config):
    return f"Groundwork at {URL} on {os.environ.get('GW_DB', '?')}"


@pytest.fixture(scope="session")
def ls():
    """The generated client (`label_studio_sdk.LabelStudio`)."""
    return LabelStudio(base_url=URL, api_key=KEY)


@pytest.fixture(scope="session")
def legacy():
    """The legacy client, when the installed SDK still ships it."""
    legacy_module = pytest.importorskip("label_studio_sdk._legacy")
    return legacy_module.Client(url=URL, api_key=KEY)


def _temporary_project(ls, prefix, config):
    p = ls.projects.create(title=unique_title(prefix), label_config=config)
    yield p
    try:
        ls.projects.delete(id=p.id)
    except Exception:
        pass


@pytest.fixture
def project(ls):
    """A fresh text-classification project, deleted afterwards."""
    yield from _temporary_project(ls, "compat", TEXT_CONFIG)


@pytest.fixture
def ner_project(ls):
    """A fresh NER project, deleted afterwards."""
    yield from _temporary_project(ls, "ner", NER_CONFIG)


@pytest.fixture
def legacy_project(legacy):
    """A fresh project made through the legacy client, deleted afterwards."""
    p = legacy.start_project(title=unique_title("legacy"), label_config=NER_CONFIG)
    yield p
    try:
        legacy.delete_project(p.id)
    except Exception:
        pass

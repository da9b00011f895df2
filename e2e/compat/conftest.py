import os
import uuid

import pytest
from label_studio_sdk import LabelStudio
from label_studio_sdk._legacy import Client

URL = os.environ["LABEL_STUDIO_URL"]
KEY = os.environ["LABEL_STUDIO_API_KEY"]

TEXT_CONFIG = (
    '<View><Text name="text" value="$text"/>'
    '<Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices></View>'
)


def choice(value):
    return {"id": "r1", "from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [value]}}


@pytest.fixture(scope="session")
def ls():
    return LabelStudio(base_url=URL, api_key=KEY)


@pytest.fixture(scope="session")
def legacy():
    return Client(url=URL, api_key=KEY)


@pytest.fixture
def project(ls):
    p = ls.projects.create(title=f"compat-{uuid.uuid4().hex[:8]}", label_config=TEXT_CONFIG)
    yield p
    try:
        ls.projects.delete(id=p.id)
    except Exception:
        pass

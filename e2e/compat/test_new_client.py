"""The generated client (`label_studio_sdk.LabelStudio`) against Groundwork."""
import json
import os

import pytest
from label_studio_sdk.core.api_error import ApiError

from conftest import TEXT_CONFIG, choice


def test_connects_and_identifies_the_user(ls):
    me = ls.users.whoami()
    assert me.email == os.environ["GW_ADMIN_EMAIL"]
    versions = ls.versions.get()
    assert versions.edition == "Community"


def test_project_lifecycle(ls):
    p = ls.projects.create(title="Lifecycle", description="d", label_config=TEXT_CONFIG)
    assert p.title == "Lifecycle" and p.label_config == TEXT_CONFIG
    got = ls.projects.get(id=p.id)
    assert got.description == "d" and got.task_number == 0
    updated = ls.projects.update(id=p.id, title="Renamed", maximum_annotations=2)
    assert updated.title == "Renamed" and updated.maximum_annotations == 2
    assert p.id in [x.id for x in ls.projects.list()]
    ls.projects.delete(id=p.id)
    with pytest.raises(ApiError) as e:
        ls.projects.get(id=p.id)
    assert e.value.status_code == 404


def test_validates_labeling_configs(ls, project):
    ok = ls.projects.validate_label_config(id=project.id, label_config=TEXT_CONFIG)
    assert ok.label_config == TEXT_CONFIG
    with pytest.raises(ApiError) as e:
        ls.projects.validate_label_config(id=project.id, label_config="<View><Text name='t' value='$t'></View>")
    assert e.value.status_code == 400
    assert "label_config" in e.value.body["validation_errors"]


def test_imports_flat_and_full_tasks_and_pages_them(ls, project):
    tasks = [{"text": f"flat {i}"} for i in range(7)] + [
        {
            "data": {"text": "full"},
            "annotations": [{"result": [choice("Positive")]}],
            "predictions": [{"result": [choice("Negative")], "score": 0.8, "model_version": "v1"}],
        }
    ]
    r = ls.projects.import_tasks(id=project.id, request=tasks, return_task_ids=True)
    assert r.task_count == 8 and r.annotation_count == 1
    listed = list(ls.tasks.list(project=project.id, page_size=3))
    assert [t.data["text"] for t in listed] == [f"flat {i}" for i in range(7)] + ["full"]
    full = ls.tasks.get(id=listed[-1].id)
    assert full.total_annotations == 1 and full.total_predictions == 1 and full.is_labeled
    assert full.annotations[0]["result"] == [choice("Positive")]
    assert full.predictions[0].score == 0.8 and full.predictions[0].model_version == "v1"
    assert ls.projects.get(id=project.id).task_number == 8


def test_rejects_a_malformed_import_and_stores_nothing(ls, project):
    with pytest.raises(ApiError) as e:
        ls.projects.import_tasks(id=project.id, request=[{"text": "ok"}, {"data": "broken"}])
    assert e.value.status_code == 400
    assert "Task #1" in e.value.body["detail"]
    assert list(ls.tasks.list(project=project.id)) == []


def test_annotation_crud_and_skip(ls, project):
    ls.projects.import_tasks(id=project.id, request=[{"text": "one"}, {"text": "two"}])
    t1, t2 = [t.id for t in ls.tasks.list(project=project.id)]
    a = ls.annotations.create(id=t1, result=[choice("Positive")], lead_time=2.5)
    assert a.result == [choice("Positive")] and a.task == t1
    assert [x.id for x in ls.annotations.list(id=t1)] == [a.id]
    u = ls.annotations.update(id=a.id, result=[choice("Negative")])
    assert ls.annotations.get(id=u.id).result == [choice("Negative")]
    skipped = ls.annotations.create(id=t2, result=[], was_cancelled=True)
    assert skipped.was_cancelled is True
    task2 = ls.tasks.get(id=t2)
    assert task2.cancelled_annotations == 1 and task2.total_annotations == 0
    p = ls.projects.get(id=project.id)
    assert p.skipped_annotations_number == 1 and p.total_annotations_number == 1
    ls.annotations.delete(id=a.id)
    assert ls.tasks.get(id=t1).total_annotations == 0


def test_prediction_crud(ls, project):
    ls.projects.import_tasks(id=project.id, request=[{"text": "p"}])
    (tid,) = [t.id for t in ls.tasks.list(project=project.id)]
    pr = ls.predictions.create(task=tid, result=[choice("Positive")], score=0.42, model_version="m1")
    assert pr.score == 0.42 and pr.model_version == "m1"
    assert [x.id for x in ls.predictions.list(project=project.id)] == [pr.id]
    assert ls.predictions.update(id=pr.id, score=0.9).score == 0.9
    assert ls.predictions.get(id=pr.id).result == [choice("Positive")]
    ls.predictions.delete(id=pr.id)
    assert ls.tasks.get(id=tid).total_predictions == 0


def test_exports_json_and_json_min(ls, project):
    ls.projects.import_tasks(
        id=project.id,
        request=[{"text": "x"}, {"data": {"text": "y"}, "annotations": [{"result": [choice("Negative")]}]}],
    )
    raw = b"".join(ls.projects.exports.download_sync(id=project.id, export_type="JSON"))
    exported = json.loads(raw)
    assert [t["data"]["text"] for t in exported] == ["y"]
    assert exported[0]["annotations"][0]["result"] == [choice("Negative")]
    everything = json.loads(b"".join(ls.projects.exports.download_sync(id=project.id, export_type="JSON", download_all_tasks=True)))
    assert len(everything) == 2
    minimal = json.loads(b"".join(ls.projects.exports.download_sync(id=project.id, export_type="JSON_MIN")))
    assert minimal[0]["text"] == "y" and minimal[0]["sentiment"] == "Negative"

"""The generated client (`label_studio_sdk.LabelStudio`) against Groundwork."""
import json
import os
import time

import pytest
from label_studio_sdk import LabelStudio
from label_studio_sdk.converter import Converter
from label_studio_sdk.core.api_error import ApiError

from conftest import NER_CONFIG, TEXT_CONFIG, choice, rich_result, span, unique_title


def status_of(call, *args, **kwargs):
    """The HTTP status of an SDK call expected to fail."""
    with pytest.raises(ApiError) as e:
        call(*args, **kwargs)
    return e.value.status_code


def export(ls, project_id, **params):
    return json.loads(b"".join(ls.projects.exports.download_sync(id=project_id, **params)))


# --- connection ---------------------------------------------------------------------------------


def test_versions_and_current_user(ls):
    versions = ls.versions.get()
    assert versions.edition == "Community"
    assert isinstance(versions.release, str) and versions.release
    me = ls.users.whoami()
    assert me.email == os.environ.get("GW_ADMIN_EMAIL", me.email) and "@" in me.email
    assert isinstance(me.id, int)


def test_bad_api_key_is_401():
    stranger = LabelStudio(base_url=os.environ["LABEL_STUDIO_URL"], api_key="0" * 40)
    assert status_of(stranger.projects.get, id=1) == 401
    assert status_of(stranger.users.whoami) == 401


# --- projects -----------------------------------------------------------------------------------


def test_project_create_get_update_list(ls):
    title = unique_title("Lifecycle")
    p = ls.projects.create(
        title=title,
        description="compat project",
        label_config=TEXT_CONFIG,
        expert_instruction="<b>Be kind</b>",
        show_skip_button=True,
        maximum_annotations=1,
        color="#FF8800",
        sampling="Uniform sampling",
    )
    try:
        assert p.title == title and p.label_config == TEXT_CONFIG
        me = ls.users.whoami()
        assert p.created_by.id == me.id and p.created_by.email == me.email

        got = ls.projects.get(id=p.id)
        assert (got.id, got.title, got.description) == (p.id, title, "compat project")
        assert got.expert_instruction == "<b>Be kind</b>"
        assert got.color == "#FF8800" and got.sampling == "Uniform sampling"
        assert got.show_skip_button is True and got.maximum_annotations == 1
        assert got.organization == me.active_organization
        counters = (
            got.task_number,
            got.total_annotations_number,
            got.skipped_annotations_number,
            got.total_predictions_number,
            got.num_tasks_with_annotations,
            got.finished_task_number,
        )
        assert counters == (0, 0, 0, 0, 0, 0)

        updated = ls.projects.update(id=p.id, title=title + " renamed", maximum_annotations=2, show_skip_button=False)
        assert updated.title == title + " renamed" and updated.maximum_annotations == 2 and updated.show_skip_button is False
        again = ls.projects.get(id=p.id)
        assert (again.title, again.maximum_annotations, again.show_skip_button) == (title + " renamed", 2, False)
        assert again.description == "compat project"  # PATCH leaves other fields alone

        assert p.id in [x.id for x in ls.projects.list()]
        assert [x.id for x in ls.projects.list(title=title + " renamed")] == [p.id]
    finally:
        ls.projects.delete(id=p.id)


def test_project_list_pages(ls):
    prefix = unique_title("paged")
    ids = [ls.projects.create(title=f"{prefix} {i}", label_config=TEXT_CONFIG).id for i in range(3)]
    try:
        seen = [x.id for x in ls.projects.list(search=prefix, page_size=2)]
        assert sorted(seen) == sorted(ids)
        first = ls.projects.list(search=prefix, page_size=2, page=1)
        assert first.response.count == 3 and len(first.items) == 2 and first.response.next
    finally:
        for i in ids:
            ls.projects.delete(id=i)


def test_validates_labeling_configs(ls, project):
    ok = ls.projects.validate_label_config(id=project.id, label_config=NER_CONFIG)
    assert ok.label_config == NER_CONFIG
    with pytest.raises(ApiError) as e:
        ls.projects.validate_label_config(id=project.id, label_config="<View><Text name='t' value='$t'></View>")
    assert e.value.status_code == 400
    assert e.value.body["validation_errors"]["label_config"]
    with pytest.raises(ApiError) as e:
        ls.projects.create(title=unique_title("bad"), label_config="<View><Choices name='c'></View>")
    assert e.value.status_code == 400 and "label_config" in e.value.body["validation_errors"]


def test_delete_project_removes_its_tasks(ls):
    p = ls.projects.create(title=unique_title("doomed"), label_config=TEXT_CONFIG)
    r = ls.projects.import_tasks(id=p.id, request=[{"text": "a"}, {"text": "b"}], return_task_ids=True)
    a = ls.annotations.create(id=r.task_ids[0], result=[choice("Positive")])
    ls.projects.delete(id=p.id)
    assert status_of(ls.projects.get, id=p.id) == 404
    for tid in r.task_ids:
        assert status_of(ls.tasks.get, id=tid) == 404
    assert status_of(ls.annotations.get, id=a.id) == 404
    assert p.id not in [x.id for x in ls.projects.list()]


# --- import, listing, paging --------------------------------------------------------------------


def test_imports_flat_and_full_tasks_and_pages_them(ls, ner_project):
    pid = ner_project.id
    flat = [{"text": f"flat {i}", "extra": i} for i in range(7)]
    full = {
        "data": {"text": "Ada Lovelace in Zürich école"},
        "meta": {"source": "compat"},
        "annotations": [{"result": rich_result(), "lead_time": 3.5}],
        "predictions": [{"result": [span(0, 3, "Ada", "PER", "p-1")], "score": 0.8, "model_version": "v1"}],
    }
    r = ls.projects.import_tasks(id=pid, request=flat + [full], return_task_ids=True)
    assert (r.task_count, r.annotation_count, r.predictions_count) == (8, 1, 1)
    assert len(r.task_ids) == 8 and r.task_ids == sorted(r.task_ids)
    assert set(r.data_columns) >= {"text", "extra"}

    listed = list(ls.tasks.list(project=pid, page_size=3))
    assert [t.id for t in listed] == r.task_ids
    assert [t.data for t in listed[:7]] == flat
    assert listed[7].data == full["data"]

    pages = [ls.tasks.list(project=pid, page=n, page_size=3) for n in (1, 2, 3)]
    assert [len(pg.items) for pg in pages] == [3, 3, 2]
    assert [t.id for pg in pages for t in pg.items] == r.task_ids
    assert (pages[0].response.total, pages[0].response.total_annotations, pages[0].response.total_predictions) == (8, 1, 1)
    assert status_of(ls.tasks.list, project=pid, page=4, page_size=3) == 404
    assert len(ls.tasks.list(project=pid, page_size=100).items) == 8

    task = ls.tasks.get(id=r.task_ids[-1])
    assert task.data == full["data"] and task.meta == {"source": "compat"} and task.project == pid
    assert (task.total_annotations, task.cancelled_annotations, task.total_predictions) == (1, 0, 1)
    assert task.is_labeled is True
    assert task.annotations[0]["result"] == rich_result()
    assert task.annotations[0]["lead_time"] == 3.5
    assert task.predictions[0].result == [span(0, 3, "Ada", "PER", "p-1")]
    assert (task.predictions[0].score, task.predictions[0].model_version) == (0.8, "v1")
    assert ls.tasks.get(id=r.task_ids[0]).is_labeled is False

    p = ls.projects.get(id=pid)
    assert (p.task_number, p.total_annotations_number, p.total_predictions_number, p.num_tasks_with_annotations) == (8, 1, 1, 1)


def test_lists_selected_tasks(ls, project):
    r = ls.projects.import_tasks(id=project.id, request=[{"text": str(i)} for i in range(5)], return_task_ids=True)
    picked = [r.task_ids[1], r.task_ids[3]]
    query = json.dumps({"selectedItems": {"all": False, "included": picked}})
    assert [t.id for t in ls.tasks.list(project=project.id, query=query)] == picked
    query = json.dumps({"selectedItems": {"all": True, "excluded": picked}})
    assert [t.id for t in ls.tasks.list(project=project.id, query=query)] == [r.task_ids[i] for i in (0, 2, 4)]
    selected = json.dumps({"all": False, "included": picked})
    assert [t.id for t in ls.tasks.list(project=project.id, selected_items=selected)] == picked


def test_import_preannotated_from_fields(ls, ner_project):
    r = ls.projects.import_tasks(
        id=ner_project.id,
        request=[{"text": "one", "sentiment": "Positive"}, {"text": "two", "sentiment": "Negative"}],
        preannotated_from_fields=["sentiment"],
        return_task_ids=True,
    )
    assert (r.task_count, r.predictions_count) == (2, 2)
    task = ls.tasks.get(id=r.task_ids[1])
    assert task.data == {"text": "two", "sentiment": "Negative"}
    (pred,) = task.predictions
    assert pred.result == [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["Negative"]}}]
    assert (pred.score, pred.model_version) == (1.0, "preannotated")


def test_rejects_a_malformed_import_and_stores_nothing(ls, project):
    with pytest.raises(ApiError) as e:
        ls.projects.import_tasks(id=project.id, request=[{"text": "ok"}, {"data": "broken"}])
    assert e.value.status_code == 400
    assert "Task #1" in e.value.body["detail"]
    assert list(ls.tasks.list(project=project.id)) == []
    assert ls.projects.get(id=project.id).task_number == 0


def test_task_create_update_delete(ls, project):
    t = ls.tasks.create(project=project.id, data={"text": "made by hand"}, meta={"k": 1})
    assert t.data == {"text": "made by hand"} and t.project == project.id
    u = ls.tasks.update(id=t.id, data={"text": "changed"})
    assert u.data == {"text": "changed"}
    assert ls.tasks.get(id=t.id).data == {"text": "changed"}
    assert ls.projects.get(id=project.id).task_number == 1
    ls.tasks.delete(id=t.id)
    assert status_of(ls.tasks.get, id=t.id) == 404
    assert ls.projects.get(id=project.id).task_number == 0


# --- annotations, skips, predictions ------------------------------------------------------------


def test_annotation_crud(ls, ner_project):
    me = ls.users.whoami()
    r = ls.projects.import_tasks(id=ner_project.id, request=[{"text": "Ada Lovelace in Zürich école"}], return_task_ids=True)
    (tid,) = r.task_ids
    a = ls.annotations.create(id=tid, result=rich_result(), lead_time=2.5)
    assert a.result == rich_result()
    assert (a.task, a.project, a.completed_by, a.was_cancelled, a.ground_truth, a.lead_time) == (
        tid,
        ner_project.id,
        me.id,
        False,
        False,
        2.5,
    )
    assert [x.id for x in ls.annotations.list(id=tid)] == [a.id]
    assert ls.annotations.get(id=a.id).result == rich_result()
    task = ls.tasks.get(id=tid)
    assert (task.total_annotations, task.is_labeled) == (1, True)

    new_result = [choice("Negative", "ch-9")]
    u = ls.annotations.update(id=a.id, result=new_result)
    assert u.id == a.id and u.result == new_result
    assert ls.annotations.get(id=a.id).result == new_result
    assert ls.tasks.get(id=tid).annotations[0]["result"] == new_result

    ls.annotations.delete(id=a.id)
    assert status_of(ls.annotations.get, id=a.id) == 404
    assert ls.annotations.list(id=tid) == []
    task = ls.tasks.get(id=tid)
    assert (task.total_annotations, task.is_labeled) == (0, False)
    assert ls.projects.get(id=ner_project.id).total_annotations_number == 0


def test_annotation_on_behalf_of_another_user(ls, project):
    other = ls.users.create(email=f"{unique_title('annotator').replace(' ', '-')}@example.com", username="compat-annotator")
    (tid,) = ls.projects.import_tasks(id=project.id, request=[{"text": "t"}], return_task_ids=True).task_ids
    a = ls.annotations.create(id=tid, result=[choice("Positive")], completed_by=other.id)
    assert a.completed_by == other.id
    assert ls.tasks.get(id=tid).annotations[0]["completed_by"] == other.id
    with pytest.raises(ApiError) as e:
        ls.annotations.create(id=tid, result=[choice("Positive")], completed_by=987654321)
    assert e.value.status_code == 400 and "completed_by" in e.value.body["validation_errors"]
    assert ls.tasks.get(id=tid).total_annotations == 1


def test_skip_counts_as_cancelled(ls, project):
    r = ls.projects.import_tasks(id=project.id, request=[{"text": "one"}, {"text": "two"}], return_task_ids=True)
    t1, t2 = r.task_ids
    ls.annotations.create(id=t1, result=[choice("Positive")])
    skipped = ls.annotations.create(id=t2, result=[], was_cancelled=True)
    assert skipped.was_cancelled is True and skipped.result == []

    task2 = ls.tasks.get(id=t2)
    assert (task2.cancelled_annotations, task2.total_annotations) == (1, 0)
    assert task2.annotations[0]["was_cancelled"] is True
    p = ls.projects.get(id=project.id)
    assert (p.skipped_annotations_number, p.total_annotations_number) == (1, 1)
    page = ls.tasks.list(project=project.id)
    assert page.response.total_annotations == 1  # skips are not annotations

    # Un-skipping turns it into a real annotation.
    ls.annotations.update(id=skipped.id, was_cancelled=False, result=[choice("Negative")])
    task2 = ls.tasks.get(id=t2)
    assert (task2.cancelled_annotations, task2.total_annotations) == (0, 1)
    p = ls.projects.get(id=project.id)
    assert (p.skipped_annotations_number, p.total_annotations_number) == (0, 2)


def test_prediction_crud(ls, project):
    r = ls.projects.import_tasks(id=project.id, request=[{"text": "p"}, {"text": "q"}], return_task_ids=True)
    tid, other = r.task_ids
    pr = ls.predictions.create(task=tid, result=[choice("Positive")], score=0.42, model_version="m1")
    assert (pr.task, pr.score, pr.model_version, pr.result) == (tid, 0.42, "m1", [choice("Positive")])
    ls.predictions.create(task=other, result=[choice("Negative")], score=0.1, model_version="m2")
    assert [x.id for x in ls.predictions.list(task=tid)] == [pr.id]
    assert len(ls.predictions.list(project=project.id)) == 2
    assert ls.tasks.get(id=tid).total_predictions == 1
    assert ls.projects.get(id=project.id).total_predictions_number == 2

    up = ls.predictions.update(id=pr.id, score=0.9, model_version="m1.1", result=[choice("Negative")])
    assert (up.score, up.model_version, up.result) == (0.9, "m1.1", [choice("Negative")])
    got = ls.predictions.get(id=pr.id)
    assert (got.score, got.model_version, got.result) == (0.9, "m1.1", [choice("Negative")])

    ls.predictions.delete(id=pr.id)
    assert status_of(ls.predictions.get, id=pr.id) == 404
    assert ls.tasks.get(id=tid).total_predictions == 0
    assert ls.projects.get(id=project.id).total_predictions_number == 1


def test_import_predictions_for_existing_tasks(ls, project):
    r = ls.projects.import_tasks(id=project.id, request=[{"text": "x"}, {"text": "y"}], return_task_ids=True)
    out = ls.projects.import_predictions(
        id=project.id,
        request=[
            {"task": r.task_ids[0], "result": [choice("Positive")], "score": 0.5, "model_version": "bulk"},
            {"task": r.task_ids[1], "result": [choice("Negative")], "score": 0.6, "model_version": "bulk"},
        ],
    )
    assert out.created == 2
    preds = ls.predictions.list(project=project.id)
    assert sorted((p.task, p.score, p.model_version) for p in preds) == [(r.task_ids[0], 0.5, "bulk"), (r.task_ids[1], 0.6, "bulk")]


# --- export -------------------------------------------------------------------------------------


def test_exports_json_and_json_min(ls, ner_project):
    pid = ner_project.id
    r = ls.projects.import_tasks(
        id=pid,
        request=[
            {"text": "plain"},
            {"data": {"text": "Ada Lovelace in Zürich école"}, "annotations": [{"result": rich_result()}]},
            {"text": "choice only"},
        ],
        return_task_ids=True,
    )
    plain, rich, third = r.task_ids
    ls.annotations.create(id=third, result=[choice("Negative")])

    formats = [f.name if hasattr(f, "name") else f["name"] for f in ls.projects.exports.list_formats(id=pid)]
    assert {"JSON", "JSON_MIN"} <= set(formats)

    exported = export(ls, pid, export_type="JSON")
    assert [t["id"] for t in exported] == [rich, third]
    by_id = {t["id"]: t for t in exported}
    assert by_id[rich]["data"] == {"text": "Ada Lovelace in Zürich école"}
    assert by_id[rich]["annotations"][0]["result"] == rich_result()
    assert by_id[third]["annotations"][0]["result"] == [choice("Negative")]
    assert by_id[rich]["project"] == pid

    everything = export(ls, pid, export_type="JSON", download_all_tasks=True)
    assert [t["id"] for t in everything] == [plain, rich, third]
    assert everything[0]["annotations"] == []

    only = export(ls, pid, export_type="JSON", ids=[str(third)])
    assert [t["id"] for t in only] == [third]

    minimal = {t["id"]: t for t in export(ls, pid, export_type="JSON_MIN")}
    assert set(minimal) == {rich, third}
    assert minimal[rich]["text"] == "Ada Lovelace in Zürich école"
    assert minimal[rich]["sentiment"] == "Positive"
    assert minimal[rich]["ner"] == [
        {"start": 0, "end": 5, "text": "Ada L", "labels": ["PER"]},
        {"start": 12, "end": 20, "text": "Zürich é", "labels": ["ORG"]},
    ]
    assert minimal[third]["sentiment"] == "Negative"
    assert isinstance(minimal[third]["annotation_id"], int)

    with pytest.raises(ApiError) as e:
        export(ls, pid, export_type="NOT_A_FORMAT")
    assert e.value.status_code == 400


def test_json_min_matches_the_sdk_converter(ls, ner_project, tmp_path):
    """The SDK ships Label Studio's converter: JSON_MIN must equal its output for our JSON export."""
    pid = ner_project.id
    r = ls.projects.import_tasks(
        id=pid,
        request=[
            {"text": "skipped"},
            {"data": {"text": "Ada Lovelace in Zürich école"}, "annotations": [{"result": rich_result(), "lead_time": 7.5}]},
            {"text": "twice"},
        ],
        return_task_ids=True,
    )
    ls.annotations.create(id=r.task_ids[0], result=[], was_cancelled=True)
    ls.annotations.create(id=r.task_ids[2], result=[choice("Negative")])
    time.sleep(0.01)  # distinct created_at: the converter lists a task's annotations newest first
    ls.annotations.create(id=r.task_ids[2], result=[choice("Positive")], lead_time=1.5)

    (tmp_path / "export.json").write_bytes(b"".join(ls.projects.exports.download_sync(id=pid, export_type="JSON")))
    Converter(config=NER_CONFIG, project_dir=None, download_resources=False).convert_to_json_min(
        str(tmp_path / "export.json"), str(tmp_path / "out"), is_dir=False
    )
    oracle = json.loads((tmp_path / "out" / "result.json").read_text(encoding="utf-8"))
    assert [(x["id"], x["sentiment"]) for x in oracle] == [(r.task_ids[1], "Positive"), (r.task_ids[2], "Positive"), (r.task_ids[2], "Negative")]
    assert export(ls, pid, export_type="JSON_MIN") == oracle

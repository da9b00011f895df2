"""The legacy client (`label_studio_sdk._legacy.Client`) against Groundwork."""
from conftest import TEXT_CONFIG, choice


def test_connection(legacy):
    assert legacy.check_connection()["status"] == "UP"


def test_legacy_project_flow(legacy):
    project = legacy.start_project(title="Legacy", label_config=TEXT_CONFIG)
    try:
        ids = project.import_tasks([{"text": "a"}, {"text": "b"}, {"data": {"text": "c"}}])
        assert len(ids) == 3
        assert len(project.get_tasks()) == 3
        page = project.get_paginated_tasks(page=1, page_size=2)
        assert page["total"] == 3 and len(page["tasks"]) == 2
        assert project.get_paginated_tasks(page=3, page_size=2)["end_pagination"] is True

        task_ids = project.get_tasks_ids()
        project.create_annotation(task_ids[0], result=[choice("Positive")])
        project.create_annotation(task_ids[1], result=[], was_cancelled=True)
        assert project.get_task(task_ids[1])["cancelled_annotations"] == 1

        project.create_prediction(task_ids[2], result=[choice("Negative")], score=0.4, model_version="v2")
        project.create_predictions([{"task": task_ids[0], "result": [], "score": 0.1}])
        assert project.get_task(task_ids[2])["predictions"][0]["score"] == 0.4

        exported = project.export_tasks(export_type="JSON", download_all_tasks=True)
        assert sorted(t["id"] for t in exported) == sorted(task_ids)
        minimal = project.export_tasks(export_type="JSON_MIN")
        assert [r["sentiment"] for r in minimal] == ["Positive"]

        project.set_params(title="Legacy renamed")
        assert project.get_params()["title"] == "Legacy renamed"
    finally:
        legacy.delete_project(project.id)
    assert project.id not in [p.id for p in legacy.list_projects()]

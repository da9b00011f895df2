"""Runs Label Studio's own export converter over test jobs, for comparison with our writers.

Usage: python convert.py JOBS.json > RESULTS.json

JOBS.json is a list of {name, config, tasks, format, now?, downloadResources?, uploads?}:
  config     labeling config XML
  tasks      Label Studio JSON export (list of tasks)
  format     converter format name (CSV, TSV, CONLL2003, COCO, YOLO, ...)
  now        POSIX seconds the converter's datetime.now() should return (COCO/YOLO "info")
  downloadResources  passed to Converter (default False, so nothing is fetched from the network)
  uploads    {relative path: base64 bytes} placed in the upload dir (served as /data/upload/...)

Prints {name: {files: {path: base64}, dirs: [path], error?: str}} with every file and directory
the converter left in its output directory.
"""

import base64
import datetime as _dt
import json
import os
import sys
import tempfile
import traceback

# Nothing from the developer's environment may steer where the converter looks for media.
for _var in (
    "LABEL_STUDIO_URL",
    "LABEL_STUDIO_HOST",
    "LABEL_STUDIO_API_KEY",
    "LABEL_STUDIO_ACCESS_TOKEN",
    "LS_UPLOAD_DIR",
    "LOCAL_FILES_DOCUMENT_ROOT",
    "LABEL_STUDIO_FORCE_ANNOTATOR_EXPORT",
):
    os.environ.pop(_var, None)

import logging

logging.disable(logging.CRITICAL)

from label_studio_sdk.converter import converter as converter_module  # noqa: E402
from label_studio_sdk.converter import Converter  # noqa: E402
# Label Studio's server hands the converter a config parsed by this function, not the XML.
from label_studio_sdk._extensions.label_studio_tools.core.label_config import parse_config  # noqa: E402


def frozen_datetime(seconds):
    class Frozen(_dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return _dt.datetime.fromtimestamp(seconds, tz)

    return Frozen


def run_job(job, work):
    upload_dir = os.path.join(work, "upload")
    os.makedirs(upload_dir)
    for rel, b64 in (job.get("uploads") or {}).items():
        path = os.path.join(upload_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(b64))
    input_file = os.path.join(work, "tasks.json")
    with open(input_file, "w", encoding="utf8") as f:
        json.dump(job["tasks"], f, ensure_ascii=False)
    out = os.path.join(work, "out")
    os.makedirs(out)
    if job.get("now") is not None:
        converter_module.datetime = frozen_datetime(job["now"])
    else:
        converter_module.datetime = _dt.datetime
    converter = Converter(
        config=parse_config(job["config"]),
        project_dir=None,
        upload_dir=upload_dir,
        download_resources=bool(job.get("downloadResources", False)),
    )
    # The converter resolves relative media paths against the working directory.
    cwd = os.getcwd()
    os.chdir(work)
    try:
        converter.convert(input_file, out, job["format"], is_dir=False)
    finally:
        os.chdir(cwd)
    files, dirs = {}, []
    for root, dirnames, filenames in os.walk(out):
        for d in dirnames:
            dirs.append(os.path.relpath(os.path.join(root, d), out))
        for name in filenames:
            full = os.path.join(root, name)
            with open(full, "rb") as f:
                files[os.path.relpath(full, out)] = base64.b64encode(f.read()).decode()
    return {"files": files, "dirs": sorted(dirs)}


def main():
    with open(sys.argv[1], encoding="utf8") as f:
        jobs = json.load(f)
    results = {}
    for job in jobs:
        with tempfile.TemporaryDirectory() as work:
            try:
                results[job["name"]] = run_job(job, work)
            except Exception as e:  # reported per job so one failure doesn't hide the others
                results[job["name"]] = {"error": f"{type(e).__name__}: {e}", "trace": traceback.format_exc()}
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()

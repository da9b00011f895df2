"""Prints Converter(config).supported_formats for each labeling config given on stdin as a JSON list."""

import json
import logging
import sys

logging.disable(logging.CRITICAL)

from label_studio_sdk.converter import Converter  # noqa: E402
# Label Studio's server hands the converter a config parsed by this function, not the XML.
from label_studio_sdk._extensions.label_studio_tools.core.label_config import parse_config  # noqa: E402

configs = json.load(sys.stdin)
json.dump([Converter(config=parse_config(c), project_dir=None).supported_formats for c in configs], sys.stdout)

"""``extractor.dask``: the Dask integration (see :mod:`extractor.dask_integration`).

A thin alias. Imports are absolute, so ``import dask`` anywhere (this package
included) still finds the ``dask`` package, never this file."""

from extractor.dask_integration import (
    FAILURE_COLUMNS,
    PLUGIN_NAME,
    TYPED_COLUMNS,
    ExtractorPlugin,
    Tables,
    extract_bag,
    extract_frame,
    read_files,
    register,
    table_frame,
    to_tables,
)

__all__ = [
    "FAILURE_COLUMNS",
    "TYPED_COLUMNS",
    "PLUGIN_NAME",
    "ExtractorPlugin",
    "Tables",
    "extract_bag",
    "extract_frame",
    "read_files",
    "register",
    "table_frame",
    "to_tables",
]

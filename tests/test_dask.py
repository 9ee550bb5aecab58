"""The Dask integration on a real two-process LocalCluster, with the shipped model.

Results must equal ``extract_many``'s: the same Notices, and the same problem
and entity tables as the pandas frames of those Notices."""

from __future__ import annotations

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

import dask  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import extractor  # noqa: E402
from extractor import dask as xdask  # noqa: E402
from extractor.failures import FailedDocument  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        xdask.register(client)  # loads the shipped pipeline once on each worker
        yield client


@pytest.fixture(scope="module")
def reference(seeds) -> list:
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # as on the workers
    try:
        return list(extractor.extract_many(list(seeds.values()), sources=list(seeds)))
    finally:
        torch.set_num_threads(threads)


def test_the_alias_does_not_shadow_the_dask_package():
    assert dask.__name__ == "dask" and hasattr(dask, "compute")
    assert xdask.extract_bag.__module__ == "extractor.dask_integration"


def test_cluster_results_equal_extract_many(client, seeds, reference):
    import dask.bag as db

    bag = db.from_sequence(list(seeds.items()), npartitions=3)  # (source, text) pairs
    notices = xdask.extract_bag(bag).persist()  # extracted once, on the workers
    got = notices.compute()
    assert [n.to_dict() for n in got] == [n.to_dict() for n in reference]
    tables = xdask.to_tables(notices)
    problems, entities, failures = dask.compute(tables.problems, tables.entities, tables.failures)
    for name, frame in (("problems", problems), ("entities", entities)):
        expected = xdask.table_frame(reference, name)
        assert len(frame) == len(expected) > 0
        assert frame.reset_index(drop=True).equals(expected), name
        assert str(frame["start" if name == "entities" else "number"].dtype) == "Int64"
    assert failures.empty
    workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2


def test_files_and_failures_on_the_cluster(client, tmp_path, seeds):
    good = tmp_path / "003.txt"
    good.write_text(seeds["003"], encoding="gb18030")
    bad = tmp_path / "scan.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100)
    results = xdask.extract_bag(xdask.read_files([good, bad], npartitions=2)).compute()
    assert [type(r) for r in results] == [extractor.Notice, FailedDocument]
    assert results[0].source == str(good) and results[0].problems
    assert results[1].source == str(bad) and "binary" in results[1].message
    failures = xdask.to_tables(xdask.extract_bag(xdask.read_files([bad]))).failures.compute()
    assert failures.to_dict("records")[0]["source"] == str(bad)


def test_dataframe_entry(client, seeds):
    import dask.dataframe as dd
    import pandas as pd

    frame = dd.from_pandas(pd.DataFrame({"source": ["004"], "text": [seeds["004"]]}), npartitions=1)
    tables = xdask.extract_frame(frame)
    entities = tables.entities.compute()
    expected = xdask.table_frame([extractor.extract(seeds["004"], source="004")], "entities")
    assert len(entities) > 0 and set(entities["source"]) == {"004"}
    assert entities.reset_index(drop=True)[["start", "end", "label"]].equals(
        expected[["start", "end", "label"]]
    )

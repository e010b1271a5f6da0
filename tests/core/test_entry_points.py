"""Plugins' entry points are read from the distributions on sys.path as importlib.metadata reads them."""
from __future__ import annotations

import sys

from conftest import make_plugin_path

from corpuslint import plugins


def test_the_quick_scan_finds_what_importlib_metadata_finds(tmp_path, monkeypatch):
    site = make_plugin_path(tmp_path, {"zeta": "core_sample_plugin", "alpha": "core_sample_plugin:FixmeMarker.code"},
                            dist="corpuslint-scan-test")
    # a second copy of the same distribution further down sys.path is shadowed, as by importlib.metadata
    shadow = make_plugin_path(tmp_path / "later", {"shadowed": "nowhere"}, dist="corpuslint-scan-test")
    monkeypatch.setattr(sys, "path", [str(site), *sys.path, str(shadow)])
    scanned = plugins._scan_entry_points("corpuslint")
    assert scanned is not None
    assert sorted(scanned) == sorted(plugins._metadata_entry_points("corpuslint"))
    assert ("alpha", "core_sample_plugin:FixmeMarker.code", "corpuslint-scan-test", "1.0") in scanned
    assert not any(name == "shadowed" for name, *_ in scanned)


def test_an_entry_point_loads_a_module_or_an_attribute():
    import core_sample_plugin

    assert plugins._load_entry_point("core_sample_plugin") is core_sample_plugin
    assert plugins._load_entry_point("core_sample_plugin : FixmeMarker.code") == core_sample_plugin.FixmeMarker.code

"""LanguageTool that cannot be reached, is slow, or answers garbage: one clear error, or LT900 per document."""
import time

import pytest

from corpuslint import SetupError


def test_server_down_stops_the_run_naming_the_server(lint, dead_url, lt_config):
    with pytest.raises(SetupError) as err:
        lint({"a.txt": "She saw a elephant.\n"}, select=["LT"], config=lt_config(dead_url))
    message = str(err.value)
    assert dead_url in message and "cannot connect" in message and "\n" not in message


def test_server_down_stops_the_run_even_when_the_rules_are_only_configured(lint, dead_url, lt_config):
    with pytest.raises(SetupError, match="cannot connect"):
        lint({"a.txt": "Fine.\n"}, config=lt_config(dead_url))


def test_selected_without_configuration_is_an_error(lint):
    with pytest.raises(SetupError, match=r"not configured.*server = .*local = true"):
        lint({"a.txt": "Fine.\n"}, select=["LT001"])


def test_server_and_local_together_are_an_error(lint, lt_server):
    with pytest.raises(SetupError, match="either server"):
        lint({"a.txt": "Fine.\n"}, config={"languagetool": {"server": lt_server.url, "local": True}})
    assert lt_server.requests == []


def test_local_without_java_names_java(lint, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no java here
    with pytest.raises(SetupError, match=r"needs Java 17 or newer, and no 'java' was found"):
        lint({"a.txt": "Fine.\n"}, config={"languagetool": {"local": True}})


def test_unsupported_language_is_an_error(lint, lt_server, lt_config):
    with pytest.raises(SetupError, match=r"does not support language 'xx-YY'"):
        lint({"a.txt": "Fine.\n"}, config=lt_config(lt_server.url, language="xx-YY"))


def test_bad_timeout_is_an_error(lint, lt_server, lt_config):
    with pytest.raises(SetupError, match="timeout must be a positive number"):
        lint({"a.txt": "Fine.\n"}, config=lt_config(lt_server.url, timeout=0))


def test_server_that_is_not_languagetool_stops_the_run(lint, lt_server, lt_config):
    lt_server.mode = "garbage-everywhere"
    with pytest.raises(SetupError) as err:
        lint({"a.txt": "Fine.\n"}, config=lt_config(lt_server.url))
    assert lt_server.url in str(err.value) and "not a LanguageTool result" in str(err.value)


def test_garbage_answers_are_reported_once_per_document(lint, lt_server, lt_config):
    lt_server.mode = "garbage"
    findings = lint({"a.txt": "She saw a elephant.\n", "b.txt": "We recieve mail.\n"},
                    select=["LT"], config=lt_config(lt_server.url))
    assert [(f.path, f.code, f.line, f.column) for f in findings] == [("a.txt", "LT900", 1, 1), ("b.txt", "LT900", 1, 1)]
    assert lt_server.url in findings[0].message and "not a LanguageTool result" in findings[0].message
    assert "Bad Gateway" in findings[0].message


def test_answers_of_the_wrong_shape_are_reported(lint, lt_server, lt_config):
    lt_server.mode = "bad-shape"
    findings = lint({"a.txt": "She saw a elephant.\n"}, select=["LT"], config=lt_config(lt_server.url))
    assert [f.code for f in findings] == ["LT900"]
    assert "not a LanguageTool result" in findings[0].message


def test_timeout_reports_the_document_and_gives_up_after_three_failures(lint, lt_server, lt_config):
    lt_server.mode, lt_server.delay = "sleep", 3.0
    files = {f"doc{i}.txt": f"Document {i} has a error.\n" for i in range(5)}
    started = time.perf_counter()
    findings = lint(files, select=["LT"], config=lt_config(lt_server.url, timeout=0.3))
    elapsed = time.perf_counter() - started
    assert [(f.path, f.code) for f in findings] == [(f"doc{i}.txt", "LT900") for i in range(5)]
    assert all(lt_server.url in f.message for f in findings)
    assert "no answer within 0.3 s (timeout)" in findings[0].message
    assert "stopped asking after 3 failed requests in a row" in findings[-1].message
    # three documents waited (the client tries twice), the last two did not ask at all
    assert len(lt_server.checks) <= 6
    assert elapsed < 3 * 2 * 0.3 + 3


def test_a_new_run_asks_again_after_failures(lint, lt_server, lt_config):
    files = {"a.txt": "She saw a elephant.\n"}
    lt_server.mode = "garbage"
    for _ in range(3):
        lint(files, select=["LT"], config=lt_config(lt_server.url))
    lt_server.mode = "ok"
    assert [f.code for f in lint(files, select=["LT"], config=lt_config(lt_server.url))] == ["LT001"]


def test_slow_but_in_time_answers_are_used(lint, lt_server, lt_config):
    lt_server.mode, lt_server.delay = "sleep", 0.3
    findings = lint({"a.txt": "She saw a elephant.\n"}, select=["LT"], config=lt_config(lt_server.url, timeout=3))
    assert [f.code for f in findings] == ["LT001"]

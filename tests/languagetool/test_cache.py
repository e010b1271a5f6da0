"""Answers are cached on disk per paragraph: a re-run does not ask LanguageTool again for unchanged text."""


def test_second_run_sends_no_request(lint, lt_server, lt_config, lt_cache):
    files = {"a.txt": "She saw a elephant.\n\nThey left left early.\n", "b.txt": "We recieve mail.\n"}
    config = lt_config(lt_server.url)
    first = lint(files, select=["LT"], config=config)
    asked = len(lt_server.checks)
    assert asked >= 1 and (lt_cache / "languagetool-v1.sqlite3").is_file()
    second = lint(files, select=["LT"], config=config)
    assert len(lt_server.checks) == asked
    assert [(f.path, f.code, f.start, f.end, f.message) for f in second] == \
           [(f.path, f.code, f.start, f.end, f.message) for f in first]


def test_only_the_changed_paragraph_is_sent(lint, lt_server, lt_config):
    config = lt_config(lt_server.url)
    lint({"a.txt": "First paragraph is fine.\n\nSecond one has a error.\n"}, select=["LT"], config=config)
    before = len(lt_server.checks)
    findings = lint({"a.txt": "First paragraph is fine.\n\nSecond one has a issue.\n\nThird is new.\n"},
                    select=["LT"], config=config)
    sent = [c["text"] for c in lt_server.checks[before:]]
    assert sent == ["Second one has a issue.\n\nThird is new."]
    assert [(f.code, f.line, f.column) for f in findings] == [("LT001", 3, 16)]


def test_a_paragraph_moved_elsewhere_is_not_asked_again(lint, lt_server, lt_config):
    config = lt_config(lt_server.url)
    lint({"a.txt": "One has a error.\n\nTwo is fine.\n"}, select=["LT"], config=config)
    before = len(lt_server.checks)
    findings = lint({"b.txt": "A new start.\n\nOne has a error.\n"}, select=["LT"], config=config)
    assert [c["text"] for c in lt_server.checks[before:]] == ["A new start."]
    assert [(f.path, f.line, f.column) for f in findings] == [("b.txt", 3, 9)]


def test_other_settings_ask_again(lint, lt_server, lt_config):
    files = {"a.txt": "She saw a elephant.\n"}
    lint(files, select=["LT"], config=lt_config(lt_server.url))
    lint(files, select=["LT"], config=lt_config(lt_server.url, language="en-GB"))
    lint(files, select=["LT"], config=lt_config(lt_server.url, **{"disabled-rules": ["EN_A_VS_AN"]}))
    assert [c.get("language") for c in lt_server.checks] == ["en-US", "en-GB", "en-US"]


def test_a_failed_answer_is_not_cached(lint, lt_server, lt_config):
    files = {"a.txt": "She saw a elephant.\n"}
    lt_server.mode = "garbage"
    assert [f.code for f in lint(files, select=["LT"], config=lt_config(lt_server.url))] == ["LT900"]
    lt_server.mode = "ok"
    assert [f.code for f in lint(files, select=["LT"], config=lt_config(lt_server.url))] == ["LT001"]


def test_an_unwritable_cache_folder_does_not_fail_the_run(lint, lt_server, lt_config, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    config = lt_config(lt_server.url, **{"cache-dir": str(blocker / "cache")})
    findings = lint({"a.txt": "She saw a elephant.\n"}, select=["LT"], config=config)
    assert [f.code for f in findings] == ["LT001"]


def test_many_paragraphs_go_in_few_requests_with_offsets_right_in_each(lint, lt_server, lt_config):
    text = "\n\n".join(f"Paragraph {i} says a {'odd' if i % 7 == 0 else 'plain'} thing." for i in range(900)) + "\n"
    assert len(text) > 2 * 15_000
    findings = lint({"long.txt": text}, select=["LT"], config=lt_config(lt_server.url))
    assert len(findings) == len(range(0, 900, 7))
    assert all(text[f.start:f.end] == "a" and text[f.end:f.end + 4] == " odd" for f in findings)
    assert len(lt_server.checks) == 3
    assert all(len(c["text"]) <= 15_000 for c in lt_server.checks)


def test_answers_before_a_failure_are_kept(lint, lt_server, lt_config):
    text = "\n\n".join(f"Paragraph {i} says a {'odd' if i % 7 == 0 else 'plain'} thing." for i in range(900)) + "\n"
    lt_server.good_checks = 1  # the second of three requests fails
    findings = lint({"long.txt": text}, select=["LT"], config=lt_config(lt_server.url))
    assert [f.code for f in findings] == ["LT900"]
    assert "Service Unavailable" in findings[0].message
    lt_server.good_checks = None
    findings = lint({"long.txt": text}, select=["LT"], config=lt_config(lt_server.url))
    assert len(findings) == len(range(0, 900, 7))
    assert len(lt_server.checks) == 2 + 2  # the first batch came from the cache

"""Starting the GUI parses only the GUI's options (the other commands load the database
layers); every other command line still meets the whole parser."""

from __future__ import annotations

import pytest

from bvmdesk import cli


@pytest.mark.parametrize("argv", [
    [], ["gui"], ["--db", "x.sqlite"], ["--db=x.sqlite", "gui"],
    ["--db", "x.sqlite", "gui", "--smoke-test"], ["gui", "--smoke-test=all"],
    ["gui", "--smoke-test", "all"],
])
def test_a_plain_gui_start_takes_the_short_way(argv: list[str]) -> None:
    assert cli._is_plain_gui(argv)
    with cli.dutch_argparse():
        args = cli._build_parser(gui_only=True).parse_args(argv)
    assert args.command in (None, "gui")
    full = cli.build_parser().parse_args(argv)
    assert vars(full) == vars(args)


@pytest.mark.parametrize("argv", [
    ["--help"], ["gui", "--help"], ["gui", "--bogus"], ["check"], ["--version"],
    ["--db"], ["gui", "--smoke-test", "elk"], ["--db", "x.sqlite", "check", "--json"],
])
def test_anything_else_meets_the_whole_parser(argv: list[str]) -> None:
    assert not cli._is_plain_gui(argv)


def test_a_wrong_gui_option_gets_the_usual_usage_error(capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["gui", "--smoke-test=elk"])
    assert exit_info.value.code == 2
    assert "gebruik:" in capsys.readouterr().err

"""`prosograph eval`: the figures as JSON, and a clear error for missing data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prosograph.cli import app

runner = CliRunner()


@pytest.mark.model
def test_eval_cli_prints_both_reports_as_json() -> None:
    result = runner.invoke(app, ["eval", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["dev"]["fields"]["birth_date"]["gold"] > 0
    assert data["seeds"]["recall"] >= 0.85
    assert data["seeds"]["unsupported"] == []


def test_eval_cli_missing_data_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "--dev", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "not found" in result.output

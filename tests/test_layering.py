"""Layers point one way (DESIGN.md): a test walks every module's imports with `ast`."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "bvmdesk"
QT = ("PySide6", "shiboken6", "qtawesome", "qtpy")
DATABASE = ("sqlalchemy", "alembic")
OUR_DATABASE_AND_SERVICES = ("bvmdesk.db", "bvmdesk.services")


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    module: str
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: imports {self.module} ({self.rule})"


def _matches(module: str, roots: tuple[str, ...]) -> bool:
    return any(module == root or module.startswith(root + ".") for root in roots)


def imported_modules(source: str, module_name: str) -> list[tuple[int, str]]:
    """Every (line, module) a source imports, wherever the import statement is."""
    found: list[tuple[int, str]] = []
    package = module_name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's package
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            # `from bvmdesk import db` imports the module bvmdesk.db
            found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
    return found


# Which of our layers each layer may import (DESIGN.md: ui/cli -> services -> db, domain,
# reports; nothing upward). "base" is the package root, config.py and platform_check.py.
ALLOWED: dict[str, frozenset[str]] = {
    "ui": frozenset({"ui", "app", "services", "domain", "reports", "base"}),
    "app": frozenset({"ui", "app", "services", "domain", "base"}),
    "cli": frozenset({"cli", "app", "services", "domain", "reports", "base"}),
    "services": frozenset({"services", "db", "domain", "reports", "base"}),
    "db": frozenset({"db", "domain", "base"}),
    "reports": frozenset({"reports", "domain", "base"}),
    "domain": frozenset({"domain", "base"}),
    "base": frozenset({"base", "domain"}),
}
LAYERS = ("ui", "services", "db", "domain", "reports")


def layer_of(module: str) -> str | None:
    """`bvmdesk.ui.x` -> "ui"; `bvmdesk.cli_exchange` -> "cli"; None: not ours."""
    parts = module.split(".")
    if parts[0] != "bvmdesk":
        return None
    if len(parts) == 1:
        return "base"
    head = parts[1]
    if head in LAYERS:
        return head
    if head == "app":
        return "app"
    if head == "__main__" or head == "cli" or head.startswith("cli_"):
        return "cli"
    return "base"


def _dynamic_imports(source: str) -> list[tuple[int, str]]:
    """`importlib.import_module("...")` / `__import__("...")` with a string: a way around
    the import rules, so not allowed at all."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else \
                func.id if isinstance(func, ast.Name) else ""
            if name in ("import_module", "__import__") and node.args:
                found.append((node.lineno, ast.unparse(node.args[0])))
    return found


def check_module(path: Path, root: Path) -> list[Violation]:
    """The layer rules one module breaks; `root` is the folder that holds `bvmdesk/`."""
    relative = path.relative_to(root).as_posix()
    module_name = relative.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
    if relative.endswith("__init__.py"):
        module_name += ".__init__"
    own = layer_of(module_name) or "base"
    layer = relative.split("/")[1] if relative.count("/") >= 1 else ""
    in_ui = own in ("ui", "app")
    pure = own in ("domain", "reports")
    source = path.read_text(encoding="utf-8")
    problems: list[Violation] = []
    for line, module in imported_modules(source, module_name):
        if _matches(module, QT) and not in_ui:
            problems.append(Violation(relative, line, module, "Qt only in bvmdesk/ui and app.py"))
        if _matches(module, DATABASE) and (pure or own in ("ui", "app", "cli")):
            problems.append(Violation(relative, line, module, f"no SQLAlchemy in {layer}"))
        target = layer_of(module)
        if target is not None and target not in ALLOWED[own]:
            problems.append(Violation(relative, line, module, f"{own} may not import {target}"))
    for line, argument in _dynamic_imports(source):
        problems.append(Violation(relative, line, argument, "no imports by name (importlib)"))
    return problems


def check_tree(root: Path) -> list[Violation]:
    return [v for path in sorted((root / "bvmdesk").rglob("*.py"))
            for v in check_module(path, root)]


def test_the_layers_hold() -> None:
    assert (PACKAGE / "domain").is_dir()
    violations = check_tree(PACKAGE.parent)
    assert not violations, "\n".join(map(str, violations))


def _plant(root: Path, relative: str, source: str) -> list[str]:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return [str(v) for v in check_tree(root)]


def test_the_checker_finds_planted_violations(tmp_path: Path) -> None:
    planted = {
        "bvmdesk/services/qt.py": "def f():\n    from PySide6.QtCore import QObject\n",
        "bvmdesk/cli.py": "import shiboken6\n",
        "bvmdesk/db/icons.py": "import qtawesome as qta\n",
        "bvmdesk/domain/orm.py": "from sqlalchemy.orm import Session\n",
        "bvmdesk/reports/mig.py": "import alembic\n",
        "bvmdesk/domain/svc.py": "from bvmdesk.services import audit\n",
        "bvmdesk/domain/rel.py": "from ..db import models\n",
        "bvmdesk/reports/pkg.py": "from bvmdesk import db\n",
        "bvmdesk/ui/page.py": "import sqlalchemy as sa\n",
        "bvmdesk/ui/db_page.py": "from bvmdesk.db.engine import DatabaseLocationError\n",
        "bvmdesk/cli_x.py": "from bvmdesk.db.models import User\n",
        "bvmdesk/db/up.py": "from bvmdesk.services.base import Actor\n",
        "bvmdesk/services/to_ui.py": "from bvmdesk.ui.formatting import x\n",
        "bvmdesk/reports/svc.py": "from bvmdesk.services import audit\n",
        "bvmdesk/domain/rep.py": "from bvmdesk.reports import sheets\n",
        "bvmdesk/ui/lazy.py": "import importlib\nm = importlib.import_module('bvmdesk.db')\n",
    }
    for relative, source in planted.items():
        _plant(tmp_path, relative, source)
    found = "\n".join(map(str, check_tree(tmp_path)))
    for relative in planted:
        assert relative in found, relative


def test_the_checker_allows_what_the_layers_allow(tmp_path: Path) -> None:
    allowed = {
        "bvmdesk/ui/main_window.py": "from PySide6.QtWidgets import QMainWindow\n"
                                     "from bvmdesk.services.base import Actor\n",
        "bvmdesk/app.py": "import qtawesome\nfrom PySide6.QtWidgets import QApplication\n",
        "bvmdesk/services/x.py": "from sqlalchemy import select\nfrom bvmdesk.db import models\n",
        "bvmdesk/domain/y.py": "from bvmdesk.domain.enums import Role\nfrom . import text\n",
        "bvmdesk/reports/z.py": "from bvmdesk.domain import text\nimport reportlab\n",
        "bvmdesk/ui/qtpyish.py": "import qtpy\n",
    }
    for relative, source in allowed.items():
        _plant(tmp_path, relative, source)
    assert check_tree(tmp_path) == []


def test_the_service_container_exposes_no_engine_or_session(tmp_path: Path) -> None:
    """Every public attribute of a real container, the services made on first use
    included (so each of those imports and builds), is a service, not the engine or the
    sessions behind them."""
    from functools import cached_property

    from sqlalchemy import Engine

    from bvmdesk.db.session import Sessions
    from bvmdesk.services.container import Services, open_services

    services = open_services(str(tmp_path / "lagen.sqlite"), create=True, backup=False)
    try:
        names = [name for name in vars(services) if not name.startswith("_")]
        names += [name for name, value in vars(Services).items()
                  if isinstance(value, cached_property | property)]
        values = {name: getattr(services, name) for name in names}
    finally:
        services.close()
    assert len(values) > 30 and "certificates" in values and "today" in values
    assert not [name for name, value in values.items()
                if isinstance(value, Engine | Sessions)]
    assert not hasattr(Services, "engine") and not hasattr(Services, "sessions")


def test_front_ends_never_reach_behind_the_services() -> None:
    """The UI and the command line use services only: no `sessions_of`, `_sessions` or
    `_engine` of the container (tests and benchmarks may)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE.parent).as_posix().removesuffix(".py").replace(
            "/", ".")
        if layer_of(module) not in ("ui", "app", "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = node.attr if isinstance(node, ast.Attribute) else \
                node.id if isinstance(node, ast.Name) else None
            if name in ("sessions_of", "_sessions", "_engine"):
                found.append(f"{path.name}:{node.lineno}: {name}")
    assert not found, found

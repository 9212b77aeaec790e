"""Examples that cannot run here still call their libraries as documented: every call into a
library of documented_api.LIBRARIES is found with `ast`, resolved through the file's imports, and
checked against the signature recorded from the library's API reference."""

import ast
import importlib.util
from pathlib import Path

import pytest

from documented_api import LIBRARIES, SIGNATURES

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FILES = sorted(p for p in EXAMPLES.rglob("*.py") if "worked-example" not in p.parts)


def imported_names(tree: ast.Module) -> dict[str, str]:
    """Local name -> dotted path, for names bound by imports from the checked libraries."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                root = alias.name.split(".")[0]
                if root in LIBRARIES:
                    names[alias.asname or root] = alias.name if alias.asname else root
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in LIBRARIES:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def dotted(expr: ast.expr) -> str | None:
    """`tf.keras.layers.Dense`, `MlflowClient().set_registered_model_alias`; None for anything else."""
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        inner = dotted(expr.value)
        return None if inner is None else f"{inner}.{expr.attr}"
    if isinstance(expr, ast.Call):
        inner = dotted(expr.func)
        return None if inner is None else f"{inner}()"
    return None


def library_calls(path: Path) -> list[tuple[str, ast.Call]]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = imported_names(tree)
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (name := dotted(node.func)):
            head, _, rest = name.partition(".")
            root = head.removesuffix("()")
            if root in names:
                resolved = names[root] + head[len(root):] + (f".{rest}" if rest else "")
                calls.append((resolved, node))
    return calls


def check(callee: str, call: ast.Call) -> list[str]:
    if callee not in SIGNATURES:
        return [f"{callee} is not in tests/python/documented_api.py: read its API reference and add its signature"]
    params, _source = SIGNATURES[callee]
    problems = []
    positional = [p for p in params[: params.index("*")] if p != "**"] if "*" in params else [p for p in params if p != "**"]
    if "**" in params:
        positional = positional[: params.index("**")] if "*" not in params else positional
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return [f"{callee} (line {call.lineno}) unpacks arguments with * or **, which this check cannot follow"]
    if len(call.args) > len(positional):
        problems.append(f"{callee} (line {call.lineno}) passes {len(call.args)} positional arguments; the signature takes {len(positional)}")
    named = {p for p in params if p not in ("*", "**")}
    for keyword in call.keywords:
        if keyword.arg not in named:
            problems.append(f"{callee} (line {call.lineno}) has no documented parameter {keyword.arg!r}")
    return problems


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(EXAMPLES)))
def test_library_calls_match_their_documented_signatures(path):
    problems = [problem for callee, call in library_calls(path) for problem in check(callee, call)]
    assert problems == [], f"{path.relative_to(EXAMPLES)}:\n  " + "\n  ".join(problems)


def test_every_example_whose_library_is_not_installed_here_is_checked():
    # An example importing a library this environment lacks cannot run, so this check is all it gets.
    def missing(path: Path) -> set[str]:
        roots = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                roots |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                roots.add(node.module.split(".")[0])
        # A module next to the example (drift_metrics.py imports drift_statistics.py) is the guide's own, not a library.
        return {root for root in roots if importlib.util.find_spec(root) is None and not (path.parent / f"{root}.py").exists()}

    not_installed = {str(p.relative_to(EXAMPLES)): missing(p) for p in FILES if missing(p)}
    assert not_installed, "expected examples whose libraries are not installed here"
    for file, roots in not_installed.items():
        assert roots <= set(LIBRARIES), f"{file} imports {sorted(roots - set(LIBRARIES))}: add to documented_api.LIBRARIES"
        assert library_calls(EXAMPLES / file), f"{file} makes no checked call"


def test_an_undocumented_keyword_fails():
    call = ast.parse('tf.keras.layers.Dense(8, input_shape=(3,))').body[0].value
    assert check("tensorflow.keras.layers.Dense", call) == [
        "tensorflow.keras.layers.Dense (line 1) has no documented parameter 'input_shape'"
    ]
    extra = ast.parse('MetricFrame(accuracy, y_true=a)').body[0].value
    assert check("fairlearn.metrics.MetricFrame", extra)[0].startswith("fairlearn.metrics.MetricFrame (line 1) passes 1 positional")
    assert check("tensorflow.not.a.function", extra)[0].startswith("tensorflow.not.a.function is not in")

"""The header rules of Decree 30 as ../shared/reference/decree30.md §3 states them, read from
that file (not retyped), so the tests check documents against the reference itself."""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "reference", "decree30.md")


_NAMES = [("Quốc hiệu", "national_title"), ("Tiêu ngữ", "motto"), ("Tên cơ quan chủ quản", "parent_agency"),
          ("Tên cơ quan ban hành", "agency"), ("Số, ký hiệu", "number"), ("Địa danh", "place_date")]


def _path():
    path = os.environ.get("BAOCAO_DECREE30", DEFAULT)
    if not os.path.exists(path):
        raise FileNotFoundError(f"decree30.md not found at {path}: the tests need ../shared beside the clone")
    return path


def header_rules():
    """{"national_title"|"motto"|"parent_agency"|"agency"|"number"|"place_date": {"text": str|None, "sizes": (lo, hi), "bold": bool, "italic": bool, "upper": bool}}"""
    with open(_path(), encoding="utf-8") as f:
        md = f.read()
    section = md.split("## 3. Header components", 1)[1].split("\n## ", 1)[0]
    rules = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 6 or not cells[0].isdigit():
            continue
        component, case, size, style = cells[1], cells[2], cells[3], cells[4]
        name = next((key for prefix, key in _NAMES if component.startswith(prefix)), None)
        if name is None:
            raise ValueError(f"decree30.md §3: unknown component {component!r}")
        quoted = re.search(r'"([^"]+)"', component)
        lo, hi = (float(x) for x in re.findall(r"\d+", size)[:2]) if "–" in size else (float(size),) * 2
        rules[name] = {
            "text": quoted.group(1) if quoted else None,
            "sizes": (lo, hi),
            "bold": "**bold**" in style and "not bold" not in style,
            "italic": "*italic*" in style,
            "upper": case.startswith("UPPER"),
        }
    return rules


if __name__ == "__main__":
    for k, v in header_rules().items():
        print(k, v)

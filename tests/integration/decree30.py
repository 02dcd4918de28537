"""The header rules of Decree 30/2020/NĐ-CP (Phụ lục I, Phần I, mục II.1–4: quốc hiệu và tiêu ngữ,
tên cơ quan, số và ký hiệu, địa danh và thời gian ban hành), written out here as the tests' own data.

They are typed from the decree, not taken from the extension's code (src/core/decree30.hpp,
src/core/templates/header.hpp), so a wrong constant in the product is caught by these tests rather than
copied into them."""

# component: the text the decree prescribes (None: it depends on the agency or the document),
# the size range in points, bold, italic, upper case.
_RULES = {
    # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng, đậm
    "national_title": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", (12.0, 13.0), True, False, True),
    # "Độc lập - Tự do - Hạnh phúc": chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm
    "motto": ("Độc lập - Tự do - Hạnh phúc", (13.0, 14.0), True, False, False),
    # tên cơ quan chủ quản trực tiếp: in hoa, cỡ 12 đến 13, kiểu chữ đứng (không đậm)
    "parent_agency": (None, (12.0, 13.0), False, False, True),
    # tên cơ quan ban hành: in hoa, cỡ 12 đến 13, kiểu chữ đứng, đậm
    "agency": (None, (12.0, 13.0), True, False, True),
    # "Số": chữ in thường, cỡ chữ 13, kiểu chữ đứng
    "number": (None, (13.0, 13.0), False, False, False),
    # địa danh và thời gian ban hành: chữ in thường, cỡ 13 đến 14, kiểu chữ nghiêng
    "place_date": (None, (13.0, 14.0), False, True, False),
}


def header_rules():
    """{"national_title"|"motto"|"parent_agency"|"agency"|"number"|"place_date": {"text": str|None, "sizes": (lo, hi), "bold": bool, "italic": bool, "upper": bool}}"""
    return {name: {"text": text, "sizes": sizes, "bold": bold, "italic": italic, "upper": upper}
            for name, (text, sizes, bold, italic, upper) in _RULES.items()}


if __name__ == "__main__":
    for k, v in header_rules().items():
        print(k, v)

// header.*, signature.missing, recipients.*: the Decree 30 components around the body
// (decree30.md §3, §5, §7).
#include "core/validation/decree30.hpp"
#include "core/templates/header.hpp"
#include "core/validation/rules.hpp"
#include "text/marks.hpp"
#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <cctype>

namespace baocao::core::rules {
namespace {

std::string collapsed(const DocParagraph& p) { return text::nfc(text::collapseSpaces(p.text)); }

bool allRuns(const DocParagraph& p, bool TextRun::*flag) {
  for (const auto& r : p.runs)
    if (!text::isBlank(r.text) && !(r.*flag)) return false;
  return true;
}

// What is wrong with a line whose words are right: "chưa in đậm; cỡ 12 pt, cần 13–14 pt", naming
// each property (not the line's text again); empty when nothing is.
std::string formWrong(const Context& c, const DocParagraph& p, const Range& sizes, bool upright) {
  std::vector<std::string> wrong;
  if (!allRuns(p, &TextRun::bold)) wrong.push_back(c.text(MessageId::FormatNotBold));
  if (upright && allRuns(p, &TextRun::italic)) wrong.push_back(c.text(MessageId::FormatItalic));
  for (const auto& r : p.runs)
    if (r.sizePt > 0 && !text::isBlank(r.text) && !sizes.contains(r.sizePt, 0.05)) {
      wrong.push_back(c.text(MessageId::FormatSize,
                             {number(r.sizePt, c.language), number(sizes.min, c.language), number(sizes.max, c.language)}));
      break;
    }
  std::string out;
  for (const auto& w : wrong) out += (out.empty() ? "" : "; ") + w;
  return out;
}

std::string lettersOnly(const std::string& folded) {
  std::string out;
  for (const char ch : folded)
    if (ch != ' ' && ch != '-') out += ch;
  return out;
}

std::vector<std::string> spaceSplit(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (const char ch : s) {
    if (ch == ' ') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += ch;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// A field left for someone else to fill: nothing, or dots, an ellipsis, underscores.
bool isBlankField(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '.' || s[i] == '_' || s[i] == ' ') continue;
    if (s.compare(i, 3, "\u2026") == 0) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

// The header's place-and-date line (ô 4) as written: "Long Môn, ngày 07 tháng 5 năm 2025",
// "Long Môn, 07/5/2025", or with the day and month left blank for the system to fill
// ("ngày   tháng   năm 2026"). Empty for any other line.
struct PlaceDate {
  std::string place;          // "Long Môn"
  bool longForm = false;      // "ngày … tháng … năm …"
  bool commaOk = true;        // a comma between the place and "ngày"
  bool blank = false;         // the day or the month left blank
  std::string typed;          // the date as written ("ngày 7 tháng 5 năm 2025"); empty when unreadable
  std::optional<CivilDate> date;  // the date, when it exists
};

std::optional<PlaceDate> readPlaceDate(const std::string& line) {
  const std::string f = text::foldCase(line);
  const std::size_t ngay = f.find("ngày ");
  PlaceDate out;
  out.longForm = ngay != std::string::npos && f.find(" tháng ", ngay) != std::string::npos &&
                 f.find(" năm ", ngay) != std::string::npos;
  const std::size_t comma = f.find(", ");
  if (out.longForm) {
    out.commaOk = ngay >= 2 && f.compare(ngay - 2, 2, ", ") == 0;
    out.place = text::collapseSpaces(line.substr(0, std::min(line.find(','), ngay)));
    const std::size_t from = ngay + std::string("ngày ").size();
    if (const auto d = readWrittenDate(std::string_view(f).substr(from)); d && d->longForm) {
      out.typed = "ngày " + f.substr(from, d->end);
      if (isValid(d->date)) out.date = d->date;
      return out;
    }
    // "ngày   tháng   năm 2026", "ngày … tháng … năm 2026": left for the văn thư or the system
    const auto w = spaceSplit(f.substr(ngay));
    const auto t = std::find(w.begin(), w.end(), "tháng");
    const auto y = std::find(w.begin(), w.end(), "năm");
    out.blank = (t != w.end() && std::all_of(w.begin() + 1, t, [](const std::string& x) { return isBlankField(x); })) ||
                (t != w.end() && y != w.end() && t < y && std::all_of(t + 1, y, [](const std::string& x) { return isBlankField(x); }));
    return out;
  }
  if (comma == std::string::npos) return std::nullopt;
  const auto after = spaceSplit(f.substr(comma + 2));
  if (after.size() != 1) return std::nullopt;
  const auto d = readWrittenDate(after[0]);
  if (!d || d->longForm || d->end != after[0].size()) return std::nullopt;
  out.place = line.substr(0, comma);
  out.typed = after[0];
  if (isValid(d->date)) out.date = d->date;
  return out;
}

bool isDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

void checkNationalTitleAndMotto(const Context& c) {
  const std::string titleKey = text::normalizeHeading(HeaderLayout::kNationalTitleText);
  const std::string mottoKey = lettersOnly(text::normalizeHeading(HeaderLayout::kMottoText));
  int title = -1, motto = -1;
  for (int i = 0; i < c.zones.headerEnd; ++i) {
    const std::string key = text::normalizeHeading(c.doc.paragraphs[static_cast<std::size_t>(i)].text);
    if (title < 0 && key == titleKey) title = i;
    // dashes and spaces aside: "Độc lập- Tự do- Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"
    if (motto < 0 && lettersOnly(key) == mottoKey) motto = i;
  }
  if (title < 0) {
    c.add(Rule::HeaderNationalTitleMissing, -1, {HeaderLayout::kNationalTitleText});
  } else {
    const DocParagraph& p = c.doc.paragraphs[static_cast<std::size_t>(title)];
    const std::string s = collapsed(p);
    // either tone placement: the decree itself writes HÒA and HOÀ
    const bool textOk = s == HeaderLayout::kNationalTitleText || (s == text::upper(s) && text::canonicalToneText(s) == HeaderLayout::kNationalTitleText);
    if (!textOk)
      c.add(Rule::HeaderNationalTitleText, title, {HeaderLayout::kNationalTitleText, s});
    else if (formattingKnown(p))
      if (const std::string wrong = formWrong(c, p, Decree30::kNationalTitlePt, true); !wrong.empty())
        c.add(Rule::HeaderNationalTitleFormat, title, {s, wrong});
  }
  if (motto < 0) {
    c.add(Rule::HeaderMottoMissing, -1, {HeaderLayout::kMottoText});
  } else {
    const DocParagraph& p = c.doc.paragraphs[static_cast<std::size_t>(motto)];
    const std::string s = collapsed(p);
    if (s != HeaderLayout::kMottoText)
      c.add(Rule::HeaderMottoText, motto, {HeaderLayout::kMottoText, s});
    else if (formattingKnown(p))
      if (const std::string wrong = formWrong(c, p, Decree30::kMottoPt, false); !wrong.empty())
        c.add(Rule::HeaderMottoFormat, motto, {s, wrong});
  }
}

void checkAgency(const Context& c) {
  const std::string titleKey = text::normalizeHeading(HeaderLayout::kNationalTitleText);
  for (int i = 0; i < c.zones.headerEnd; ++i) {
    const std::string s = collapsed(c.doc.paragraphs[static_cast<std::size_t>(i)]);
    const auto ws = text::words(s);
    if (ws.empty() || s != text::upper(s) || text::normalizeHeading(s) == titleKey) continue;
    if (text::foldCase(s).rfind("số", 0) == 0) continue;
    return;  // an upper-case line that is not the national title: the agency
  }
  c.add(Rule::HeaderAgencyMissing, -1, {});
}

void checkNumber(const Context& c) {
  const std::string typeCode = c.typeCode();  // empty for a công văn: its code is the agency's
  for (int i = 0; i < c.zones.headerEnd; ++i) {
    const std::string s = collapsed(c.doc.paragraphs[static_cast<std::size_t>(i)]);
    const std::string f = text::foldCase(s);
    if (f.rfind("số", 0) != 0) continue;
    const std::string afterSo = f.substr(std::string("số").size());
    if (afterSo.empty() || (afterSo[0] != ':' && afterSo[0] != ' ') || s.find('/') == std::string::npos) continue;
    std::vector<std::string> reasons;
    if (s.rfind("Số:", 0) != 0) reasons.push_back(c.text(MessageId::NumberNeedsColon));
    const std::size_t colon = s.find(':');
    const std::string rest = text::collapseSpaces(colon == std::string::npos ? s.substr(std::string("Số").size()) : s.substr(colon + 1));
    if (rest.find(" /") != std::string::npos || rest.find("/ ") != std::string::npos || rest.find(" -") != std::string::npos ||
        rest.find("- ") != std::string::npos)
      reasons.push_back(c.text(MessageId::NumberSpaces));
    const std::size_t slash = rest.find('/');
    const std::string num = text::collapseSpaces(rest.substr(0, slash));
    if (num.size() == 1 && isDigits(num) && num != "0") reasons.push_back(c.text(MessageId::NumberLeadingZero));
    if (isBlankField(num) && !c.electronic) reasons.push_back(c.text(MessageId::NumberBlank));
    const std::string code = text::collapseSpaces(rest.substr(slash + 1));
    if (!typeCode.empty() && code.rfind(typeCode + "-", 0) != 0 && code.rfind(typeCode + " -", 0) != 0)
      reasons.push_back(c.text(MessageId::NumberType, {typeCode}));
    if (!reasons.empty()) {
      std::string all;
      for (const auto& r : reasons) all += (all.empty() ? "" : "; ") + r;
      c.add(Rule::HeaderNumberForm, i, {s, all});
    }
    return;
  }
  c.add(Rule::HeaderNumberMissing, -1, {typeCode.empty() ? std::string("…") : typeCode});
}

void checkPlaceDate(const Context& c) {
  for (int i = 0; i < c.zones.headerEnd; ++i) {
    const DocParagraph& p = c.doc.paragraphs[static_cast<std::size_t>(i)];
    const std::string s = collapsed(p);
    const auto line = readPlaceDate(s);
    if (!line) continue;
    // "Long Môn, ngày 07 tháng 5 năm 2025": a comma after the place, italic
    if (!line->commaOk || (formattingKnown(p) && !allRuns(p, &TextRun::italic)))
      c.add(line->commaOk ? Rule::HeaderPlaceDateItalic : Rule::HeaderPlaceDateComma, i, {s});
    if (line->blank) {
      if (!c.electronic) c.add(Rule::HeaderPlaceDateBlank, i, {s});
      return;
    }
    // date.format: the date written in full, zero-padded as Decree 30 says
    if (line->date && line->typed != headerDatePhrase(*line->date))
      c.add(Rule::DateFormat, i, {line->typed, headerDatePhrase(*line->date)});
    return;
  }
  c.add(Rule::HeaderPlaceDateMissing, -1, {});
}

void checkTitle(const Context& c) {
  if (c.kind.kind == DocKind::CongVan) {
    // no type name; a "V/v …" line is how it was found, or the template says so and it lacks one
    if (c.zones.trichYeu < 0) c.add(Rule::HeaderTrichYeuMissing, -1, {});
    return;
  }
  if (c.zones.typeName < 0) {
    c.add(Rule::HeaderTitleMissing, -1, {c.typeName()});
    return;
  }
  if (c.zones.trichYeu < 0) c.add(Rule::HeaderTrichYeuMissing, c.zones.typeName, {});
}

std::string withoutReferences(std::string s) {
  for (std::size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open)) {
    const std::size_t close = s.find('}', open);
    if (close == std::string::npos) break;
    s.replace(open, close - open + 1, "…");
  }
  return s;
}

// The upper-case lines of the signature block, in order, from its first line to the end: names
// and recipients are in lower case, so they drop out, whichever way a table's cells are read.
std::vector<std::string> signatureBlockLines(const Context& c) {
  std::vector<std::string> out;
  for (std::size_t i = static_cast<std::size_t>(c.zones.signature); i < c.doc.paragraphs.size(); ++i) {
    const std::string& raw = c.doc.paragraphs[i].text;
    std::size_t start = 0;
    while (start <= raw.size()) {
      const std::size_t end = std::min(raw.find('\n', start), raw.size());
      const std::string line = text::nfc(text::collapseSpaces(raw.substr(start, end - start)));
      start = end + 1;
      if (line.empty() || line[0] == '-' || line != text::upper(line) || text::words(line).empty()) continue;
      out.push_back(line);
    }
  }
  return out;
}

// What is wrong with a signature block that is there (Decree 30 Art. 13, Appendix I II.7):
// "PHÓ GIÁM ĐỐC" without "KT. GIÁM ĐỐC" above it, "KT. …" or "TM. …" with no title under it.
void checkSignatureForm(const Context& c) {
  std::vector<std::pair<std::string, SignatureLine>> block;
  for (auto& line : signatureBlockLines(c)) {
    SignatureLine l = signatureLine(line);
    if (l.form == SignatureForm::None && c.tmpl != nullptr && !c.tmpl->signature.position.empty() &&
        line == text::upper(c.tmpl->signature.position)) {
      l.form = SignatureForm::HeadTitle;
      l.title = line;
    }
    if (l.form != SignatureForm::None) block.emplace_back(std::move(line), std::move(l));
  }
  if (block.empty()) return;
  std::vector<std::string> reasons;
  const std::string headExample = c.tmpl != nullptr && !c.tmpl->signature.position.empty()
                                      ? text::upper(c.tmpl->signature.position) : std::string("CHỦ TỊCH");
  for (std::size_t i = 0; i < block.size(); ++i) {
    const auto& [line, l] = block[i];
    const SignatureLine* next = i + 1 < block.size() ? &block[i + 1].second : nullptr;
    const std::string nextText = i + 1 < block.size() ? block[i + 1].first : std::string();
    const SignatureLine* prev = i > 0 ? &block[i - 1].second : nullptr;
    switch (l.form) {
      case SignatureForm::Collective:
        // "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", or / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
        if (next == nullptr || (next->form != SignatureForm::HeadTitle && next->form != SignatureForm::Deputy &&
                                next->form != SignatureForm::Acting && next->form != SignatureForm::DeputyTitle))
          reasons.push_back(c.text(MessageId::SignNoTitle, {line, headExample}));
        break;
      case SignatureForm::Deputy:
        if (next == nullptr || next->form != SignatureForm::DeputyTitle)
          reasons.push_back(c.text(MessageId::SignKtNoDeputy, {line, l.title}));
        else if (next->title != l.title && signatureLine(l.title).form == SignatureForm::HeadTitle)
          reasons.push_back(c.text(MessageId::SignDeputyMismatch, {line, nextText, l.title}));
        break;
      case SignatureForm::ByOrder:
      case SignatureForm::ByAuthority:
        if (next == nullptr || (next->form != SignatureForm::HeadTitle && next->form != SignatureForm::DeputyTitle))
          reasons.push_back(c.text(MessageId::SignNoTitle, {line, "CHÁNH VĂN PHÒNG"}));
        break;
      case SignatureForm::DeputyTitle:
        // a deputy signs under "KT." (or acting, or by order / authority, for the head)
        if (prev == nullptr || (prev->form != SignatureForm::Deputy && prev->form != SignatureForm::Acting &&
                                prev->form != SignatureForm::ByOrder && prev->form != SignatureForm::ByAuthority))
          reasons.push_back(c.text(MessageId::SignDeputyNoKt, {line, l.title}));
        break;
      default:
        break;
    }
  }
  if (reasons.empty()) return;
  std::string all;
  for (const auto& r : reasons) all += (all.empty() ? "" : "; ") + r;
  c.add(Rule::SignatureForm, c.zones.signature, {all});
}

}  // namespace

std::optional<HeaderDate> headerDate(const Context& c) {
  for (int i = 0; i < c.zones.headerEnd; ++i) {
    const std::string s = collapsed(c.doc.paragraphs[static_cast<std::size_t>(i)]);
    const auto line = readPlaceDate(s);
    // a place before the date (not a trích yếu citing "Nghị quyết ngày …")
    if (!line || line->typed.empty() || s.find(", ") == std::string::npos) continue;
    if (!line->date) return std::nullopt;  // a day that does not exist: date.invalid says so
    return HeaderDate{i, line->place, *line->date};
  }
  return std::nullopt;
}

void checkHeader(const Context& c) {
  checkNationalTitleAndMotto(c);
  checkAgency(c);
  checkNumber(c);
  checkPlaceDate(c);
  checkTitle(c);
}

void checkSignatureAndRecipients(const Context& c) {
  const Zones& z = c.zones;
  if (z.signature < 0) {
    std::string example = "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH";
    if (c.tmpl != nullptr && !c.tmpl->signature.position.empty()) {
      const auto& sig = c.tmpl->signature;
      example = (sig.authority.empty() ? "" : sig.authority + " " + text::upper(sig.body) + " / ") + text::upper(sig.position);
    }
    c.add(Rule::SignatureMissing, -1, {example});
  } else {
    checkSignatureForm(c);
  }
  if (c.tmpl != nullptr && !c.tmpl->recipients.kinhGui.empty() && z.kinhGui < 0)
    c.add(Rule::RecipientsKinhGuiMissing, -1, {withoutReferences(c.tmpl->recipients.kinhGui)});
  if (z.noiNhan < 0) {
    // typed without its marks or with wrong ones: name it, it is not missing
    for (int i = z.bodyBegin; i < static_cast<int>(c.doc.paragraphs.size()); ++i) {
      const std::string& raw = c.doc.paragraphs[static_cast<std::size_t>(i)].text;
      const std::string first = text::collapseSpaces(raw.substr(0, std::min(raw.find('\n'), std::size_t{40})));
      if (text::withoutMarks(first).rfind("noi nhan", 0) == 0) {
        c.add(Rule::RecipientsNoiNhanMistyped, i, {first});
        return;
      }
    }
    c.add(Rule::RecipientsNoiNhanMissing, -1, {});
    return;
  }
  // the list: lines starting with "-" after "Nơi nhận:" (in its paragraph after a line break, or
  // in the paragraphs that follow)
  std::vector<std::string> items;
  auto collect = [&](const std::string& raw) {
    std::size_t start = 0;
    while (start <= raw.size()) {
      const std::size_t end = std::min(raw.find('\n', start), raw.size());
      const std::string line = text::collapseSpaces(raw.substr(start, end - start));
      if (!line.empty() && (line[0] == '-' || line.rfind("\u2013", 0) == 0)) items.push_back(line);
      start = end + 1;
    }
  };
  collect(c.doc.paragraphs[static_cast<std::size_t>(z.noiNhan)].text);
  for (std::size_t i = static_cast<std::size_t>(z.noiNhan) + 1; i < c.doc.paragraphs.size(); ++i) {
    const std::string s = text::collapseSpaces(c.doc.paragraphs[i].text);
    if (s.empty()) continue;
    if (s[0] != '-' && s.rfind("\u2013", 0) != 0) break;
    collect(s);
  }
  const bool archived = !items.empty() && text::foldCase(items.back()).find("lưu") != std::string::npos;
  if (!archived) c.add(Rule::RecipientsArchive, z.noiNhan, {});
}

}  // namespace baocao::core::rules

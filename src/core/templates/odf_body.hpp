// The skeleton's body as the two XML parts of an OpenDocument text package (content.xml and
// styles.xml), so the Writer adapter inserts it in one import instead of one edit per paragraph.
// Writer 7.4 cannot insert a flat .fodt (insertDocumentFromURL ignores that filter), hence a package.
#pragma once

#include "core/templates/skeleton.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::core {

// The data key's user-field name: every field showing that figure shares it.
[[nodiscard]] std::string figureFieldName(std::string_view key);

// A rule drawn as the top border of an empty paragraph, centred by equal indents on both sides.
struct RuleLayout {
  std::int64_t indentHmm = 0;     // left and right indent, 1/100 mm
  std::int64_t lineWidthHmm = 0;  // thickness of the line, 1/100 mm
  friend bool operator==(const RuleLayout&, const RuleLayout&) = default;
};

// A rule `lengthHmm` long centred in a paragraph area `availableHmm` wide.
[[nodiscard]] RuleLayout layoutRule(const RuleSpec& rule, double lengthHmm, std::int64_t availableHmm);

// The paragraph styles of the body, by display name. They must already exist in the target
// document: an inserted package only references them (Writer keeps existing styles as they are).
struct BodyStyleNames {
  std::string_view body, typeName, trichYeu, kinhGui;
  std::array<std::string_view, 3> heading;  // levels 0-2 ("I.", "1.", "a)"); deeper levels use the last
  [[nodiscard]] std::string_view styleFor(const BodyParagraph& p) const;
};

struct OdfBody {
  std::string content;  // content.xml
  std::string styles;   // styles.xml
};

// Renders the paragraphs: headings as outline headings (level from their style) with a bookmark
// over the text; placeholders; figures as user fields. `rules` has one layout per paragraph that
// has a rule, in order (a mismatch is a bug: std::invalid_argument). `figureValues` holds the
// current value of figure fields the document already has (by data key): the package declares
// them with that value, since importing a declaration overwrites a field's value. Text is
// XML-escaped; spaces Writer's import would collapse are written as <text:s/>; tab and line
// break become <text:tab/> and <text:line-break/>; other control characters are dropped.
// The content ends with one extra empty paragraph: inserted into a document, Writer merges the
// package's last paragraph with the one it lands in and gives it the attributes of the paragraph
// before; the empty one takes that merge, and the caller removes it.
[[nodiscard]] OdfBody renderOdfBody(const std::vector<BodyParagraph>& body, const BodyStyleNames& styles,
                                    const std::vector<RuleLayout>& rules,
                                    const std::map<std::string, std::string>& figureValues);

}  // namespace baocao::core

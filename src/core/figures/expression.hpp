// Derived figures: a template may compute a figure from others ("ho_dtts + ho_kinh", a share
// "ho_ngheo / ho_dan_tong * 100"). This is the whole language: numbers (1530, 6947.51), figure
// keys, + - * /, unary minus and parentheses. Nothing else is ever evaluated: no functions, no
// names outside the template's figure keys, no access to anything but the numbers given.
#pragma once

#include "core/error.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::core {

class Expression {
 public:
  // What the formula computes, for naming a mismatch: a sum of figures (figure.sum-mismatch),
  // a quotient (figure.ratio-mismatch), or anything else.
  enum class Shape { Sum, Ratio, Other };

  // Errors give the column (1-based, in code points) and what was expected:
  // "column 9: expected a figure key, a number or '(' after '+'".
  [[nodiscard]] static Result<Expression> parse(std::string_view text);

  // The figure keys it reads, each once, in order of first use.
  [[nodiscard]] const std::vector<std::string>& keys() const { return keys_; }
  [[nodiscard]] Shape shape() const;
  [[nodiscard]] const std::string& text() const { return text_; }

  // The value, given each key's value; empty when a key has none. Division by zero is an error.
  using Lookup = std::function<std::optional<double>(std::string_view key)>;
  [[nodiscard]] Result<double> evaluate(const Lookup& lookup) const;

  struct Node;

 private:
  std::string text_;
  std::vector<std::string> keys_;
  std::shared_ptr<const Node> root_;  // immutable, so copies may share it
};

}  // namespace baocao::core

#include "core/figures/expression.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace baocao::core {

struct Expression::Node {
  char op = 0;  // '+', '-', '*', '/', 'n' (negate), 0 for a leaf
  double number = 0;
  std::string key;  // a leaf reading a figure; empty for a number
  std::shared_ptr<const Node> left, right;
};

namespace {

using NodePtr = std::shared_ptr<const Expression::Node>;

// Recursive descent: sum := product (('+'|'-') product)*; product := unary (('*'|'/') unary)*;
// unary := '-' unary | primary; primary := number | key | '(' sum ')'. Depth and length are
// bounded so a hostile formula cannot exhaust the stack: evaluating the tree and freeing it recurse
// along its longest chain, which a 1 MB "a+a+…" made 500,000 calls deep.
class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Result<NodePtr> run() {
    NodePtr root = sum();
    if (error_.empty()) {
      skipSpace();
      if (pos_ < text_.size()) fail(say(MessageId::FormulaUnexpected, {describeHere()}));
    }
    if (!error_.empty()) return Error{error_};
    return root;
  }
  std::vector<std::string> keys;

 private:
  static constexpr int kMaxDepth = 64;
  static constexpr int kMaxOperators = 500;  // far more than any figure's formula

  void skipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  [[nodiscard]] std::size_t column() const {  // 1-based, in code points
    return 1 + static_cast<std::size_t>(std::count_if(text_.begin(), text_.begin() + static_cast<std::ptrdiff_t>(pos_),
                                                      [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  }
  [[nodiscard]] Message describeHere() const {
    if (pos_ >= text_.size()) return say(MessageId::FormulaEnd);
    const unsigned char c = static_cast<unsigned char>(text_[pos_]);
    if (c >= 0x80) return say(MessageId::FormulaNonAscii);
    if (c < 0x20 || c == 0x7F) {  // a line break would split the template loader's one-line message
      static constexpr char kHex[] = "0123456789ABCDEF";
      return say(MessageId::FormulaControlCharacter, {std::string("U+00") + kHex[c >> 4U] + kHex[c & 0xFU]});
    }
    return Message::verbatim("'" + std::string(1, static_cast<char>(c)) + "'");
  }
  void fail(const Message& what) {
    if (error_.empty()) error_ = say(MessageId::FormulaAtColumn, {std::to_string(column()), what});
  }
  NodePtr binary(char op, NodePtr l, NodePtr r) {
    if (++operators_ > kMaxOperators) {
      fail(say(MessageId::FormulaTooLong, {std::to_string(kMaxOperators)}));
      return nullptr;
    }
    auto n = std::make_shared<Expression::Node>();
    n->op = op;
    n->left = std::move(l);
    n->right = std::move(r);
    return n;
  }

  NodePtr sum() {
    NodePtr left = product();
    for (;;) {
      skipSpace();
      if (!error_.empty() || pos_ >= text_.size() || (text_[pos_] != '+' && text_[pos_] != '-')) return left;
      const char op = text_[pos_++];
      left = binary(op, left, product(op));
    }
  }
  NodePtr product(char after = 0) {
    NodePtr left = unary(after);
    for (;;) {
      skipSpace();
      if (!error_.empty() || pos_ >= text_.size() || (text_[pos_] != '*' && text_[pos_] != '/')) return left;
      const char op = text_[pos_++];
      left = binary(op, left, unary(op));
    }
  }
  NodePtr unary(char after) {
    if (++depth_ > kMaxDepth) {
      fail(say(MessageId::FormulaTooDeep));
      return nullptr;
    }
    skipSpace();
    NodePtr result;
    if (pos_ < text_.size() && text_[pos_] == '-') {
      ++pos_;
      result = binary('n', unary('-'), nullptr);
    } else {
      result = primary(after);
    }
    --depth_;
    return result;
  }
  NodePtr primary(char after) {
    skipSpace();
    auto n = std::make_shared<Expression::Node>();
    const char c = pos_ < text_.size() ? text_[pos_] : '\0';
    if (c >= '0' && c <= '9') {
      const std::size_t start = pos_;
      while (pos_ < text_.size() && ((text_[pos_] >= '0' && text_[pos_] <= '9') || text_[pos_] == '.')) ++pos_;
      const std::string digits(text_.substr(start, pos_ - start));
      if (std::count(digits.begin(), digits.end(), '.') > 1 || digits.back() == '.') {
        pos_ = start;
        fail(say(MessageId::FormulaNotANumber, {digits}));
        return nullptr;
      }
      n->number = std::strtod(digits.c_str(), nullptr);  // std::stod throws on a 400-digit number
      if (!std::isfinite(n->number)) {
        pos_ = start;
        fail(say(MessageId::FormulaNumberTooLarge, {digits.substr(0, 20) + "…"}));
        return nullptr;
      }
      return n;
    }
    if (c >= 'a' && c <= 'z') {
      const std::size_t start = pos_;
      while (pos_ < text_.size() && ((text_[pos_] >= 'a' && text_[pos_] <= 'z') || (text_[pos_] >= '0' && text_[pos_] <= '9') ||
                                     text_[pos_] == '_'))
        ++pos_;
      n->key = std::string(text_.substr(start, pos_ - start));
      if (std::find(keys.begin(), keys.end(), n->key) == keys.end()) keys.push_back(n->key);
      return n;
    }
    if (c == '(') {
      ++pos_;
      NodePtr inner = sum();
      skipSpace();
      if (error_.empty() && (pos_ >= text_.size() || text_[pos_] != ')'))
        fail(say(MessageId::FormulaExpectedParen, {describeHere()}));
      ++pos_;
      return inner;
    }
    fail(after ? say(MessageId::FormulaExpectedOperandAfter, {std::string(1, after), describeHere()})
               : say(MessageId::FormulaExpectedOperand, {describeHere()}));
    return nullptr;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  int operators_ = 0;
  Message error_;
};

Result<double> eval(const Expression::Node& n, const Expression::Lookup& lookup) {
  if (n.op == 0) {
    if (n.key.empty()) return n.number;
    if (auto v = lookup(n.key)) return *v;
    return Error{say(MessageId::FormulaNoValue, {n.key})};
  }
  auto l = eval(*n.left, lookup);
  if (!l) return l;
  if (n.op == 'n') return -*l;
  auto r = eval(*n.right, lookup);
  if (!r) return r;
  switch (n.op) {
    case '+': return *l + *r;
    case '-': return *l - *r;
    case '*': return *l * *r;
    default:
      if (*r == 0) return Error{say(MessageId::FormulaDivisionByZero)};
      return *l / *r;
  }
}

}  // namespace

Result<Expression> Expression::parse(std::string_view text) {
  Parser parser(text);
  auto root = parser.run();
  if (!root) return root.error();
  Expression e;
  e.text_ = std::string(text);
  e.keys_ = std::move(parser.keys);
  e.root_ = *root;
  return e;
}

Expression::Shape Expression::shape() const {
  // A share is written "part / total * 100" or "part * 100 / total": a division anywhere on the
  // multiplicative spine of the root. A sum is + and - over figures.
  const Node* n = root_.get();
  if (n->op == '+' || n->op == '-') return Shape::Sum;
  for (const Node* m = n; m != nullptr && (m->op == '*' || m->op == '/'); m = m->left.get())
    if (m->op == '/') return Shape::Ratio;
  return Shape::Other;
}

Result<double> Expression::evaluate(const Lookup& lookup) const {
  auto v = eval(*root_, lookup);
  if (v && !std::isfinite(*v)) return Error{say(MessageId::FormulaNotFinite)};
  return v;
}

}  // namespace baocao::core

// Expected failures are values: Result<T> holds either a T or an Error whose message names the
// input and the place (file:line:column, field, cell).
#pragma once

#include <boost/system/result.hpp>

#include <string>
#include <vector>

namespace baocao::core {

struct Error {
  // explicit: a Result<std::string> must never take its value for an error, or the reverse
  Error() = default;
  explicit Error(std::string m) : message(std::move(m)) {}
  std::string message;
};

template <class T>
using Result = boost::system::result<T, Error>;

// All collected diagnostics as one error, one per line.
inline Error joinErrors(const std::vector<std::string>& errors) {
  std::string all;
  for (const auto& e : errors) all += (all.empty() ? "" : "\n") + e;
  return Error{all};
}

// A successful Result<std::string> (a string converts to both sides, so say which).
inline Result<std::string> okText(std::string s) { return Result<std::string>(boost::system::in_place_value, std::move(s)); }

}  // namespace baocao::core

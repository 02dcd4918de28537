// Expected failures are values: Result<T> holds either a T or an Error whose message names the
// input and the place (file:line:column, field, cell), in both languages (core/messages.hpp).
#pragma once

#include "core/messages.hpp"

#include <boost/system/result.hpp>

#include <string>
#include <vector>

namespace baocao::core {

struct Error {
  // explicit: a Result<Message> must never take its value for an error, or the reverse
  Error() = default;
  explicit Error(Message m) : message(std::move(m)) {}
  Message message;
};

template <class T>
using Result = boost::system::result<T, Error>;

// All collected diagnostics as one error, one per line.
inline Error joinErrors(const std::vector<Message>& errors) { return Error{lines(errors)}; }

// A successful Result<std::string> (a string converts to both sides, so say which).
inline Result<std::string> okText(std::string s) { return Result<std::string>(boost::system::in_place_value, std::move(s)); }

}  // namespace baocao::core

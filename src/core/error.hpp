// Expected failures are values: Result<T> holds either a T or an Error whose message names the
// input and the place (file:line:column, field, cell).
#pragma once

#include <boost/system/result.hpp>

#include <string>

namespace baocao::core {

struct Error {
  std::string message;
};

template <class T>
using Result = boost::system::result<T, Error>;

}  // namespace baocao::core

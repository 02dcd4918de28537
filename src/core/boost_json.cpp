// Boost.JSON compiled into the core (its header-only form) instead of linking libboost_json:
// the extension and the CLI then need no Boost library on the clerk's machine.
#include <boost/json/src.hpp>

# One interface target that carries the project's warning flags; every target of ours links it.
add_library(baocao_warnings INTERFACE)
target_compile_options(baocao_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Wunused -Woverloaded-virtual -Wconversion -Wsign-conversion
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
  $<$<BOOL:${BAOCAO_WERROR}>:-Werror>)

# The LibreOffice UDK headers are not warning-clean under the flags above; the adapter uses this
# lighter set instead (the SDK include path is SYSTEM, but inline templates still instantiate in our TUs).
add_library(baocao_warnings_uno INTERFACE)
target_compile_options(baocao_warnings_uno INTERFACE
  -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
  $<$<BOOL:${BAOCAO_WERROR}>:-Werror>)

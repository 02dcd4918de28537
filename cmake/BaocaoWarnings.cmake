# One interface target that carries the project's warning flags; every target of ours links it.
# GCC and clang share one set (clang 14 builds the pure layers warning-free, the clang preset);
# MSVC (cl, clang-cl) gets /W4, never built here.
add_library(baocao_warnings INTERFACE)
if(MSVC)
  # /utf-8: the sources are UTF-8 with Vietnamese literals; without it MSVC reads them in the
  # system's ANSI code page (C4819) and the literals come out garbled.
  target_compile_options(baocao_warnings INTERFACE /W4 /utf-8 $<$<BOOL:${BAOCAO_WERROR}>:/WX>)
else()
  target_compile_options(baocao_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Wunused -Woverloaded-virtual -Wconversion -Wsign-conversion
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${BAOCAO_WERROR}>:-Werror>)
endif()

# The LibreOffice UDK headers are not warning-clean under the flags above; the adapter uses this
# lighter set instead (the SDK include path is SYSTEM, but inline templates still instantiate in our TUs).
add_library(baocao_warnings_uno INTERFACE)
if(MSVC)
  # C4251/C4275 (DLL interface of members and bases) come from the UDK headers; the SDK's
  # settings.mk disables the same ones.
  target_compile_options(baocao_warnings_uno INTERFACE /W4 /utf-8 /wd4251 /wd4275 $<$<BOOL:${BAOCAO_WERROR}>:/WX>)
else()
  target_compile_options(baocao_warnings_uno INTERFACE
    -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${BAOCAO_WERROR}>:-Werror>)
endif()

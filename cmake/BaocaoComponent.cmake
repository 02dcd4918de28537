# A UNO component library that loads on a machine with nothing but LibreOffice: on Linux libstdc++
# is linked in (so it also loads in TDF's builds, whose libstdc++ may be older than ours) and every
# symbol of the static archives (ICU, Boost.JSON, libstdc++) is hidden; only the constructor
# functions of cmake/component.map are exported. What is left NEEDED is LibreOffice's URE, glibc
# and libgcc_s (tests/packaging/needed_check.py checks it).
# libgcc_s stays shared on purpose: UNO exceptions cross between LibreOffice's code and ours, and
# must be unwound by one unwinder. With -static-libgcc our private copy of _Unwind_SetGR, handed
# the context of the office's unwinder, aborts (its register table was never set up): soffice died
# with SIGABRT the first time an exception thrown in cppuhelper reached a catch of ours. libgcc_s's
# interface is versioned and has been stable since GCC 3, and every Linux that runs LibreOffice has it:
# LibreOffice's own URE needs it (libuno_sal.so.3, libuno_cppuhelpergcc3.so.3 and libmergedlo.so NEED
# libgcc_s.so.1 in Debian's 7.4 and 25.2 alike), so the office has loaded it before our library.
function(baocao_component target output_name)
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME "${output_name}" PREFIX "" SUFFIX "${BAOCAO_COMPONENT_SUFFIX}"
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON
    SKIP_BUILD_RPATH ON)
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(${target} PRIVATE -Wl,-z,defs -static-libstdc++ -Wl,--exclude-libs,ALL
      "-Wl,--version-script=${PROJECT_SOURCE_DIR}/cmake/component.map" -Wl,--gc-sections -Wl,--as-needed)
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${PROJECT_SOURCE_DIR}/cmake/component.map")
  endif()
endfunction()

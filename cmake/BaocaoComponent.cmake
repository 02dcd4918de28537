# A UNO component library that loads on a machine with nothing but LibreOffice: on Linux libstdc++
# is linked in (so it also loads in TDF's builds, whose libstdc++ may be older than ours) and every
# symbol of the static archives (ICU, Boost.JSON, libstdc++) is hidden; only the constructor
# functions of cmake/component.map are exported. What is left NEEDED is LibreOffice's URE and glibc
# (tests/packaging/needed_check.py checks it).
# The unwinder is the office's, and not NEEDED: UNO exceptions cross between LibreOffice's code and
# ours and must be unwound by one unwinder. With -static-libgcc our private copy of _Unwind_SetGR,
# handed the context of the office's unwinder, aborted (soffice died with SIGABRT the first time an
# exception thrown in cppuhelper reached a catch of ours). So libgcc_s is not linked at all: our
# _Unwind_* stay undefined and bind, when the office loads us, to the libgcc_s the office runs on
# (its URE's libuno_sal.so.3 needs it in Debian's 7.4 and 25.2 alike; needed_check.py checks the
# offices it is given). -z now binds them at load: an office without one refuses the library with
# a message rather than aborting at the first exception. With no -z defs, needed_check.py also
# fails on any other undefined symbol no library versions.
function(baocao_component target output_name)
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME "${output_name}" PREFIX "" SUFFIX "${BAOCAO_COMPONENT_SUFFIX}"
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON
    SKIP_BUILD_RPATH ON)
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(${target} PRIVATE -nodefaultlibs -Wl,-z,now -Wl,--exclude-libs,ALL
      "-Wl,--version-script=${PROJECT_SOURCE_DIR}/cmake/component.map" -Wl,--gc-sections -Wl,--as-needed)
    # At the end of the link line, after every archive (the directory's only linked targets are
    # components): libstdc++ and libgcc's builtins static, glibc shared, libgcc_s not at all.
    set(CMAKE_CXX_STANDARD_LIBRARIES "-Wl,-Bstatic -lstdc++ -Wl,-Bdynamic -lm -lc -lgcc" PARENT_SCOPE)
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${PROJECT_SOURCE_DIR}/cmake/component.map")
  endif()
endfunction()

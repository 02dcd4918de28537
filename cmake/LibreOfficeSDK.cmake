# The LibreOffice SDK as CMake targets: the UDK headers plus the C++ API headers that cppumaker
# generates (Debian ships none), and the three URE libraries an extension links.
#   LibreOffice::SDK      headers, defines and libraries for the adapter and the CLI
#   LO_PROGRAM_DIR        the office's program/ folder (soffice, unopkg, fundamentalrc)
set(LO_ROOT "/usr/lib/libreoffice" CACHE PATH "LibreOffice installation root")
set(LO_PROGRAM_DIR "${LO_ROOT}/program")
set(LO_SDK_DIR "${LO_ROOT}/sdk")
find_program(LO_CPPUMAKER cppumaker PATHS "${LO_SDK_DIR}/bin" NO_DEFAULT_PATH REQUIRED)
find_program(LO_SOFFICE soffice PATHS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
find_program(LO_UNOPKG unopkg PATHS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
find_path(LO_UDK_INCLUDE_DIR sal/types.h PATHS /usr/include/libreoffice "${LO_SDK_DIR}/include" REQUIRED)
set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb" "${LO_PROGRAM_DIR}/types/offapi.rdb")

set(_gen "${CMAKE_BINARY_DIR}/lo-api")
set(_stamp "${_gen}/cppumaker.stamp")
# Generating every type takes about a second and 26 MB; cheaper than keeping a type list in sync.
add_custom_command(OUTPUT "${_stamp}"
  COMMAND "${CMAKE_COMMAND}" -E rm -rf "${_gen}/include"
  COMMAND "${LO_CPPUMAKER}" -Gc "-O${_gen}/include" ${LO_TYPES_RDB}
  COMMAND "${CMAKE_COMMAND}" -E touch "${_stamp}"
  DEPENDS ${LO_TYPES_RDB}
  COMMENT "cppumaker: generating the LibreOffice C++ API headers"
  VERBATIM)
add_custom_target(lo_api_headers DEPENDS "${_stamp}")

foreach(_lib cppuhelpergcc3 cppu sal)
  add_library(LibreOffice::${_lib} SHARED IMPORTED)
  set_target_properties(LibreOffice::${_lib} PROPERTIES IMPORTED_LOCATION "${LO_SDK_DIR}/lib/libuno_${_lib}.so"
    IMPORTED_NO_SONAME OFF)
endforeach()

add_library(lo_sdk INTERFACE)
add_library(LibreOffice::SDK ALIAS lo_sdk)
target_include_directories(lo_sdk SYSTEM INTERFACE "${LO_UDK_INCLUDE_DIR}" "${_gen}/include")
target_compile_definitions(lo_sdk INTERFACE UNX GCC LINUX CPPU_ENV=gcc3)
target_link_libraries(lo_sdk INTERFACE LibreOffice::cppuhelpergcc3 LibreOffice::cppu LibreOffice::sal)
add_dependencies(lo_sdk lo_api_headers)
# cppuhelper needs private office libraries (libreglo, libunoidllo, …) that live only in program/.
target_link_options(lo_sdk INTERFACE "-Wl,-rpath-link,${LO_PROGRAM_DIR}")

# Executables that talk UNO (the CLI, tests) load those libraries at run time too.
function(baocao_uno_executable target)
  set_target_properties(${target} PROPERTIES BUILD_RPATH "${LO_PROGRAM_DIR}" INSTALL_RPATH "${LO_PROGRAM_DIR}")
endfunction()

# The LibreOffice SDK as CMake targets: the UDK headers plus the C++ API headers that cppumaker
# generates (Debian ships none), and the three URE libraries an extension links, in the SDK's
# three layouts (only the Linux one is built and tested; the others follow the SDK's settings.mk
# and have never run, see docs/building-windows.md):
#   Linux    LO_ROOT /usr/lib/libreoffice (Debian; a TDF build: /opt/libreoffice7.4): program/
#            with types.rdb and types/offapi.rdb, sdk/bin/cppumaker, sdk/lib/libuno_*.so,
#            headers in sdk/include (Debian: /usr/include/libreoffice)
#   Windows  LO_ROOT C:/Program Files/LibreOffice: program/ as on Linux, sdk/include, sdk/bin,
#            sdk/lib/{isal,icppu,icppuhelper}.lib
#   macOS    LO_ROOT /Applications/LibreOffice.app: Contents/MacOS (soffice, unopkg),
#            Contents/Resources (types.rdb, types/offapi.rdb), Contents/Frameworks (libuno_*.dylib.3);
#            LO_SDK_DIR is the LibreOffice<version>_SDK folder copied from the SDK disk image
# It defines:
#   LibreOffice::SDK         headers, defines, flags and libraries for the adapter and the CLI
#   LO_PROGRAM_DIR           the office's program folder (soffice, unopkg; fundamentalrc)
#   LO_URE_LIB_DIR           where the URE libraries are loaded from at run time
#   LO_UDK_INCLUDE_DIR       the SDK's own headers
#   BAOCAO_COMPONENT_SUFFIX  the component's suffix for the platform built (BaocaoPlatforms.cmake)
include(BaocaoPlatforms)

baocao_target_platform(BAOCAO_TARGET_PLATFORM)
if(NOT BAOCAO_TARGET_PLATFORM)
  message(FATAL_ERROR "no UNO component for ${CMAKE_SYSTEM_NAME} ${CMAKE_SYSTEM_PROCESSOR}: "
    "the platforms are ${BAOCAO_PLATFORMS} (cmake/BaocaoPlatforms.cmake); BAOCAO_UNO=OFF builds the core alone")
endif()
baocao_platform(${BAOCAO_TARGET_PLATFORM} _target)
set(BAOCAO_COMPONENT_SUFFIX "${_target_SUFFIX}")

if(WIN32)
  set(_root "C:/Program Files/LibreOffice")
elseif(APPLE)
  set(_root "/Applications/LibreOffice.app")
else()
  set(_root "/usr/lib/libreoffice")
endif()
set(LO_ROOT "${_root}" CACHE PATH "LibreOffice installation root (on macOS the .app)")
set(LO_SDK_DIR "" CACHE PATH "The SDK folder with include/, bin/, lib/ (empty: LO_ROOT/sdk)")
set(LO_API_INCLUDE_DIR "" CACHE PATH
  "C++ API headers cppumaker made elsewhere from the same LibreOffice version's types (empty: run cppumaker here)")
set(_sdk "${LO_SDK_DIR}")
if(APPLE)
  set(LO_PROGRAM_DIR "${LO_ROOT}/Contents/MacOS")
  set(_types_dir "${LO_ROOT}/Contents/Resources")
  set(LO_URE_LIB_DIR "${LO_ROOT}/Contents/Frameworks")
  if(NOT _sdk)
    message(FATAL_ERROR "set LO_SDK_DIR to the SDK folder copied from the LibreOffice SDK disk image")
  endif()
else()
  set(LO_PROGRAM_DIR "${LO_ROOT}/program")
  set(_types_dir "${LO_PROGRAM_DIR}")
  set(LO_URE_LIB_DIR "${LO_PROGRAM_DIR}")
  if(NOT _sdk)
    set(_sdk "${LO_ROOT}/sdk")
  endif()
endif()

# The office itself is needed to run it (integration tests), not to build against it.
if(BAOCAO_INTEGRATION_TESTS)
  find_program(LO_SOFFICE soffice PATHS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
  find_program(LO_UNOPKG unopkg PATHS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
endif()
find_path(LO_UDK_INCLUDE_DIR sal/types.h PATHS /usr/include/libreoffice "${_sdk}/include" REQUIRED)

set(_gen "${CMAKE_BINARY_DIR}/lo-api")
if(LO_API_INCLUDE_DIR)
  # The headers depend on the types only, not on the platform: a Windows job takes them from a
  # Linux job of the same LibreOffice version instead of unpacking the whole office for cppumaker.
  if(NOT EXISTS "${LO_API_INCLUDE_DIR}/com/sun/star/uno/XInterface.hpp")
    message(FATAL_ERROR "LO_API_INCLUDE_DIR=${LO_API_INCLUDE_DIR} holds no cppumaker output (com/sun/star/uno/XInterface.hpp)")
  endif()
  set(_api_include "${LO_API_INCLUDE_DIR}")
  add_custom_target(lo_api_headers)
else()
  find_program(LO_CPPUMAKER cppumaker PATHS "${_sdk}/bin" NO_DEFAULT_PATH REQUIRED)
  # macOS 7.x has types.rdb in Resources; the SDK's settings.mk still names the older ure/share/misc.
  find_file(LO_URE_TYPES_RDB types.rdb PATHS "${_types_dir}" "${_types_dir}/ure/share/misc" NO_DEFAULT_PATH REQUIRED)
  find_file(LO_OFFAPI_RDB offapi.rdb PATHS "${_types_dir}/types" NO_DEFAULT_PATH REQUIRED)
  set(_api_include "${_gen}/include")
  set(_stamp "${_gen}/cppumaker.stamp")
  # Generating every type takes about a second and 26 MB; cheaper than keeping a type list in sync.
  add_custom_command(OUTPUT "${_stamp}"
    COMMAND "${CMAKE_COMMAND}" -E rm -rf "${_gen}/include"
    COMMAND "${LO_CPPUMAKER}" -Gc "-O${_gen}/include" "${LO_URE_TYPES_RDB}" "${LO_OFFAPI_RDB}"
    COMMAND "${CMAKE_COMMAND}" -E touch "${_stamp}"
    DEPENDS "${LO_URE_TYPES_RDB}" "${LO_OFFAPI_RDB}"
    COMMENT "cppumaker: generating the LibreOffice C++ API headers"
    VERBATIM)
  add_custom_target(lo_api_headers DEPENDS "${_stamp}")
endif()

# The three URE libraries: import libraries on Windows, the shared libraries elsewhere.
if(WIN32)
  set(_ure sal "${_sdk}/lib/isal.lib" cppu "${_sdk}/lib/icppu.lib" cppuhelper "${_sdk}/lib/icppuhelper.lib")
elseif(APPLE)
  set(_ure sal "${LO_URE_LIB_DIR}/libuno_sal.dylib.3" cppu "${LO_URE_LIB_DIR}/libuno_cppu.dylib.3"
    cppuhelper "${LO_URE_LIB_DIR}/libuno_cppuhelpergcc3.dylib.3")
else()
  set(_ure sal "${_sdk}/lib/libuno_sal.so" cppu "${_sdk}/lib/libuno_cppu.so"
    cppuhelper "${_sdk}/lib/libuno_cppuhelpergcc3.so")
endif()
while(_ure)
  list(POP_FRONT _ure _name _file)
  if(NOT EXISTS "${_file}")
    message(FATAL_ERROR "LibreOffice SDK library not found: ${_file} (LO_ROOT=${LO_ROOT}, LO_SDK_DIR=${LO_SDK_DIR})")
  endif()
  if(WIN32)
    add_library(LibreOffice::${_name} UNKNOWN IMPORTED)
  else()
    add_library(LibreOffice::${_name} SHARED IMPORTED)
    set_target_properties(LibreOffice::${_name} PROPERTIES IMPORTED_NO_SONAME OFF)
  endif()
  set_target_properties(LibreOffice::${_name} PROPERTIES IMPORTED_LOCATION "${_file}")
endwhile()

add_library(lo_sdk INTERFACE)
add_library(LibreOffice::SDK ALIAS lo_sdk)
target_include_directories(lo_sdk SYSTEM INTERFACE "${LO_UDK_INCLUDE_DIR}" "${_api_include}")
target_link_libraries(lo_sdk INTERFACE LibreOffice::cppuhelper LibreOffice::cppu LibreOffice::sal)
add_dependencies(lo_sdk lo_api_headers)
# Defines and flags per compiler, as the SDK's settings.mk gives them. CPPU_ENV names the C++
# bridge the office loads the component with, and must be the .components file's environment.
if(MSVC)  # cl and clang-cl: the MSVC ABI the Windows office is built with
  target_compile_definitions(lo_sdk INTERFACE WIN32 WNT _DLL CPPU_ENV=${_target_ENVIRONMENT})
  # /EHa: UNO exceptions cross the bridge as SEH; /Zc:wchar_t-: sal_Unicode and the URE's
  # exported signatures assume wchar_t is not a distinct type. /MD comes from
  # CMAKE_MSVC_RUNTIME_LIBRARY (top-level CMakeLists.txt).
  target_compile_options(lo_sdk INTERFACE /EHa /GR /Zc:wchar_t-)
elseif(APPLE)
  target_compile_definitions(lo_sdk INTERFACE UNX GCC MACOSX CPPU_ENV=${_target_ENVIRONMENT})
elseif(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  target_compile_definitions(lo_sdk INTERFACE UNX GCC LINUX CPPU_ENV=${_target_ENVIRONMENT})
  # cppuhelper needs private office libraries (libreglo, libunoidllo, …) that live only in program/.
  target_link_options(lo_sdk INTERFACE "-Wl,-rpath-link,${LO_PROGRAM_DIR}")
endif()

# Executables that talk UNO (the CLI, tests) load those libraries at run time too. (Windows has no
# run path: program/ must be on PATH.)
function(baocao_uno_executable target)
  set_target_properties(${target} PROPERTIES BUILD_RPATH "${LO_URE_LIB_DIR}" INSTALL_RPATH "${LO_URE_LIB_DIR}")
endfunction()

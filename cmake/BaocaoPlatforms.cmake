# The platforms an .oxt can carry the component for: one table read by the build (the library's
# suffix) and by the package generator (extension/GeneratePlatformXml.cmake: manifest,
# description.xml, one .components per platform), so the places that must agree cannot drift.
# Also included in script mode (cmake -P), so it defines data and functions only.
#
#   key: the folder in the .oxt and description.xml's <platform> token (dp_platform.cxx)
#   manifest: the manifest's platform= parameter, matched against $_OS_$_ARCH
#   environment: the UNO C++ environment, CPPU_ENV in the SDK's settings.mk
#   suffix: what follows the library's name
set(BAOCAO_PLATFORMS linux_x86_64 windows_x86_64 macosx_x86_64 macosx_aarch64)
#                                     manifest        environment  suffix
set(BAOCAO_PLATFORM_linux_x86_64    Linux_X86_64    gcc3         .uno.so)
set(BAOCAO_PLATFORM_windows_x86_64  Windows_X86_64  mscx         .uno.dll)
set(BAOCAO_PLATFORM_macosx_x86_64   MacOSX_X86_64   gcc3         .uno.dylib)
set(BAOCAO_PLATFORM_macosx_aarch64  MacOSX_AARCH64  gcc3         .uno.dylib)

# baocao_platform(<key> <prefix>): sets <prefix>_MANIFEST, <prefix>_ENVIRONMENT, <prefix>_SUFFIX.
function(baocao_platform key prefix)
  if(NOT key IN_LIST BAOCAO_PLATFORMS)
    message(FATAL_ERROR "unknown platform '${key}' (known: ${BAOCAO_PLATFORMS})")
  endif()
  list(GET BAOCAO_PLATFORM_${key} 0 _manifest)
  list(GET BAOCAO_PLATFORM_${key} 1 _environment)
  list(GET BAOCAO_PLATFORM_${key} 2 _suffix)
  set(${prefix}_MANIFEST "${_manifest}" PARENT_SCOPE)
  set(${prefix}_ENVIRONMENT "${_environment}" PARENT_SCOPE)
  set(${prefix}_SUFFIX "${_suffix}" PARENT_SCOPE)
endfunction()

# baocao_target_platform(<out>): the key this build's compiler targets, or "" when the table has
# none (then only prebuilt libraries can be packaged). A macOS build for two architectures at
# once (a universal binary) has no single folder and is refused.
function(baocao_target_platform out)
  set(_key "")
  string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" _cpu)
  if(APPLE AND CMAKE_OSX_ARCHITECTURES)
    list(LENGTH CMAKE_OSX_ARCHITECTURES _n)
    if(_n GREATER 1)
      message(FATAL_ERROR "one .oxt folder per architecture: build arm64 and x86_64 separately "
        "(CMAKE_OSX_ARCHITECTURES=${CMAKE_OSX_ARCHITECTURES})")
    endif()
    string(TOLOWER "${CMAKE_OSX_ARCHITECTURES}" _cpu)
  endif()
  if(_cpu MATCHES "^(x86_64|amd64|x64)$" AND CMAKE_SIZEOF_VOID_P EQUAL 8)
    set(_cpu x86_64)
  elseif(_cpu MATCHES "^(arm64|aarch64)$")
    set(_cpu aarch64)
  endif()
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(_key "linux_${_cpu}")
  elseif(CMAKE_SYSTEM_NAME STREQUAL "Windows")
    set(_key "windows_${_cpu}")
  elseif(CMAKE_SYSTEM_NAME STREQUAL "Darwin")
    set(_key "macosx_${_cpu}")
  endif()
  if(NOT _key IN_LIST BAOCAO_PLATFORMS)
    set(_key "")
  endif()
  set(${out} "${_key}" PARENT_SCOPE)
endfunction()

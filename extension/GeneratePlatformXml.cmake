# Writes the .oxt's platform-dependent XML into the stage, for the platforms whose library ships:
#   description.xml               <platform value="linux_x86_64,windows_x86_64"/>
#   META-INF/manifest.xml         one uno-components entry per platform, platform=Linux_X86_64, …
#   <platform>/baocao.components  the UNO environment (gcc3, mscx) and the library beside it
# Run at build time: cmake -DPLATFORMS=linux_x86_64,windows_x86_64 -DSOURCE_DIR=extension
#   -DSTAGE=… -DPLATFORM_TABLE=cmake/BaocaoPlatforms.cmake -D<identifiers> -P GeneratePlatformXml.cmake
# (the platforms are comma-separated: a semicolon does not survive a custom command's argument).
cmake_minimum_required(VERSION 3.25)  # script mode starts with every policy unset
foreach(_v PLATFORMS SOURCE_DIR STAGE PLATFORM_TABLE BAOCAO_EXTENSION_ID PROJECT_VERSION BAOCAO_COMPONENT_LIBRARY
    BAOCAO_ENTRY_LIBRARY BAOCAO_ENTRY_IMPL BAOCAO_ENTRY_CTOR
    BAOCAO_PROTOCOL_HANDLER_IMPL BAOCAO_PROTOCOL_HANDLER_CTOR BAOCAO_SAVE_GUARD_JOB_IMPL BAOCAO_SAVE_GUARD_JOB_CTOR
    BAOCAO_PROOFREADER_IMPL BAOCAO_PROOFREADER_CTOR)
  if("${${_v}}" STREQUAL "")
    message(FATAL_ERROR "GeneratePlatformXml.cmake: ${_v} is not set")
  endif()
endforeach()
include("${PLATFORM_TABLE}")
string(REPLACE "," ";" _platforms "${PLATFORMS}")

# Written unconditionally (not configure_file, which keeps an unchanged file's time stamp) so the
# build tool sees the outputs newer than their inputs.
function(write_configured template output)
  file(READ "${SOURCE_DIR}/${template}" _text)
  string(CONFIGURE "${_text}" _text @ONLY)
  file(WRITE "${output}" "${_text}")
endfunction()

set(BAOCAO_MANIFEST_COMPONENTS "")
foreach(_key IN LISTS _platforms)
  baocao_platform(${_key} _p)  # fails on a key the table does not know
  set(BAOCAO_UNO_ENVIRONMENT "${_p_ENVIRONMENT}")
  set(BAOCAO_COMPONENT_FILE "${BAOCAO_COMPONENT_LIBRARY}${_p_SUFFIX}")  # relative to the .components file
  set(BAOCAO_ENTRY_FILE "${BAOCAO_ENTRY_LIBRARY}${_p_SUFFIX}")
  write_configured(baocao.components.in "${STAGE}/${_key}/baocao.components")
  if(NOT BAOCAO_MANIFEST_COMPONENTS STREQUAL "")
    string(APPEND BAOCAO_MANIFEST_COMPONENTS "\n")
  endif()
  string(APPEND BAOCAO_MANIFEST_COMPONENTS
    "  <manifest:file-entry manifest:full-path=\"${_key}/baocao.components\"\n"
    "    manifest:media-type=\"application/vnd.sun.star.uno-components;platform=${_p_MANIFEST}\"/>")
endforeach()
write_configured(META-INF/manifest.xml.in "${STAGE}/META-INF/manifest.xml")
string(REPLACE ";" "," BAOCAO_DESCRIPTION_PLATFORMS "${_platforms}")
write_configured(description.xml.in "${STAGE}/description.xml")

# ICU for the text layer, linked statically so that baocao needs no libicu*.so on the clerk's
# machine and cannot clash with LibreOffice's own ICU: the libraries are built by
# tools/lib/icu-static (Debian's ICU source, position-independent, every symbol hidden); ICU's
# versioned names (u_foo_72) and the hidden visibility keep our copy apart from the office's.
# The data is cut down to what the extension uses (cmake/icu-data.txt) and linked in as ICU's
# common-data symbol, so ICU never looks for a data file.
#   baocao::icu   headers, libraries and data for baocao_text
set(BAOCAO_ICU_ROOT "${PROJECT_SOURCE_DIR}/build/deps/icu" CACHE PATH
  "ICU built by tools/lib/icu-static (static, PIC, hidden symbols)")
if(NOT EXISTS "${BAOCAO_ICU_ROOT}/.complete")
  message(FATAL_ERROR "No static ICU at ${BAOCAO_ICU_ROOT}: run tools/setup (it runs tools/lib/icu-static)")
endif()
file(GLOB _icu_full_dat "${BAOCAO_ICU_ROOT}/share/icudt*l.dat")
if(NOT _icu_full_dat MATCHES "icudt([0-9]+)l\\.dat$")
  message(FATAL_ERROR "No ICU data file in ${BAOCAO_ICU_ROOT}/share")
endif()
set(BAOCAO_ICU_MAJOR "${CMAKE_MATCH_1}")
find_program(BAOCAO_ICUPKG icupkg REQUIRED)

foreach(_lib uc i18n)
  add_library(baocao_icu_${_lib} STATIC IMPORTED)
  set_target_properties(baocao_icu_${_lib} PROPERTIES IMPORTED_LOCATION "${BAOCAO_ICU_ROOT}/lib/libicu${_lib}.a")
endforeach()

# The data: the listed items of ICU's full data, repacked (icupkg) and assembled as the symbol
# icudt<N>_dat that ICU's common library looks for first.
set(_icu_gen "${PROJECT_BINARY_DIR}/icu-data")
set(BAOCAO_ICU_DAT "${_icu_gen}/icudt${BAOCAO_ICU_MAJOR}l.dat" CACHE INTERNAL "The cut-down ICU data")
add_custom_command(OUTPUT "${BAOCAO_ICU_DAT}"
  COMMAND "${CMAKE_COMMAND}" -DICUPKG=${BAOCAO_ICUPKG} -DFULL=${_icu_full_dat}
          -DKEEP=${PROJECT_SOURCE_DIR}/cmake/icu-data.txt -DOUT=${BAOCAO_ICU_DAT}
          -P "${PROJECT_SOURCE_DIR}/cmake/IcuDataSubset.cmake"
  DEPENDS "${_icu_full_dat}" "${PROJECT_SOURCE_DIR}/cmake/icu-data.txt" "${PROJECT_SOURCE_DIR}/cmake/IcuDataSubset.cmake"
  COMMENT "ICU data: keeping the items in cmake/icu-data.txt"
  VERBATIM)
enable_language(ASM)
set(BAOCAO_ICU_DATA_SYMBOL "icudt${BAOCAO_ICU_MAJOR}_dat")
configure_file("${PROJECT_SOURCE_DIR}/cmake/icu-data.S.in" "${_icu_gen}/icu-data.S" @ONLY)
set_source_files_properties("${_icu_gen}/icu-data.S" PROPERTIES OBJECT_DEPENDS "${BAOCAO_ICU_DAT}")
add_library(baocao_icu_data STATIC "${_icu_gen}/icu-data.S")
set_target_properties(baocao_icu_data PROPERTIES POSITION_INDEPENDENT_CODE ON)

find_package(Threads REQUIRED)
add_library(baocao_icu INTERFACE)
add_library(baocao::icu ALIAS baocao_icu)
target_include_directories(baocao_icu SYSTEM INTERFACE "${BAOCAO_ICU_ROOT}/include")
# Without U_STATIC_IMPLEMENTATION ICU's headers would mark every API visibility("default").
target_compile_definitions(baocao_icu INTERFACE U_STATIC_IMPLEMENTATION U_USING_ICU_NAMESPACE=0)
target_link_libraries(baocao_icu INTERFACE baocao_icu_i18n baocao_icu_uc baocao_icu_data Threads::Threads ${CMAKE_DL_LIBS})

# Installation and the Debian package (CPack): the baocao command, its templates, and the
# extension unpacked into LibreOffice's bundled extensions folder, the way Debian installs
# LibreOffice extensions (libreoffice-common's dpkg trigger on that folder makes every user's
# LibreOffice take it up at its next start).
#   cmake --build build/ci --target package   →   build/ci/baocao_<version>_amd64.deb
include(GNUInstallDirs)
set(BAOCAO_INSTALL_TEMPLATES_DIR "${CMAKE_INSTALL_DATADIR}/baocao/templates")
set(BAOCAO_BUNDLED_EXTENSION_DIR "lib/libreoffice/share/extensions/baocao")

function(baocao_install_rules)
  install(TARGETS baocao RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/templates/" DESTINATION "${BAOCAO_INSTALL_TEMPLATES_DIR}"
    FILES_MATCHING PATTERN "*.json" PATTERN "samples" EXCLUDE)
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/templates/samples/" DESTINATION "${CMAKE_INSTALL_DOCDIR}/examples")
  install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
  # MPL 2.0 for baocao; ICU's licence travels with the ICU linked into the command and the extension.
  install(FILES "${PROJECT_SOURCE_DIR}/extension/description/license_en.txt" DESTINATION "${CMAKE_INSTALL_DOCDIR}"
    RENAME copyright)
  install(FILES "${BAOCAO_ICU_ROOT}/share/ICU-LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}" RENAME ICU-LICENSE)
  # The extension is the .oxt itself, unpacked: what the .deb installs is exactly what unopkg would.
  install(CODE "
    set(_dest \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${BAOCAO_BUNDLED_EXTENSION_DIR}\")
    file(REMOVE_RECURSE \"\${_dest}\")
    file(ARCHIVE_EXTRACT INPUT \"${BAOCAO_OXT}\" DESTINATION \"\${_dest}\")
    message(STATUS \"Installing: \${_dest} (from baocao.oxt)\")")
endfunction()

function(baocao_debian_package)
  set(CPACK_GENERATOR "DEB")
  set(CPACK_PACKAGE_NAME "baocao")
  set(CPACK_PACKAGE_VENDOR "baocao")
  set(CPACK_PACKAGE_CONTACT "baocao maintainers <baocao@localhost>")
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Decree 30 administrative reports for LibreOffice Writer")
  set(CPACK_PACKAGE_DESCRIPTION "baocao inserts, fills and checks the periodic reports of Vietnamese People's
Committees in LibreOffice Writer (the Báo cáo menu and wizard); its command `baocao` checks
received reports from the shell. The extension is installed for every user of the machine.")
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
  set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")  # baocao_<version>_amd64.deb
  set(CPACK_DEBIAN_PACKAGE_SECTION "editors")
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/baocao/baocao")
  # Only LibreOffice: the extension and the command carry their own ICU and Boost.JSON; the
  # command's C++ runtime and the URE libraries are LibreOffice's own dependencies.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libreoffice-writer (>= 4:7.4)")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libreoffice-calc, libreoffice-l10n-vi, fonts-liberation2, hunspell-vi")
  set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
  set(CPACK_OUTPUT_FILE_PREFIX "${PROJECT_BINARY_DIR}")
  set(CPACK_STRIP_FILES ON)
  include(CPack)
  # The .deb as a build output (tests/packaging installs it in bare roots): cpack after the
  # command and the .oxt it packs are built.
  set(BAOCAO_DEB "${PROJECT_BINARY_DIR}/${CPACK_PACKAGE_NAME}_${PROJECT_VERSION}_amd64.deb" CACHE INTERNAL "The Debian package")
  file(GLOB_RECURSE _templates CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/templates/*")
  add_custom_command(OUTPUT "${BAOCAO_DEB}"
    COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB -C $<CONFIG> --config "${PROJECT_BINARY_DIR}/CPackConfig.cmake" > /dev/null
    DEPENDS baocao oxt "${BAOCAO_OXT}" ${_templates} "${PROJECT_SOURCE_DIR}/cmake/BaocaoPackage.cmake"
    WORKING_DIRECTORY "${PROJECT_BINARY_DIR}"
    COMMENT "Packaging ${CPACK_PACKAGE_NAME}_${PROJECT_VERSION}_amd64.deb")
  add_custom_target(deb ALL DEPENDS "${BAOCAO_DEB}")
endfunction()

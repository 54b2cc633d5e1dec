# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cmake --build build --target package` writes folkhalsobok_<version>_amd64.deb
# (docs/packaging.md). Included last by the top-level CMakeLists.txt, after every install rule.

# The changelog's newest entry names the version; it must be the one project() declares.
file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/changelog fhb_changelog_head LIMIT_COUNT 1)
if(NOT fhb_changelog_head MATCHES "^folkhalsobok \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "resources/debian/changelog börjar med \"${fhb_changelog_head}\", "
                        "men projektets version är ${PROJECT_VERSION}: lägg till en post för den.")
endif()

set(fhb_docdir ${CMAKE_INSTALL_DATADIR}/doc/folkhalsobok)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${fhb_docdir})
# Debian policy 12.7: the changelog gzipped with -9n, so the package is reproducible.
set(fhb_changelog_gz ${CMAKE_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${fhb_changelog_gz}
    COMMAND gzip -9nc ${CMAKE_CURRENT_LIST_DIR}/changelog > ${fhb_changelog_gz}
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/changelog VERBATIM)
add_custom_target(fhb_changelog ALL DEPENDS ${fhb_changelog_gz})
install(FILES ${fhb_changelog_gz} DESTINATION ${fhb_docdir})
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/docs/cli.md
              ${CMAKE_SOURCE_DIR}/docs/user-guide.md ${CMAKE_SOURCE_DIR}/docs/user-guide.en.md
              ${CMAKE_SOURCE_DIR}/docs/exchange-format.md ${CMAKE_SOURCE_DIR}/docs/ledger-csv.md
        DESTINATION ${fhb_docdir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME folkhalsobok)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Folkhälsobok contributors")
set(CPACK_PACKAGE_CONTACT "Folkhälsobok contributors <folkhalsobok@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "bookkeeping of Swedish regional public-health agreements")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Loaded as plug-ins or read at run time, so dpkg-shlibdeps cannot see them: the SQLite driver,
# the SVG icon engine and the font the PDFs embed.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-dejavu-core")
# The extended description; CPack puts the summary line first and indents every line itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Folkhälsobok keeps the books of the agreements between a Swedish region and
its municipalities, county parts and organisations on public health
(överenskommelser om samverkan för god, jämlik och jämställd hälsa): the
yearly compensation with its indexation, each party's annual report, and the
co-funding balance of every agreement and year.

This package holds the desktop program folkhalsobok and the command line
folkhalsobok-cli. The program speaks Swedish; English can be chosen.")
include(CPack)

# Packaging with CPack, included at the end of the top-level CMakeLists.txt (every target exists by then).
#
#   Linux (Debian 12): a .deb        cmake --preset release && cmake --build --preset release
#                                    && (cd build/release && cpack -G DEB)      — installer/check-deb.sh does all that
#   Windows:           NSIS          cpack -G NSIS       (not buildable on the Debian machines)
#   macOS:             DragNDrop     cpack -G DragNDrop  (duper-gui as Duper.app; not buildable on the Debian machines)
#
# The application id dev.duper.Duper (src/core/ApplicationId.h) names the desktop file, the AppStream metainfo, the
# icon and the macOS bundle identifier.

set(DUPER_APP_ID "dev.duper.Duper")
set(DUPER_HOMEPAGE "https://duper.dev")
set(DUPER_INSTALLER_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(DUPER_ICON_SVG "${CMAKE_SOURCE_DIR}/resources/icons/${DUPER_APP_ID}.svg")

# ---- common metadata ---------------------------------------------------------------------------------------------
# Name and version are the project's: Duper 0.1.0 (the Debian package is "duper", lower case).
set(CPACK_PACKAGE_VENDOR "The Duper authors")
set(CPACK_PACKAGE_CONTACT "The Duper authors <maintainers@duper.dev>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Console and command line for Elasticsearch Cross-Cluster Replication")
# Debian shows it under the summary, line by line.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Duper manages Elasticsearch Cross-Cluster Replication (CCR): follower indices,"
    "auto-follow patterns and remote clusters. It has a desktop window (duper-gui)"
    "and a command line (duper), keeps passwords and API keys in the system"
    "keychain, and ships emulated leader and follower clusters (duper sandbox) for"
    "first runs and demos.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${DUPER_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Duper")
set(CPACK_PACKAGE_EXECUTABLES "duper-gui" "Duper")
set(CPACK_STRIP_FILES ON)
# Source packages would sweep in build/ and everybody's work in progress.
set(CPACK_SOURCE_GENERATOR "")

if(WIN32)
    # ---- Windows: NSIS ---------------------------------------------------------------------------------------------
    # The Qt DLLs and plugins are expected to be deployed next to the executables (windeployqt) before cpack runs.
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "Duper")
    set(CPACK_NSIS_PACKAGE_NAME "Duper ${PROJECT_VERSION}")
    set(CPACK_NSIS_URL_INFO_ABOUT "${DUPER_HOMEPAGE}")
    set(CPACK_NSIS_HELP_LINK "${DUPER_HOMEPAGE}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\duper-gui.exe")
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (duper.exe) on PATH
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "duper-gui.exe")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${DUPER_APP_ID}")
elseif(APPLE)
    # ---- macOS: DragNDrop (.dmg holding Duper.app) -----------------------------------------------------------------
    # duper-gui becomes the bundle Duper.app (set below, after the fact: this runs last); the Info.plist comes from
    # installer/macos/Info.plist.in with the app id as CFBundleIdentifier. macdeployqt is expected to run on the
    # bundle before cpack.
    set_target_properties(duper-gui PROPERTIES
        MACOSX_BUNDLE TRUE
        OUTPUT_NAME "Duper"
        MACOSX_BUNDLE_INFO_PLIST "${DUPER_INSTALLER_DIR}/macos/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME "Duper"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${DUPER_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 The Duper authors, MIT licence")
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Duper ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_FILE_NAME "Duper-${PROJECT_VERSION}")
else()
    # ---- Linux: Debian package -------------------------------------------------------------------------------------
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # duper_0.1.0_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${DUPER_HOMEPAGE}")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    # dpkg-shlibdeps (dpkg-dev) adds the linked libraries: Qt Core/Gui/Widgets/Network/HttpServer, QtKeychain, ...
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded at run time, invisible to dpkg-shlibdeps: QtKeychain dlopen()s libsecret, the SVG icon needs Qt's
    # svg icon engine / image format plugins, and the replication history needs Qt SQL's SQLite driver plugin.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6, libqt6sql6-sqlite")
    # A Secret Service to store the secrets in; without one Duper asks for them each time.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")

    # Desktop integration and CLI documentation (installed under CMAKE_INSTALL_PREFIX, /usr in the package).
    install(FILES "${DUPER_INSTALLER_DIR}/linux/${DUPER_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${DUPER_INSTALLER_DIR}/linux/${DUPER_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${DUPER_ICON_SVG}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    install(FILES "${DUPER_INSTALLER_DIR}/linux/completions/duper.bash"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME duper)
    install(FILES "${DUPER_INSTALLER_DIR}/linux/completions/_duper"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")

    install(FILES "${CMAKE_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/duper" RENAME copyright)

    # The man page, gzipped (-n: no name or time stamp, so the package is reproducible).
    find_program(DUPER_GZIP gzip REQUIRED)
    set(duper_man_src "${DUPER_INSTALLER_DIR}/duper.1")
    set(duper_man_gz "${CMAKE_BINARY_DIR}/installer/duper.1.gz")
    add_custom_command(OUTPUT "${duper_man_gz}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/installer"
        COMMAND sh -c "\"$0\" -9 -n -c \"$1\" > \"$2\"" "${DUPER_GZIP}" "${duper_man_src}" "${duper_man_gz}"
        DEPENDS "${duper_man_src}"
        COMMENT "Compressing the duper(1) man page"
        VERBATIM)
    add_custom_target(duper_manpage ALL DEPENDS "${duper_man_gz}")
    install(FILES "${duper_man_gz}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endif()

include(CPack)

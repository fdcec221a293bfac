# `cmake --install BUILD [--prefix DIR]`: what a desktop user gets, in the Freedesktop layout
# (GNUInstallDirs, so a packager's CMAKE_INSTALL_* and DESTDIR are honoured). The executable is
# installed by app/CMakeLists.txt; scenes, images and presets are also compiled into it, so the
# files below are for the desktop, the file manager and the reader. Tests and benchmarks are not
# installed. tests/install/check_install.sh checks the installed tree.
include(GNUInstallDirs)
set(convscope_res ${PROJECT_SOURCE_DIR}/resources)

# Menu entry, icon theme, file type. After installing into a prefix the desktop does not watch
# (e.g. ~/.local), run update-desktop-database, gtk-update-icon-cache and update-mime-database
# on the share/ folders; distribution packages do that in their triggers.
install(FILES ${convscope_res}/convscope.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${convscope_res}/icons/convscope-${size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
        RENAME convscope.png)
endforeach()
install(FILES ${convscope_res}/icons/convscope.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${convscope_res}/convscope-mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME convscope.xml)

# Example scenes and network specs to open from File > Open (the same files are built in).
install(DIRECTORY ${convscope_res}/scenes ${convscope_res}/networks
    DESTINATION ${CMAKE_INSTALL_DATADIR}/convscope FILES_MATCHING PATTERN "*.json")

# The README and the bundled images' credits and licences, in share/doc/convscope (lower case,
# like the executable, unless CMAKE_INSTALL_DOCDIR was set to something else).
set(convscope_docdir ${CMAKE_INSTALL_DOCDIR})
if(convscope_docdir STREQUAL "${CMAKE_INSTALL_DATAROOTDIR}/doc/${PROJECT_NAME}")
    set(convscope_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/convscope)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${convscope_docdir})
install(FILES ${convscope_res}/images/LICENSES.md
    DESTINATION ${convscope_docdir} RENAME LICENSES-images.md)

# Translations (*.qm) go to share/convscope/translations; at run time that is
# <executable>/../share/convscope/translations. Whoever builds .qm files to be installed (rather than
# embedded in the resources) adds their paths to the variable CONVSCOPE_QM_FILES in the top-level
# scope or, from any subdirectory, to the global property of that name:
#   set_property(GLOBAL APPEND PROPERTY CONVSCOPE_QM_FILES ${qm_files})
# Both are read at the end of the top-level CMakeLists.txt, so the order of the calls does not matter.
set(CONVSCOPE_TRANSLATIONS_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/convscope/translations)
function(convscope_install_translations)
    get_property(qm_files GLOBAL PROPERTY CONVSCOPE_QM_FILES)
    list(APPEND qm_files ${CONVSCOPE_QM_FILES})
    list(REMOVE_DUPLICATES qm_files)
    if(qm_files)
        install(FILES ${qm_files} DESTINATION ${CONVSCOPE_TRANSLATIONS_INSTALL_DIR})
    endif()
endfunction()
cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL convscope_install_translations)

# Precompiled headers: Qt's and the standard library's headers that nearly every file of ours includes are parsed once
# per library (once per test folder for the tests) instead of once per file. On a 2-core CI machine a file of ours
# spent about 3 s of its 4 s compile in them, and the builds are most of CI's time. DUPER_PRECOMPILED_HEADERS=OFF
# builds without them (e.g. to check that every file includes what it uses).
option(DUPER_PRECOMPILED_HEADERS "Precompile the Qt and standard headers most files include" ON)

set(DUPER_PCH_CORE
    <algorithm> <functional> <memory> <optional> <utility> <vector>
    <QtCore/QByteArray> <QtCore/QCoreApplication> <QtCore/QDateTime> <QtCore/QHash> <QtCore/QJsonArray>
    <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QList> <QtCore/QMap> <QtCore/QObject> <QtCore/QPointer>
    <QtCore/QSet> <QtCore/QString> <QtCore/QStringList> <QtCore/QTimer> <QtCore/QUrl>
    <QtNetwork/QNetworkAccessManager> <QtNetwork/QNetworkReply>)
set(DUPER_PCH_WIDGETS
    <QtGui/QAction> <QtWidgets/QApplication> <QtWidgets/QComboBox> <QtWidgets/QDialog> <QtWidgets/QHeaderView>
    <QtWidgets/QLabel> <QtWidgets/QLineEdit> <QtWidgets/QPushButton> <QtWidgets/QStyle> <QtWidgets/QTableView>
    <QtWidgets/QVBoxLayout> <QtWidgets/QWidget>)
set(DUPER_PCH_TEST <QtTest/QSignalSpy> <QtTest/QTest>)

# duper_precompile_headers(<target> <list names...>): <target> precompiles the headers of the named lists.
function(duper_precompile_headers target)
    if(NOT DUPER_PRECOMPILED_HEADERS)
        return()
    endif()
    set(headers)
    foreach(list IN LISTS ARGN)
        list(APPEND headers ${${list}})
    endforeach()
    target_precompile_headers(${target} PRIVATE ${headers})
    duper_skip_precompiled_headers_in_empty_moc_file(${target})
endfunction()

# duper_reuse_precompiled_headers(<target> <host>): <target> uses <host>'s precompiled headers. Both must be compiled
# with the same flags and macros (the tests of one folder are), else the compiler refuses the header (-Winvalid-pch).
function(duper_reuse_precompiled_headers target host)
    if(DUPER_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} REUSE_FROM ${host})
        duper_skip_precompiled_headers_in_empty_moc_file(${target})
    endif()
endfunction()

# duper_share_precompiled_headers(<target> <host variable> <list names...>): for a series of targets compiled alike
# (the tests of one folder, the benchmarks). The first one, when <host variable> is still empty, precompiles the
# named lists and becomes the host; the others reuse its header.
macro(duper_share_precompiled_headers target host_variable)
    if(${host_variable})
        duper_reuse_precompiled_headers(${target} ${${host_variable}})
    else()
        duper_precompile_headers(${target} ${ARGN})
        set(${host_variable} ${target})
    endif()
endmacro()

# A test or benchmark includes its own .moc file, so AUTOMOC's mocs_compilation.cpp for it is empty; reading the
# precompiled header into it took 2.7 s a file on CI's machine, for nothing. (A library's is not empty: it keeps it.)
function(duper_skip_precompiled_headers_in_empty_moc_file target)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE")
        set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
                                    TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()

# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The include check itself, on breaches/: a small tree with one breach of each rule. It must fail
# and name every breach with its file and line.
cmake_minimum_required(VERSION 3.25)
execute_process(
    COMMAND ${CMAKE_COMMAND} -DFHB_SOURCE_DIR=${CMAKE_CURRENT_LIST_DIR}/breaches
            -P ${CMAKE_CURRENT_LIST_DIR}/CheckIncludes.cmake
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(APPEND out "${err}")
if(result EQUAL 0)
    message(FATAL_ERROR "the include check passed a tree that breaks its rule:\n${out}")
endif()
set(expected
    "src/storage/Store.h:8: includes \"app/Session.h\": storage includes app"
    "src/gui/View.cpp:6: includes \"storage/Store.h\": gui includes storage"
    "src/gui/View.cpp:7: includes \"cli/Command.h\": gui includes cli"
    "src/cli/Command.h:7: includes \"storage/Sql.h\": storage/Sql.h is internal to storage"
    "src/app/pdf/Page.h:7: includes \"app/report/Document.h\": a header of app/pdf/ includes app/report/"
    "src/app/Session.h:8: includes \"app/pdf/Page.h\": a root header includes the feature folder app/pdf/"
    "6 include(s) break the rule")
foreach(line IN LISTS expected)
    string(FIND "${out}" "${line}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the include check did not say \"${line}\":\n${out}")
    endif()
endforeach()
message(STATUS "the include check names all six breaches")

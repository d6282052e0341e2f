# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBINARY=<pavutyna> -DMAN_PAGE=<pavutyna.1> -P CheckManOptions.cmake
# Every option that `pavutyna --headless --help` lists has an entry (a .TP tag) in the man page, and the man page
# documents no option the program does not have.
cmake_minimum_required(VERSION 3.25)
foreach(var BINARY MAN_PAGE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

execute_process(COMMAND ${BINARY} --headless --help
    RESULT_VARIABLE rc OUTPUT_VARIABLE help ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${BINARY} --headless --help failed (${rc}): ${err}")
endif()

# Help lines look like "  -d, --max-depth <N>    Follow links …" or "  --bom    Start CSV …".
set(from_help "")
string(REGEX MATCHALL "\n  -[^\n]*" lines "${help}")
foreach(line IN LISTS lines)
    string(REGEX MATCH "^\n  (-[A-Za-z], )?--[a-z0-9-]+" names "${line}")
    string(REGEX MATCHALL "--?[A-Za-z][a-z0-9-]*" options "${names}")
    list(APPEND from_help ${options})
endforeach()
list(LENGTH from_help count)
if(count LESS 10)
    message(FATAL_ERROR "Found only ${count} options in the help text:\n${help}")
endif()

# Man page tags: the line after each .TP, with roff escapes taken out ("\-\-max\-depth" → "--max-depth").
file(READ ${MAN_PAGE} man)
string(REPLACE "\\-" "-" man "${man}")
string(REGEX REPLACE "\\\\f[BIRP]" "" man "${man}")
string(REPLACE "\\%" "" man "${man}")
set(from_man "")
string(REGEX MATCHALL "\n\\.TP\n[^\n]*" tags "${man}")
foreach(tag IN LISTS tags)
    string(REGEX MATCHALL "[ \"]--?[A-Za-z][a-z0-9-]*" options " ${tag}")
    foreach(option IN LISTS options)
        string(SUBSTRING "${option}" 1 -1 option)
        list(APPEND from_man ${option})
    endforeach()
endforeach()

set(missing "")
foreach(option IN LISTS from_help)
    if(NOT option IN_LIST from_man)
        list(APPEND missing ${option})
    endif()
endforeach()
set(stale "")
foreach(option IN LISTS from_man)
    if(NOT option IN_LIST from_help)
        list(APPEND stale ${option})
    endif()
endforeach()
if(missing OR stale)
    message(FATAL_ERROR "The man page and --help disagree.\n"
        "  In --help, no entry in ${MAN_PAGE}: ${missing}\n"
        "  In ${MAN_PAGE}, not in --help: ${stale}")
endif()
list(REMOVE_DUPLICATES from_help)
list(LENGTH from_help count)
message(STATUS "All ${count} option names of --help are documented in ${MAN_PAGE}")

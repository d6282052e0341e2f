# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DMAN_PAGE=<pavutyna.1> -P CheckManPage.cmake
# The man page renders with man(1) and groff without a single warning, and whatis can read its NAME line.
cmake_minimum_required(VERSION 3.25)
if(NOT DEFINED MAN_PAGE)
    message(FATAL_ERROR "MAN_PAGE is not set")
endif()
find_program(MAN man)
find_program(GROFF groff)
find_program(LEXGROG lexgrog)
if(NOT MAN OR NOT GROFF OR NOT LEXGROG)
    message(FATAL_ERROR "man, groff or lexgrog not found: install man-db and groff-base (scripts/setup.sh does)")
endif()

set(ENV{LC_ALL} C.UTF-8)
set(ENV{MANROFFSEQ} "")
set(ENV{MANWIDTH} 80)
execute_process(COMMAND ${MAN} --warnings -l ${MAN_PAGE}
    RESULT_VARIABLE rc OUTPUT_VARIABLE text ERROR_VARIABLE warnings TIMEOUT 60)
if(NOT rc EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "man --warnings -l ${MAN_PAGE} (exit ${rc}):\n${warnings}")
endif()
if(NOT text MATCHES "EXIT STATUS" OR NOT text MATCHES "EXAMPLES")
    message(FATAL_ERROR "The rendered man page lacks its EXIT STATUS or EXAMPLES section:\n${text}")
endif()

execute_process(COMMAND ${GROFF} -man -ww -z ${MAN_PAGE}
    RESULT_VARIABLE rc ERROR_VARIABLE warnings TIMEOUT 60)
if(NOT rc EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "groff -man -ww -z ${MAN_PAGE} (exit ${rc}):\n${warnings}")
endif()

execute_process(COMMAND ${LEXGROG} ${MAN_PAGE} RESULT_VARIABLE rc OUTPUT_VARIABLE whatis ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0 OR NOT whatis MATCHES "\"pavutyna - ")
    message(FATAL_ERROR "lexgrog cannot read the NAME section (exit ${rc}): ${whatis}${err}")
endif()
message(STATUS "${MAN_PAGE} renders without warnings")

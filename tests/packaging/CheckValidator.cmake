# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DTOOL=<program> -DPACKAGE=<Debian package> -DARGS=<a;list> -DFILE=<path> -P CheckValidator.cmake
# Runs a validator on FILE and fails on a non-zero exit or on any "error"/"warning" line it prints. A missing
# validator is a failure, not a skip: scripts/setup.sh installs it.
cmake_minimum_required(VERSION 3.25)
foreach(var TOOL PACKAGE FILE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()
find_program(program ${TOOL})
if(NOT program)
    message(FATAL_ERROR "${TOOL} not found: install ${PACKAGE} (scripts/setup.sh does)")
endif()
execute_process(COMMAND ${program} ${ARGS} ${FILE}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
message(STATUS "${TOOL} ${ARGS} ${FILE}: exit ${rc}\n${out}${err}")
if(NOT rc EQUAL 0 OR "${out}${err}" MATCHES "(error|warning):")
    message(FATAL_ERROR "${TOOL} rejects ${FILE}")
endif()

# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest check: running lupdate (the update_translations target) changes no .ts file, i.e. every string in the
# sources is in the translations exactly as committed. On a difference the new files are kept next to the
# committed ones as *.ts.new for inspection, and the committed ones are restored.
# Run as: cmake -DBUILD_DIR=... -DTS_DIR=... -P CheckLupdateClean.cmake
file(GLOB tsFiles "${TS_DIR}/*.ts")
foreach(ts ${tsFiles})
    file(READ "${ts}" before_${ts})
endforeach()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target update_translations
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
set(changed "")
foreach(ts ${tsFiles})
    file(READ "${ts}" after)
    if(NOT after STREQUAL before_${ts})
        list(APPEND changed "${ts}")
        file(WRITE "${ts}.new" "${after}")
        file(WRITE "${ts}" "${before_${ts}}")
    endif()
endforeach()
if(NOT result EQUAL 0)
    message(FATAL_ERROR "update_translations failed:\n${output}")
endif()
if(changed)
    message(FATAL_ERROR "lupdate changes ${changed}: run `cmake --build ${BUILD_DIR} --target update_translations`, "
                        "translate what is new and commit the .ts files (the updated ones are saved as *.ts.new)")
endif()
message(STATUS "lupdate leaves ${tsFiles} unchanged")

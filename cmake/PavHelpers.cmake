# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# pav_add_module(NAME SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# One static library per module, with a pav::NAME alias, so the CMake graph mirrors the layering in STYLE.md.
function(pav_add_module name)
    cmake_parse_arguments(M "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(pav_${name} STATIC ${M_SOURCES})
    add_library(pav::${name} ALIAS pav_${name})
    target_include_directories(pav_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(pav_${name} PUBLIC ${M_PUBLIC_LIBS} PRIVATE ${M_PRIVATE_LIBS})
endfunction()

# pav_add_test(MODULE [GUI] SOURCES ... [LIBS ...])
# One test executable per module, registered with ctest; GUI tests run on the offscreen platform.
function(pav_add_test module)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS" ${ARGN})
    add_executable(test_${module} ${T_SOURCES})
    target_link_libraries(test_${module} PRIVATE pav::testsupport Qt6::Test ${T_LIBS})
    add_test(NAME ${module} COMMAND test_${module})
    set_tests_properties(${module} PROPERTIES TIMEOUT 300 ENVIRONMENT "LC_ALL=C.UTF-8")
    if(T_GUI)
        set_property(TEST ${module} APPEND PROPERTY ENVIRONMENT QT_QPA_PLATFORM=offscreen)
    endif()
endfunction()

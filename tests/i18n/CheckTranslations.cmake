# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest check: the Ukrainian translation is complete (no unfinished, vanished or obsolete entries) and every
# plural message has all three Ukrainian forms. Run as: cmake -DTS_FILE=... -P CheckTranslations.cmake
file(READ "${TS_FILE}" ts)
# CMake lists are ;-separated: a translation containing ";" would count as two matches below.
string(REPLACE ";" "," ts "${ts}")
foreach(bad unfinished vanished obsolete)
    string(REGEX MATCHALL "type=\"${bad}\"" hits "${ts}")
    list(LENGTH hits count)
    if(count GREATER 0)
        message(FATAL_ERROR "${TS_FILE}: ${count} ${bad} entries")
    endif()
endforeach()
string(REGEX MATCHALL "<message numerus=\"yes\">.*</message>" plurals "${ts}")
string(REGEX MATCHALL "<translation>[ \n\t]*<numerusform>[^<]*</numerusform>[ \n\t]*<numerusform>[^<]*</numerusform>[ \n\t]*<numerusform>[^<]*</numerusform>[ \n\t]*</translation>" complete "${plurals}")
string(REGEX MATCHALL "<message numerus=\"yes\">" numerus "${ts}")
list(LENGTH complete completeCount)
list(LENGTH numerus numerusCount)
if(NOT completeCount EQUAL numerusCount)
    message(FATAL_ERROR "${TS_FILE}: ${numerusCount} plural messages but ${completeCount} with three filled forms")
endif()
string(REGEX MATCHALL "<numerusform></numerusform>|<translation></translation>" empty "${ts}")
list(LENGTH empty emptyCount)
if(emptyCount GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${emptyCount} empty translations")
endif()
message(STATUS "${TS_FILE}: complete (${numerusCount} plural messages)")

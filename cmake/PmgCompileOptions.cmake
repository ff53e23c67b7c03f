# SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Compile settings shared by every target of the project: pmg_apply_compile_options(target).

# Qt's stricter string and keyword modes (as KDE and Zeal use): every string literal states its encoding.
set(PMG_QT_DEFINITIONS
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
    QT_NO_CAST_FROM_BYTEARRAY)

if(PMG_SANITIZERS)
    # -fno-sanitize=vptr: Qt's shared libraries are not built with RTTI checks, so vptr checks on Qt objects would only
    # report false positives. Everything else in UBSan stays on and aborts.
    set(PMG_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize=vptr -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    add_compile_options(${PMG_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
endif()

function(pmg_apply_compile_options target)
    target_compile_definitions(${target} PRIVATE ${PMG_QT_DEFINITIONS})
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-qual
                                             -Wold-style-cast -Wimplicit-fallthrough)
    if(PMG_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# ccache when the environment has it: several checkouts of the project (work trees) then share compiled objects.
# CCACHE_BASEDIR (set by packaging/devenv.sh) makes paths relative so that sharing works across folders.
find_program(PMG_CCACHE ccache)
if(PMG_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${PMG_CCACHE})
endif()

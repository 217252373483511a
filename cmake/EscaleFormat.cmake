# `cmake --build build --target format` formats the project's C++ sources with the root .clang-format.
find_program(CLANG_FORMAT_PROGRAM NAMES clang-format clang-format-14 clang-format-15)
if(CLANG_FORMAT_PROGRAM)
    add_custom_target(format
        COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${CLANG_FORMAT_PROGRAM} -DROOT=${PROJECT_SOURCE_DIR}
                -P ${PROJECT_SOURCE_DIR}/cmake/RunClangFormat.cmake
        COMMENT "Formatting C++ sources with clang-format"
        VERBATIM)
endif()

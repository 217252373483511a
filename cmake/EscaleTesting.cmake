# escale_add_test(NAME SOURCES a.cpp … LIBS lib … [LABEL unit|ui|integration|acceptance|bench])
#
# The one way a test is declared: it builds the executable, registers it with CTest and fixes the
# environment every test runs in (offscreen platform, French UTF-8 locale, no user config touched).
function(escale_add_test name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_LABEL)
        set(ARG_LABEL unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${name} PRIVATE
        ESCALE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        ESCALE_SHARED_DATA_DIR="${PROJECT_SOURCE_DIR}/../shared/data"
        ESCALE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        ESCALE_BINARY_DIR="${PROJECT_BINARY_DIR}")
    escale_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    set(env
        "QT_QPA_PLATFORM=offscreen"
        "LANG=fr_FR.UTF-8"
        "LANGUAGE=fr"
        "TZ=Europe/Paris"
        "XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}.home/config"
        "XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}.home/data"
        "XDG_CACHE_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}.home/cache"
        "ESCALE_BINARY=$<TARGET_FILE:escale>"
        "ESCALE_NODE_MODULES=${PROJECT_SOURCE_DIR}/node_modules")
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABEL}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()

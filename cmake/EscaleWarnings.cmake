# Project-wide warning flags, applied per target with escale_set_warnings(TARGET).
function(escale_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(ESCALE_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                                                  -Wnon-virtual-dtor -Woverloaded-virtual)
        if(ESCALE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH)
endfunction()

# A domain library of core/ or ui/: static, warnings on, include root at the source tree so that
# headers are included as "places/Place.h" (core) or "ui/map/MapView.h" (ui).
# SHARED: the few libraries used both by the `escale` program and by the sections library it loads on
# first use (docs/development.md, « Start-up »): one copy of their code and state in the process.
# They are installed in the private folder lib/escale.
function(escale_add_library name)
    cmake_parse_arguments(ARG "SHARED" "" "SOURCES;LIBS" ${ARGN})
    if(ARG_SHARED)
        add_library(${name} SHARED ${ARG_SOURCES})
        set_target_properties(${name} PROPERTIES
            WINDOWS_EXPORT_ALL_SYMBOLS ON
            INSTALL_RPATH "$ORIGIN")
        install(TARGETS ${name}
            LIBRARY DESTINATION ${ESCALE_PRIVATE_LIBDIR}
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    else()
        add_library(${name} STATIC ${ARG_SOURCES})
    endif()
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
    escale_set_warnings(${name})
endfunction()

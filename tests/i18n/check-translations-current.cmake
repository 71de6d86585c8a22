# Runs lupdate over the sources into copies of the committed .ts files and fails when a copy changes: a string was
# added, changed or removed in the code without `cmake --build <dir> --target update_translations`.
# Inputs: LUPDATE, LUPDATE_OPTIONS, SOURCES_LIST (one source per line), INCLUDE_DIR (lupdate needs the headers to
# name contexts by their namespaces, as the build does), TRANSLATIONS_DIR, WORK_DIR.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${TRANSLATIONS_DIR}/duper_*.ts")
if(NOT ts_files)
    message(FATAL_ERROR "No .ts files in ${TRANSLATIONS_DIR}")
endif()

set(stale)
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    set(extra)
    if(name STREQUAL "duper_en.ts")
        set(extra -pluralonly) # English carries only its plural forms
    endif()
    execute_process(COMMAND "${LUPDATE}" ${LUPDATE_OPTIONS} ${extra} -I "${INCLUDE_DIR}" "@${SOURCES_LIST}" -ts "${copy}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    file(READ "${ts}" before)
    file(READ "${copy}" after)
    if(NOT before STREQUAL after)
        string(REGEX MATCHALL "Found [^\n]*|Removed [^\n]*" summary "${output}")
        list(APPEND stale "${name}: ${summary}")
    endif()
endforeach()

if(stale)
    list(JOIN stale "\n  " report)
    message(FATAL_ERROR "Translations are out of date with the sources:\n  ${report}\n"
                        "Run: cmake --build <build dir> --target update_translations, then translate the new strings.")
endif()
list(LENGTH ts_files count)
message(STATUS "All ${count} .ts files match the sources")

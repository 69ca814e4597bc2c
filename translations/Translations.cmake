# One Qt Linguist pipeline for everything a user reads: the tray app
# `lifeline` (app/tray, its windows included), `lifelinectl` (app/ctl), the
# client library both share (app/client) and the polkit action messages
# (PolkitStrings.h, merged into the installed policy by lifeline-policy-l10n).
#
#   cmake --build BUILD --target update_translations   # refresh the .ts files
#
# then translate what became unfinished (Qt Linguist, or by hand); the test
# unit.TestTranslations fails until every shipped language is complete.
set(LIFELINE_LANGUAGES de fr es)
set(LIFELINE_TS_FILES)
foreach(language IN LISTS LIFELINE_LANGUAGES)
    list(APPEND LIFELINE_TS_FILES ${PROJECT_SOURCE_DIR}/translations/lifeline_${language}.ts)
endforeach()
# lupdate's project mode (what CMake drives) reads files, not directories.
file(GLOB_RECURSE LIFELINE_TRANSLATED_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/client/*.cpp ${PROJECT_SOURCE_DIR}/app/client/*.h
    ${PROJECT_SOURCE_DIR}/app/ctl/*.cpp ${PROJECT_SOURCE_DIR}/app/ctl/*.h
    ${PROJECT_SOURCE_DIR}/app/tray/*.cpp ${PROJECT_SOURCE_DIR}/app/tray/*.h)
list(APPEND LIFELINE_TRANSLATED_SOURCES ${PROJECT_SOURCE_DIR}/translations/PolkitStrings.h)
# -no-obsolete: a string the code no longer has leaves the .ts files (lupdate
# first offers its translation for any similar new string, marked unfinished).
set(LIFELINE_LUPDATE_OPTIONS -no-obsolete)

# The compiled languages as resources ":/i18n/lifeline_<language>.qm" of
# `target`, which loads them with QTranslator::load(QLocale(), "lifeline",
# "_", ":/i18n").
function(lifeline_embed_translations target)
    qt_add_lrelease(${target}
        TS_FILES ${LIFELINE_TS_FILES}
        NO_GLOBAL_TARGET
        QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} ${target}_i18n
        PREFIX /i18n
        BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${qm_files})
endfunction()

# Writes `output`, the polkit policy `policy` with every action message also in
# each language (lifeline-policy-l10n, translations/tools), rebuilt whenever the
# policy or a .ts file changes. The build fails on a message not translated.
function(lifeline_translate_policy policy output)
    add_custom_command(OUTPUT ${output}
        COMMAND lifeline-policy-l10n ${output} ${policy} ${LIFELINE_TS_FILES}
        DEPENDS lifeline-policy-l10n ${policy} ${LIFELINE_TS_FILES}
        COMMENT "Merging the translations into the polkit policy"
        VERBATIM)
    add_custom_target(lifeline_translated_policy ALL DEPENDS ${output})
endfunction()

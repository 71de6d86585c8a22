# gcc builds link with gold instead of GNU ld: a test executable in a third of the time (0.4 against 0.7-1.3 s
# here), and the ci build links about 170 executables. gold comes with binutils, so every machine that builds with
# gcc has it; DUPER_GOLD_LINKER=OFF keeps the default. Not for clang: its sanitizer runtimes make gold print
# thousands of warnings per executable.
option(DUPER_GOLD_LINKER "Link gcc builds with gold when the compiler accepts -fuse-ld=gold" ON)
if(DUPER_GOLD_LINKER AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=gold DUPER_HAVE_GOLD_LINKER)
    if(DUPER_HAVE_GOLD_LINKER)
        add_link_options(-fuse-ld=gold)
    endif()
endif()

# gold instead of the default linker (GNU ld): it links a test executable in a third of the time (0.4 against
# 0.7-1.3 s here), and CI links about 170 executables twice. gold comes with binutils, so every machine that builds
# with gcc has it; DUPER_GOLD_LINKER=OFF keeps the default.
option(DUPER_GOLD_LINKER "Link with gold when the compiler accepts -fuse-ld=gold" ON)
if(DUPER_GOLD_LINKER)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=gold DUPER_HAVE_GOLD_LINKER)
    if(DUPER_HAVE_GOLD_LINKER)
        add_link_options(-fuse-ld=gold)
    endif()
endif()

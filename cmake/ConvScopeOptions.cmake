# Compiler options shared by every ConvScope target, on an INTERFACE target rather than in
# CMAKE_CXX_FLAGS, so that third-party code and imported targets are left alone.
add_library(convscope_options INTERFACE)
target_compile_features(convscope_options INTERFACE cxx_std_20)
target_compile_options(convscope_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough
    # GCC 12 reports false -Wrestrict warnings inside std::string concatenation (GCC bug 105329).
    $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
if(CONVSCOPE_WERROR)
    target_compile_options(convscope_options INTERFACE -Werror)
endif()
if(CONVSCOPE_NATIVE)
    target_compile_options(convscope_options INTERFACE -march=native)
endif()
if(CONVSCOPE_SANITIZE)
    target_compile_options(convscope_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(convscope_options INTERFACE -fsanitize=address,undefined)
endif()
if(CONVSCOPE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CONVSCOPE_FUZZ=ON needs clang for libFuzzer: configure with "
            "-DCMAKE_CXX_COMPILER=clang++ in a build folder of its own")
    endif()
    # Coverage for libFuzzer in every ConvScope object; only the fuzz targets link its main().
    target_compile_options(convscope_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(convscope_options INTERFACE -fsanitize=address,undefined)
endif()

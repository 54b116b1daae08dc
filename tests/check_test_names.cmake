# cmake -DTEST_BINARY=path -P check_test_names.cmake: fails when a doctest case name would not reach
# CTest whole. doctest_discover_tests reads the listing as a CMake list: a ';' splits a name in two,
# and an unbalanced '[' or ']' or a trailing '\' joins names. Either way CTest gets names that match
# no case and pass with nothing run (two failing tests once hid behind a ';').
execute_process(COMMAND "${TEST_BINARY}" --list-test-cases --no-version
                RESULT_VARIABLE status OUTPUT_VARIABLE listing ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${TEST_BINARY} --list-test-cases failed (${status}): ${errors}")
endif()
# Make the listing a safe CMake list of lines first.
foreach(special ";" "[" "]" "\\")
  string(REPLACE "${special}" "<SPECIAL>" listing "${listing}")
endforeach()
string(REPLACE "\n" ";" lines "${listing}")
set(names 0)
foreach(line IN LISTS lines)
  if(line STREQUAL "" OR line MATCHES "^<SPECIAL>doctest<SPECIAL>" OR line MATCHES "^=+$")
    continue()  # doctest's own header, separator and count lines
  endif()
  math(EXPR names "${names} + 1")
  if(line MATCHES "<SPECIAL>")
    message(FATAL_ERROR "test case name with ';', '[', ']' or '\\' never runs whole under CTest: ${line}")
  endif()
endforeach()
if(names EQUAL 0)
  message(FATAL_ERROR "${TEST_BINARY} lists no test cases")
endif()

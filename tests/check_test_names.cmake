# cmake -DTEST_BINARY=path -P check_test_names.cmake: fails when a doctest case name holds a ';'.
# CTest registers such a case as two half-names that each match no case, so it would pass without
# ever running (two failing tests once hid that way).
execute_process(COMMAND "${TEST_BINARY}" --list-test-cases --no-version
                RESULT_VARIABLE status OUTPUT_VARIABLE listing ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${TEST_BINARY} --list-test-cases failed (${status}): ${errors}")
endif()
string(REPLACE ";" "<SEMICOLON>" listing "${listing}")
string(REPLACE "\n" ";" lines "${listing}")
foreach(line IN LISTS lines)
  if(line MATCHES "<SEMICOLON>")
    string(REPLACE "<SEMICOLON>" ";" line "${line}")
    message(FATAL_ERROR "test case name with ';' never runs under CTest: ${line}")
  endif()
endforeach()

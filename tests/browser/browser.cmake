# The HTML report in headless Chromium (browser_test.py, DevTools protocol over a pipe): the
# index, its search and filter, a story with its timeline and charts, a link to a highlighted
# sentence, no sideways scrolling, at desktop and phone widths; screenshots in out/browser/.
# Without /usr/bin/chromium it skips (exit 77); scripts/install-deps.sh installs it, so CI
# runs it. About 5 s.
if(CROSSCHECK_BUILD_TESTS)
  add_test(NAME browser_report
           COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/browser_test.py
                   --binary $<TARGET_FILE:crosscheck> --source ${CMAKE_SOURCE_DIR}
                   --out ${CMAKE_SOURCE_DIR}/out/browser)
  set_tests_properties(browser_report PROPERTIES LABELS browser SKIP_RETURN_CODE 77 TIMEOUT 120)
endif()
# The same checks against a running `crosscheck serve` on loopback (serve_browser.sh: the seeds
# and a feed ingested into a temporary store). Screenshots in out/browser/serve/.
if(CROSSCHECK_BUILD_TESTS)
  add_test(NAME browser_serve
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/serve_browser.sh $<TARGET_FILE:crosscheck>
                   ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/out/browser/serve)
  set_tests_properties(browser_serve PROPERTIES LABELS browser SKIP_RETURN_CODE 77 TIMEOUT 120)
endif()

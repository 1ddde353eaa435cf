#include "base/terminal_text.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace crosscheck {
namespace {

TEST(EscapeForTerminalTest, PlainTextAndUnicodeStayAsTheyAre) {
  EXPECT_EQ(EscapeForTerminal("report 2024/a.html"), "report 2024/a.html");
  EXPECT_EQ(EscapeForTerminal("Zürich – “quoted” 東京"), "Zürich – “quoted” 東京");
  EXPECT_EQ(EscapeForTerminal(""), "");
}

TEST(EscapeForTerminalTest, ControlsBecomeVisibleEscapes) {
  EXPECT_EQ(EscapeForTerminal("a\x1b[2Jb"), "a\\x1b[2Jb");
  EXPECT_EQ(EscapeForTerminal("line\nforged: ok\r\t"), "line\\nforged: ok\\r\\t");
  EXPECT_EQ(EscapeForTerminal(std::string_view("a\0b", 3)), "a\\x00b");
  EXPECT_EQ(EscapeForTerminal("\x7f\x07"), "\\x7f\\x07");
  EXPECT_EQ(EscapeForTerminal("C:\\dir"), "C:\\\\dir");  // escapes cannot be forged
}

TEST(EscapeForTerminalTest, C1AndBidiControlsAreEscaped) {
  EXPECT_EQ(EscapeForTerminal("a\xc2\x9b"
                              "31mb"),
            "a\\u009b31mb");                                              // U+009B CSI
  EXPECT_EQ(EscapeForTerminal("txt.\xe2\x80\xaegpj"), "txt.\\u202egpj");  // RIGHT-TO-LEFT OVERRIDE
  EXPECT_EQ(EscapeForTerminal("a\xe2\x80\xa8"
                              "b"),
            "a\\u2028b");  // LINE SEPARATOR
}

TEST(EscapeForTerminalTest, InvalidUtf8BytesAreEscapedOneByOne) {
  EXPECT_EQ(EscapeForTerminal("a\x9b"
                              "b"),
            "a\\x9bb");                                          // a lone 8-bit CSI
  EXPECT_EQ(EscapeForTerminal("\xc0\x80"), "\\xc0\\x80");        // overlong NUL
  EXPECT_EQ(EscapeForTerminal("\xe2\x82"), "\\xe2\\x82");        // truncated
  EXPECT_EQ(EscapeForTerminal("\xef\xbf\xbd"), "\xef\xbf\xbd");  // a real U+FFFD stays
}

TEST(EscapeForTerminalTest, ResultIsOneLineOfValidUtf8ForEveryByte) {
  std::string all_bytes;
  for (int byte = 0; byte < 256; ++byte) all_bytes.push_back(static_cast<char>(byte));
  const std::string escaped = EscapeForTerminal(all_bytes);
  EXPECT_TRUE(IsValidUtf8(escaped));
  for (char c : escaped) {
    const auto byte = static_cast<unsigned char>(c);
    EXPECT_TRUE(byte >= 0x20 && byte != 0x7f) << static_cast<int>(byte);
  }
}

}  // namespace
}  // namespace crosscheck
